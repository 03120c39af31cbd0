package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Words of a Russian or Ukrainian text with their offsets, folded (lower case, ё as е, Latin look-alike letters
 * inside a Cyrillic word read as Cyrillic, so "Минoбороны" with a Latin o still matches) and reduced to a key
 * that every form of the word shares: a Ukrainian word its lemma from the Ukrainian dictionary, any other word
 * (Russian, or a name the dictionary does not know) its Snowball Russian stem. One instance per analysis: the
 * stemmer and the dictionary lookup keep state between calls.
 */
final class SlavicTokens {

    /** One word: offsets into the text, the text as written, its folded form and its stem. */
    record Token(int start, int end, String raw, String folded, String stem) {
        boolean capitalised() {
            return Character.isUpperCase(raw.charAt(0));
        }
    }

    private static final Set<String> CASE_ENDINGS = java.util.Set.of("", "а", "я", "у", "ю", "е", "є", "і", "и",
            "ы", "й", "ь", "ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему", "ий", "ый",
            "ая", "ої", "ій", "ую", "ов", "ев", "ых", "их", "ам", "ям", "ах", "ях", "ами", "ями", "ові", "еві", "ві", "ів",
            "ьому", "ього", "ьої", "ька", "ьку", "ьк", "ими", "ыми");

    private final RussianStemmer stemmer = new RussianStemmer();
    private final UkrainianLemmas lemmas;

    /** Words of a Russian text, or of a Ukrainian one ({@code ukrainian}), keyed as that language's lexicon is. */
    SlavicTokens(boolean ukrainian) {
        this.lemmas = ukrainian ? new UkrainianLemmas() : null;
    }

    /** The words of {@code text} in order; a word is letters and digits with inner hyphens and apostrophes. */
    List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text.charAt(i)) && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                i++;
            }
            String raw = text.substring(start, i);
            String folded = fold(raw);
            out.add(new Token(start, i, raw, folded, stem(folded, Character.isUpperCase(raw.charAt(0)))));
        }
        return out;
    }

    /** The key of one word as a lexicon lists it, folded and read as its capitals say. */
    String keyOf(String word) {
        return stem(fold(word), !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
    }

    /**
     * The key of a folded word (its lemma or stem), {@code capitalised} as written (a proper noun's reading then
     * comes first); words without Cyrillic letters are their own key.
     */
    String stem(String folded, boolean capitalised) {
        if (!hasCyrillic(folded)) {
            return folded;
        }
        String lemma = lemmas == null ? null : lemmas.lemma(folded, capitalised);
        if (lemma != null) {
            return lemma;
        }
        if (folded.length() < 4) {
            return folded;
        }
        stemmer.setCurrent(folded);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean cyrillic = hasCyrillic(lower);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(c == 'ё' ? 'е' : c == '’' || c == 'ʼ' ? '\'' : cyrillic ? cyrillicLookAlike(c) : c);
        }
        return b.toString();
    }

    /** The Cyrillic letter a Latin letter stands for when it is typed inside a Cyrillic word. */
    private static char cyrillicLookAlike(char c) {
        return switch (c) {
            case 'a' -> 'а';
            case 'e' -> 'е';
            case 'o' -> 'о';
            case 'p' -> 'р';
            case 'c' -> 'с';
            case 'x' -> 'х';
            case 'y' -> 'у';
            case 'i' -> 'і';
            case 'k' -> 'к';
            case 'm' -> 'м';
            case 't' -> 'т';
            case 'h' -> 'н';
            case 'b' -> 'в';
            default -> c;
        };
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == 'ʼ';
    }

    /**
     * True when two folded words are one word in different cases: the same stem, or (for names, which the
     * stemmer folds unevenly: "песков" / "пескова", "сирський" / "сирського") a shared start of at least four
     * letters after which each word has only a case ending left, so "ковалев" is not "коваленко".
     */
    static boolean sameWord(Token a, String folded, String stem) {
        if (a.stem().equals(stem) || a.folded().equals(folded)) {
            return true;
        }
        String x = a.folded();
        int common = 0;
        int max = Math.min(x.length(), folded.length());
        while (common < max && x.charAt(common) == folded.charAt(common)) {
            common++;
        }
        return common >= 4 && hasCyrillic(x) && isCaseEnding(x.substring(common)) && isCaseEnding(folded.substring(common));
    }

    /** Endings of Russian and Ukrainian nouns, adjectives and surnames in their cases ("", "а", "ому", "ій" …). */
    private static boolean isCaseEnding(String rest) {
        return rest.length() <= 3 && CASE_ENDINGS.contains(rest);
    }
}
