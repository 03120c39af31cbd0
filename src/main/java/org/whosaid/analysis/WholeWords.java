package org.whosaid.analysis;

import java.util.List;

/**
 * Whether a text holds one of a few words standing alone, ASCII case folded: a cheap test before a pattern that needs
 * one of them between {@code \b}s, whose attempt at every position of most statements it spares. It is true whenever
 * such a pattern can match, in every Java version: a word boundary of the pattern's (Unicode letters before Java 19,
 * ASCII after) always lies between an ASCII word character and one that is not.
 */
final class WholeWords {
    private final List<String> words;
    /** The words' first letters, both cases: most word starts hold none and are passed over at once. */
    private final boolean[] firstLetters = new boolean[128];

    private WholeWords(List<String> words) {
        this.words = words;
        for (String w : words) {
            char c = w.charAt(0);
            firstLetters[Character.toLowerCase(c)] = true;
            firstLetters[Character.toUpperCase(c)] = true;
        }
    }

    /** The test for {@code words}, each as the pattern spells it (lower case ASCII). */
    static WholeWords of(String... words) {
        return new WholeWords(List.of(words));
    }

    /** Whether one of the words stands in {@code text} with no ASCII word character right before or after it. */
    boolean in(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !firstLetters[c] || i > 0 && isAsciiWordChar(text.charAt(i - 1))) {
                continue;
            }
            for (String w : words) {
                int end = i + w.length();
                if (end <= n && text.regionMatches(true, i, w, 0, w.length())
                        && (end == n || !isAsciiWordChar(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An ASCII letter, digit or underscore. */
    private static boolean isAsciiWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
