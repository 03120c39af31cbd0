package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;

/** Quoted stretches in a sentence: «…» (with nested „…“), „…“, “…” and straight "…" pairs. */
final class SlavicQuotes {

    /** A quotation: [open, close] are the marks, the inside is (open + 1, close). */
    record Quoted(int open, int close) {
        int innerStart() {
            return open + 1;
        }

        int innerEnd() {
            return close;
        }
    }

    static List<Quoted> find(String text, int from, int to) {
        List<Quoted> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char closing = c == '«' ? '»' : c == '„' ? '“' : c == '“' ? '”' : c == '"' ? '"' : 0;
            if (closing == 0) {
                i++;
                continue;
            }
            int close = closing(text, i, to, c, closing);
            if (close < 0) {
                i++;
                continue;
            }
            if (close - i > 1) {
                out.add(new Quoted(i, close));
            }
            i = close + 1;
        }
        return out;
    }

    /**
     * The matching close mark, counting nested «…» and nested straight quotes ("Не публикуйте "горячие" адреса");
     * -1 when the quote is not closed in the sentence.
     */
    private static int closing(String text, int open, int to, char opening, char closing) {
        int depth = 0;
        for (int j = open + 1; j < to; j++) {
            char c = text.charAt(j);
            boolean nestedOpen = opening == closing ? c == '"' && opens(text, j) != 0 : c == opening;
            if (nestedOpen) {
                depth++;
            } else if (c == closing && depth == 0) {
                return j;
            } else if (c == closing) {
                depth--;
            }
        }
        return -1;
    }

    /**
     * The mark that would close a quote opened at {@code at}, or 0 when none opens there: «, „ and “ always open
     * (“ closing a „ is the caller's), a straight " only where a word starts after it and none ends before it.
     */
    static char opens(String text, int at) {
        char c = text.charAt(at);
        if (c == '«') {
            return '»';
        }
        if (c == '„') {
            return '“';
        }
        if (c == '“') {
            return '”';
        }
        if (c != '"') {
            return 0;
        }
        char before = at == 0 ? ' ' : text.charAt(at - 1);
        char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        boolean wordStarts = Character.isLetterOrDigit(after) || after == '«' || after == '„' || after == '.';
        boolean noWordEnds = Character.isWhitespace(before) || "([—–-:/".indexOf(before) >= 0;
        return wordStarts && noWordEnds ? '"' : 0;
    }
}
