package org.whosaid.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.Language;

/**
 * Guesses an article's language from its first few thousand characters: the script first, then, within Cyrillic,
 * the letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) has, and within Latin the commonest short words.
 * A few microseconds per article and no model to load; it only has to tell the languages the parser reads from
 * each other and from the rest, so a full statistical detector would be megabytes spent on nothing.
 */
public final class LanguageDetector {
    private static final int SAMPLE = 6000;
    /** Stop words are counted over the start of the text only: a few hundred words tell the languages apart. */
    private static final int WORD_SAMPLE = 2000;
    private static final int MIN_LETTERS = 20;
    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    private static final Map<String, Set<String>> LATIN_WORDS = Map.of(
            Language.ENGLISH, Set.of("the", "and", "of", "to", "is", "that", "said", "was", "for", "with", "has", "it"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auch", "ein"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui", "pas", "sur"),
            "es", Set.of("el", "los", "del", "las", "por", "una", "con", "para", "como", "fue", "y", "su"),
            "it", Set.of("il", "che", "della", "per", "non", "una", "del", "gli", "sono", "anche", "alla", "nel"),
            "pt", Set.of("não", "uma", "do", "da", "em", "os", "com", "para", "foi", "pelo", "ao", "das"),
            "pl", Set.of("nie", "się", "że", "jest", "oraz", "przez", "jak", "dla", "od", "ale", "już", "został"),
            "cs", Set.of("že", "se", "je", "to", "ve", "jsou", "které", "podle", "také", "jako", "už", "pro"),
            "nl", Set.of("het", "een", "van", "dat", "niet", "op", "zijn", "voor", "ook", "met", "werd", "bij"),
            Language.RUSSIAN_LATIN, Set.of("chto", "eto", "ne", "ego", "kak", "takzhe", "zayavil", "zayavila",
                    "soobshchil", "slovam", "oborony", "rossii", "ukrainy", "bylo", "byl", "uzhe", "ili", "vo", "ot", "po",
                    "na", "dlya", "pri", "posle", "etom", "etoy", "kotoryy", "ikh"));
    /**
     * Endings and letter pairs of Russian written in Latin letters ("-ogo", "-aya", "-iy", "-tsya"; "zh", "kh",
     * "shch"), two worth one stop word: transliterated prose has few stop words per sentence but many of these, and
     * English news, which spells Ukrainian names with them too (Kharkiv, Zelenskiy), has far more stop words.
     */
    private static final String[] TRANSLITERATED_ENDINGS = {"ogo", "aya", "iy", "yy", "ykh", "yye", "iye", "tsya", "sya"};
    private static final String[] TRANSLITERATED_PAIRS = {"zh", "kh", "shch"};
    private static final Set<String> RUSSIAN_WORDS = Set.of("что", "это", "он", "как", "его", "из", "был", "также",
            "или", "при", "только", "если");
    private static final Set<String> UKRAINIAN_WORDS = Set.of("що", "це", "він", "як", "та", "його", "від", "також",
            "або", "під", "лише", "якщо", "і", "й");

    /** Each Latin-script stop word with the languages it marks: one lookup per word, not one per language. */
    private static final Map<String, java.util.List<String>> LATIN_WORD_LANGUAGES = latinWordLanguages();

    private LanguageDetector() {
    }

