package org.whosaid.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Article languages: which ones the parser reads, their names, and what to tell a user about the others. */
public final class Language {
    public static final String ENGLISH = "en";
    public static final String RUSSIAN = "ru";
    public static final String UKRAINIAN = "uk";
    /** Russian written in Latin letters ("Minoborony Rossii zayavila"); read by people, not by the parser. */
    public static final String RUSSIAN_LATIN = "ru-Latn";
    /** Too little text, or a language the detector does not know. */
    public static final String UNDETERMINED = "und";

    /** Undetermined (a line or two) is read with the English rules, as every article was before languages were told apart. */
    private static final Set<String> ANALYSED = Set.of(ENGLISH, RUSSIAN, UKRAINIAN, UNDETERMINED);
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry(ENGLISH, "English"),
            Map.entry(RUSSIAN, "Russian"), Map.entry(UKRAINIAN, "Ukrainian"),
            Map.entry(RUSSIAN_LATIN, "Russian in Latin letters"), Map.entry("be", "Belarusian"),
            Map.entry("bg", "Bulgarian"), Map.entry("sr", "Serbian"), Map.entry("de", "German"),
            Map.entry("fr", "French"), Map.entry("es", "Spanish"), Map.entry("it", "Italian"),
            Map.entry("pt", "Portuguese"), Map.entry("pl", "Polish"), Map.entry("cs", "Czech"), Map.entry("nl", "Dutch"),
            Map.entry("el", "Greek"), Map.entry("ar", "Arabic"), Map.entry("he", "Hebrew"),
            Map.entry("zh", "Chinese"), Map.entry("ja", "Japanese"), Map.entry("ko", "Korean"),
            Map.entry(UNDETERMINED, "undetermined"));

    private Language() {
    }

    /** True for the languages whose statements the parser finds; a null (unknown) language counts as English. */
    public static boolean isAnalysed(String code) {
        return code == null || ANALYSED.contains(normalise(code));
    }

    /** "Russian" for "ru" or "ru-RU"; the code itself when the name is not known. */
    public static String name(String code) {
        if (code == null) {
            return "unknown";
        }
        String n = normalise(code);
        return NAMES.getOrDefault(n, NAMES.getOrDefault(n.split("-")[0], code));
    }

    /** The message shown for an article in a language the parser does not read, or null when it reads it. */
    public static String notAnalysedMessage(String code) {
        if (isAnalysed(code)) {
            return null;
        }
        if (normalise(code).equals(RUSSIAN_LATIN)) {
            return "Language: reads as Russian in Latin letters (transliteration); WhoSaid's parser does not read it"
                    + " \u2014 import the Cyrillic original. The article is searchable and can be annotated by hand.";
        }
        return "Language: " + name(code) + " \u2014 the parser does not read it, so no statements were found;"
                + " the article is searchable and can be annotated by hand.";
    }

    /** "ru-RU" and "RU" become "ru"; "ru-Latn" keeps its script. */
    public static String normalise(String code) {
        String c = code.strip().replace('_', '-');
        if (c.equalsIgnoreCase(RUSSIAN_LATIN)) {
            return RUSSIAN_LATIN;
        }
        return c.split("-")[0].toLowerCase(Locale.ROOT);
    }
}
