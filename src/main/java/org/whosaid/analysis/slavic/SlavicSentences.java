package org.whosaid.analysis.slavic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits Russian and Ukrainian prose into sentences: at . ! ? … followed by a space and a capital, a dash or a
 * quote mark, and at line breaks; never inside a quote («…», „…“, “…”, "…"), after an initial ("А. Петров") or a
 * short abbreviation, but after a unit ("млрд грн.") when a capital follows.
 */
final class SlavicSentences {

    /** A sentence [start, end) and whether it opens a paragraph. */
    record Sentence(int start, int end, boolean opensParagraph) {
        String text(String article) {
            return article.substring(start, end);
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("г", "гг", "т", "д", "им", "ул", "см", "р", "обл", "пос", "с",
            "н", "э", "ст", "св", "пр", "проф", "ген", "полк", "чол");
    /**
     * Units after a number ("324,7 млрд грн."): a capital after one opens the next sentence, as nothing that
     * follows a unit is capitalised inside a sentence; a lower-case word or a digit continues it ("тыс. человек").
     */
    private static final Set<String> UNITS = Set.of("тыс", "тис", "млн", "млрд", "трлн", "руб", "грн", "коп");

    List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        // the closing marks of the quotes open here: a quote of several sentences is one sentence, so its cue
        // after the closing mark («…. …», — заявил X) finds all of it
        Deque<Character> open = new ArrayDeque<>();
        boolean paragraph = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                start = i + 1;
                open.clear();
                paragraph = true;
                continue;
            }
            char closer = SlavicQuotes.opens(text, i);
            if (!open.isEmpty() && c == open.peek() && (c != '"' || closer == 0)) {
                open.pop();
            } else if (closer != 0 && closedInParagraph(text, i, closer)) {
                open.push(closer);
            }
            if ((c == '.' || c == '!' || c == '?' || c == '…') && open.isEmpty() && endsHere(text, i)) {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '»' || text.charAt(end) == '“' || text.charAt(end) == '"')) {
                    end++;
                }
                if (add(out, text, start, end, paragraph)) {
                    paragraph = false;
                }
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    /** True when the quote opened at {@code at} is closed before the paragraph ends; else it opens nothing. */
    private static boolean closedInParagraph(String text, int at, char closer) {
        int close = text.indexOf(closer, at + 1);
        int paragraphEnd = text.indexOf('\n', at + 1);
        return close > 0 && (paragraphEnd < 0 || close < paragraphEnd);
    }

    private static boolean endsHere(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (text.charAt(j) == '»' || text.charAt(j) == '“' || text.charAt(j) == '"' || text.charAt(j) == ')')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (text.charAt(j) != ' ' && text.charAt(j) != '\u00a0') {
            return false;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = text.charAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '«' || next == '„'
                || next == '—' || next == '–' || next == '"' || next == '“';
        if (!opens || text.charAt(i) != '.') {
            return opens;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (UNITS.contains(lower)) {
            return Character.isUpperCase(next);
        }
        return !initial && !ABBREVIATIONS.contains(lower);
    }

    private static boolean add(List<Sentence> out, String text, int start, int end, boolean paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
            return true;
        }
        return false;
    }
}