    /** An ISO 639-1 code ("en", "ru", "uk", "de", …), {@code ru-Latn}, or {@code und} for too little text. */
    public static String detect(String text) {
        if (text == null) {
            return Language.UNDETERMINED;
        }
        int n = Math.min(text.length(), SAMPLE);
        // Counted per script ordinal, with ASCII and basic Cyrillic decided without a table lookup: this runs for
        // every article imported and analysed, so it must cost next to nothing beside the analysis itself.
        int[] scripts = new int[SCRIPTS.length];
        int letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    scripts[Character.UnicodeScript.LATIN.ordinal()]++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = c >= 0x0400 && c <= 0x04FF ? Character.UnicodeScript.CYRILLIC
                        : Character.UnicodeScript.of(c);
                scripts[script.ordinal()]++;
            }
        }
        if (letters < MIN_LETTERS) {
            return Language.UNDETERMINED;
        }
        int best = 0;
        for (int i = 1; i < scripts.length; i++) {
            if (scripts[i] > scripts[best]) {
                best = i;
            }
        }
        Character.UnicodeScript main = SCRIPTS[best];
        return switch (main) {
            case CYRILLIC -> cyrillic(text, n);
            case LATIN -> latin(text, n);
            case GREEK -> "el";
            case ARABIC -> "ar";
            case HEBREW -> "he";
            case HAN -> scripts[Character.UnicodeScript.HIRAGANA.ordinal()] > 0 ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            default -> Language.UNDETERMINED;
        };
    }

    /**
     * True when a text is written in both Latin and Cyrillic letters, each at least a fifth of them (an English
     * story quoting Russian, a bilingual post): such a text is read by both analyses.
     */
    public static boolean isMixedScript(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
                cyrillic += script == Character.UnicodeScript.CYRILLIC ? 1 : 0;
            }
        }
        return latin + cyrillic >= MIN_LETTERS && Math.min(latin, cyrillic) * 5 >= latin + cyrillic;
    }

    private static String cyrillic(String text, int n) {
        int ukrainian = 0;
        int russian = 0;
        int serbian = 0;
        int belarusian = 0;
        for (int i = 0; i < n; i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                case 'ы', 'э', 'ъ', 'ё' -> russian++;
                case 'ј', 'љ', 'њ', 'ћ', 'ђ', 'џ' -> serbian++;
                case 'ў' -> belarusian++;
                default -> { }
            }
        }
        if (serbian > ukrainian + russian) {
            return "sr";
        }
        if (belarusian > 0 && ukrainian > 0 && belarusian * 4 > ukrainian) {
            return "be"; // Belarusian shares і with Ukrainian but alone has ў
        }
        for (String word : words(text, Math.min(n, WORD_SAMPLE))) {
            if (RUSSIAN_WORDS.contains(word)) {
                russian += 2;
            } else if (UKRAINIAN_WORDS.contains(word)) {
                ukrainian += 2;
            }
        }
        return ukrainian > russian ? Language.UKRAINIAN : Language.RUSSIAN;
    }

    private static String latin(String text, int n) {
        Map<String, Integer> score = new HashMap<>();
        int transliterated = 0;
        for (String word : words(text, Math.min(n, WORD_SAMPLE))) {
            java.util.List<String> languages = LATIN_WORD_LANGUAGES.get(word);
            if (languages != null) {
                languages.forEach(language -> score.merge(language, 1, Integer::sum));
            } else if (word.length() > 3 && looksTransliterated(word)) {
                transliterated++;
            }
        }
        if (transliterated > 1) {
            score.merge(Language.RUSSIAN_LATIN, transliterated / 2, Integer::sum);
        }
        // Short or stop-word-free Latin text stays English, as every article was before languages were told apart.
        return score.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().equals(Language.ENGLISH)))
                .map(Map.Entry::getKey).orElse(Language.ENGLISH);
    }

    /** Plain string tests, not a regular expression: this runs for every word of every Latin-script article. */
    static boolean looksTransliterated(String word) {
        for (String ending : TRANSLITERATED_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        for (String pair : TRANSLITERATED_PAIRS) {
            if (word.contains(pair)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, java.util.List<String>> latinWordLanguages() {
        Map<String, java.util.List<String>> byWord = new HashMap<>();
        LATIN_WORDS.forEach((language, words) -> words.forEach(
                word -> byWord.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(language)));
        byWord.replaceAll((word, languages) -> java.util.List.copyOf(languages));
        return Map.copyOf(byWord);
    }

    private static java.util.List<String> words(String text, int n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
