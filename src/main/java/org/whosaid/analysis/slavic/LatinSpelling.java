package org.whosaid.analysis.slavic;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/** The Latin (BGN/PCGN, ICU4J) spelling of a Russian or Ukrainian name: a new person's canonical name, and its display. */
public final class LatinSpelling {
    private static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> UKRAINIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Ukrainian-Latin/BGN"));

    private LatinSpelling() {
    }

    /** The name in Latin letters without soft-sign marks: "Сирський" → "Syrskyy". */
    static String of(String nativeName, boolean ukrainian) {
        String latin = (ukrainian ? UKRAINIAN : RUSSIAN).get().transliterate(nativeName);
        return latin.replace("ʹ", "").replace("ʺ", "").replace("'", "");
    }

    /** As {@link #of(String, boolean)}, read as Ukrainian when the name has a letter only Ukrainian uses. */
    public static String of(String nativeName) {
        boolean ukrainian = nativeName.toLowerCase(Locale.ROOT).chars().anyMatch(c -> "іїєґ".indexOf(c) >= 0);
        return of(nativeName, ukrainian);
    }
}
