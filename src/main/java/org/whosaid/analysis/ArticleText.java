package org.whosaid.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One article's text as the stages read it: quotes masked out, sentences, quote use, and offset helpers. */
final class ArticleText {

    /** A US politician's party and state after the name, "(R-Ga.)", "(D-N.Y.)", "(R)": not part of the sentence's grammar. */
    private static final Pattern PARTY_AFFILIATION = Pattern.compile("\\((?:R|D|I)(?:[-–][A-Z][A-Za-z.]{0,5})?\\)");

    private final String text;
    private final char[] masked;
    private final List<Quote> quotes;
    private final List<Sentence> sentences;
    private final boolean[] usedQuote;
    private final int[] quoteStarts;
    private final int[] quoteEnds;

    ArticleText(AttributionEngine.Stages stages, String text) {
        this.text = text;
        this.quotes = stages.quotes().find(text);
        this.masked = text.toCharArray();
        for (Quote q : quotes) {
            for (int i = q.contentStart(); i < q.contentEnd(); i++) {
                if (masked[i] != '\n') {
                    masked[i] = Tokens.MASK;
                }
            }
            if (q.contentStart() - q.start() == 2) { // ''…'': read as one opening and one closing mark
                masked[q.start()] = '“';
                masked[q.start() + 1] = Tokens.MASK;
                if (q.closed()) {
                    masked[q.contentEnd()] = Tokens.MASK;
                    masked[q.end() - 1] = '”';
                }
            }
        }
        Matcher affiliation = PARTY_AFFILIATION.matcher(text);
        while (affiliation.find()) {
            for (int i = affiliation.start(); i < affiliation.end(); i++) {
                masked[i] = ' '; // "Sen. David Perdue (R-Ga.) said": the name and its cue stand side by side
            }
        }
        this.sentences = stages.splitter().split(text, quotes);
        this.usedQuote = new boolean[quotes.size()];
        this.quoteStarts = quotes.stream().mapToInt(Quote::start).toArray();
        this.quoteEnds = quotes.stream().mapToInt(Quote::end).toArray();
    }

    String text() {
        return text;
    }

    /** The text with every quote's content replaced by {@link Tokens#MASK}: cues inside quotes are not read. */
    char[] masked() {
        return masked;
    }

    List<Quote> quotes() {
        return quotes;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** Marks quote {@code q} as the content of a statement: no other statement takes it. */
    void markUsed(int q) {
        usedQuote[q] = true;
    }

    boolean isUsed(int q) {
        return usedQuote[q];
    }

    int quoteEndingBefore(int offset, int sentenceStart) {
        int q = lastIndexAtOrBefore(quoteEnds, offset);
        if (q < 0) {
            return -1;
        }
        Quote quote = quotes.get(q);
        if (quote.end() <= sentenceStart) {
            return -1; // the quote belongs to an earlier sentence
        }
        for (int i = quote.end(); i < offset; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == '—' || c == '–')) {
                return -1;
            }
        }
        return usedQuote[q] ? -1 : q;
    }

    int quoteAt(int offset) {
        int q = lastQuoteStartingAtOrBefore(offset);
        return q >= 0 && quoteStarts[q] == offset ? q : -1;
    }

    int quoteStartingIn(int from, int to) {
        int q = lastQuoteStartingAtOrBefore(from - 1) + 1;
        return q < quotes.size() && quoteStarts[q] >= from && quoteStarts[q] < to ? q : -1;
    }

    int lastQuoteStartingAtOrBefore(int offset) {
        return lastIndexAtOrBefore(quoteStarts, offset);
    }

    /** Index of the last value ≤ {@code offset} in a sorted array, or -1. */
    private static int lastIndexAtOrBefore(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int trimEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '.' && (end - 1 == start || text.charAt(end - 2) != '.')) {
            end--;
        }
        return end;
    }

    int commaBefore(int offset, int floor) {
        for (int i = offset - 1; i >= floor; i--) {
            char c = masked[i];
            if (c == ',') {
                return i;
            }
            if (!(Character.isWhitespace(c))) {
                return offset;
            }
        }
        return offset;
    }

    int clauseBreakBefore(int offset, int floor) {
        for (int i = offset - 1; i > floor; i--) {
            if (masked[i] == ',' || masked[i] == ';') {
                return i;
            }
        }
        return offset;
    }

    int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (masked[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code c} of the masked text in [from, to), or -1. */
    int lastIndexOf(char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (masked[i] == c) {
                return i;
            }
        }
        return -1;
    }

    int skipSpace(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    int skipAllSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    int skipSpaceAndColon(int i, int end) {
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    int skipPunctuation(int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return start;
    }

    boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int wordCount(int from, int to) {
        return UnattributedClaimFinder.wordCount(text, from, to);
    }
}
