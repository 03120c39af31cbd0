package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes in “…”, "…", «…», „…“ and ''…'' marks (doubled apostrophes, the way some wire copy and
 * converted archives write quotes). Single marks ‘…’ nested inside are part of the outer quote.
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quote mark (the wire
 * convention for multi-paragraph quotes); otherwise it ends with its paragraph. Runs in linear time.
 */
public final class QuoteFinder {

    /** The quotes of {@code text}, in order, never overlapping. */
    public List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int n = text.length();
        int openAt = -1;
        int openLength = 1;
        char closer = 0;
        char altCloser = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (openAt >= 0) {
                    int next = skipSpace(text, i + 1);
                    if (next < n && isOpener(text, next) && text.charAt(next) != '\'') {
                        i = next; // continued quote: the reopening mark belongs to the same quote
                        continue;
                    }
                    int end = trimEnd(text, openAt + openLength, i);
                    quotes.add(new Quote(openAt, end, openAt + openLength, end, false));
                    openAt = -1;
                }
                continue;
            }
            if (openAt < 0 && isDoubledApostropheOpener(text, i)) {
                openAt = i;
                openLength = 2;
                closer = '\'';
                altCloser = '\'';
                i++;
            } else if (openAt >= 0 && openLength == 2) {
                if (c == '\'' && isDoubledApostropheCloser(text, i)) {
                    quotes.add(new Quote(openAt, i + 2, openAt + 2, i, true));
                    openAt = -1;
                    i++;
                }
            } else if (openAt < 0) {
                if (isOpener(text, i)) {
                    openLength = 1;
                    openAt = i;
                    closer = closerOf(c);
                    altCloser = c == '„' ? '”' : closer;
                }
            } else if ((c == closer || c == altCloser) && (c != '"' || isStraightCloser(text, i))
                    || c == '"' && closer == '”' && isSloppyCloser(text, i)) {
                quotes.add(new Quote(openAt, i + 1, openAt + 1, i, true));
                openAt = -1;
            }
        }
        if (openAt >= 0) {
            int end = trimEnd(text, openAt + openLength, n);
            quotes.add(new Quote(openAt, end, openAt + openLength, end, false));
        }
        return quotes;
    }

    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„') {
            return true;
        }
        if (c == '"') {
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            return !Character.isLetterOrDigit(before) && !Character.isWhitespace(after);
        }
        return false;
    }

    /** ''Two apostrophes before a word, not after one (a possessive of a plural, "the states'' rights", is rare). */
    private static boolean isDoubledApostropheOpener(String text, int i) {
        if (i + 2 >= text.length() || text.charAt(i) != '\'' || text.charAt(i + 1) != '\'') {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return !Character.isLetterOrDigit(before) && before != '\'' && !Character.isWhitespace(text.charAt(i + 2));
    }

    private static boolean isDoubledApostropheCloser(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\'' || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2));
    }

    private static boolean isStraightCloser(String text, int i) {
        char before = text.charAt(i - 1);
        return !Character.isWhitespace(before) || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A straight mark closing a curly quote (“…") when it follows a word or comma and precedes a space. */
    private static boolean isSloppyCloser(String text, int i) {
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && (Character.isWhitespace(after) || after == ',' || after == '.');
    }

    private static char closerOf(char opener) {
        return switch (opener) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            default -> '"';
        };
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
