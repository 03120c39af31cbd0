package org.whosaid.analysis.slavic;

import com.ibm.icu.text.Transliterator;

/** The Latin (BGN/PCGN, ICU4J) spelling of a Russian or Ukrainian name, the canonical name of a new person. */
final class SlavicLatin {
    private static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN"));
    private static final ThreadLocal<Transliterator> UKRAINIAN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Ukrainian-Latin/BGN"));

    private SlavicLatin() {
    }

    /** The name in Latin letters without soft-sign marks: "Сирський" → "Syrskyy". */
    static String of(String nativeName, boolean ukrainian) {
        String latin = (ukrainian ? UKRAINIAN : RUSSIAN).get().transliterate(nativeName);
        return latin.replace("ʹ", "").replace("ʺ", "").replace("'", "");
    }
}
