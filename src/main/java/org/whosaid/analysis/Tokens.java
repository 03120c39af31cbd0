package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word tokens of one sentence, read from a copy of the article where the words inside quotes are blanked
 * out, so reporting verbs and speakers are only looked for in the narration. Each token keeps its offsets and
 * the punctuation in the gap before it.
 */
final class Tokens {

    /** A word: offsets into the article text, its text, lower-cased text, and the non-space characters before it. */
    record Token(int start, int end, String text, String lower, String gapBefore) {
        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /** Marks a blanked-out quote character in the masked text. */
    static final char MASK = '\u2591';

    private final List<Token> tokens;
    final int sentenceStart;
    final int sentenceEnd;

    private Tokens(List<Token> tokens, int sentenceStart, int sentenceEnd) {
        this.tokens = tokens;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    /** Tokens of {@code masked}[start, end); {@code masked} has the article text's length. */
    static Tokens of(String text, char[] masked, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        int gapStart = start;
        while (i < end) {
            char c = masked[i];
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            i++;
            while (i < end) {
                char d = masked[i];
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '.' || d == '\'' || d == '’' || d == '-' || d == '&') && i + 1 < end
                        && Character.isLetterOrDigit(masked[i + 1])
                        || d == ',' && i + 1 < end && Character.isDigit(masked[i - 1]) && Character.isDigit(masked[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i < end && masked[i] == '.' && i - s >= 3 && masked[i - 2] == '.') {
                i++; // "U.S." keeps its final period
            }
            String gap = nonSpace(masked, gapStart, s);
            String word = text.substring(s, i);
            out.add(new Token(s, i, word, word.toLowerCase(Locale.ROOT), gap));
            gapStart = i;
        }
        return new Tokens(out, start, end);
    }

    private static String nonSpace(char[] masked, int from, int to) {
        if (from >= to) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(masked[k])) {
                b.append(masked[k]);
            }
        }
        return b.toString();
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }

    /** True when punctuation that separates phrases (comma, colon, dash, quote, bracket) sits before token {@code i}. */
    boolean boundaryBefore(int i) {
        if (i <= 0) {
            return true;
        }
        String gap = tokens.get(i).gapBefore();
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')' || c == MASK
                    || c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
                return true;
            }
        }
        return gap.equals("-");
    }

    boolean gapContains(int i, char c) {
        return i < tokens.size() && tokens.get(i).gapBefore().indexOf(c) >= 0;
    }


}
