package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences. A line break always ends a sentence (wire copy puts one paragraph per line);
 * a period after a known abbreviation (U.S., Gen., Lt. Col., Feb., No., a.m.) or an initial does not; nothing
 * inside a quote ends a sentence, so a quote and its cue stay together. Linear in the length of the text.
 */
public final class SentenceSplitter {

    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private final Lexicons lexicons;
    private final Set<String> abbreviations;
    private final Set<String> sentenceFinal;
    private final Set<String> openers;

    SentenceSplitter(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.abbreviations = lexicons.abbreviations;
        this.sentenceFinal = lexicons.sentenceFinalAbbreviations;
        this.openers = lexicons.sentenceOpeners;
    }

    /** A splitter with the bundled abbreviation list. */
    public static SentenceSplitter withBundledLexicon() {
        return new SentenceSplitter(Lexicons.load(null));
    }

    /** Sentences of {@code text}, ignoring breaks inside {@code quotes} (as found by {@link QuoteFinder}). */
    public List<Sentence> split(String text, List<Quote> quotes) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int paragraph = 0;
        int start = 0;
        int q = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            while (q < quotes.size() && quotes.get(q).end() <= i) {
                q++;
            }
            boolean inQuote = q < quotes.size() && quotes.get(q).start() < i && i < quotes.get(q).end() - 1;
            if (c == '\n') {
                add(out, text, start, i, paragraph);
                start = i + 1;
                paragraph++;
                continue;
            }
            // the mark before the quote's closer: "…political.”" and "…political.''" (a doubled apostrophe) alike
            boolean closesQuotedSentence = q < quotes.size() && i == quotes.get(q).end() - 1 && quotes.get(q).contentEnd() > 0
                    && quotes.get(q).closed() && isTerminal(text.charAt(quotes.get(q).contentEnd() - 1));
            if (inQuote || !(isTerminal(c) || closesQuotedSentence)) {
                continue;
            }
            int j = i + 1;
            while (j < n && (isTerminal(text.charAt(j)) || isCloser(text.charAt(j)))) {
                j++;
            }
            if (j < n && !(text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                continue;
            }
            int next = j;
            while (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next < n && !startsSentence(text.charAt(next)) && !text.startsWith("''", next)) {
                continue;
            }
            if (c == '.' && !closesQuotedSentence && isAbbreviation(text, i, next)) {
                continue;
            }
            if (closesQuotedSentence && quotes.get(q).start() >= start
                    && quotes.get(q).start() - start < 4 && cueFollows(text, next)) {
                continue; // “Disgrace!” Prigozhin exclaimed: the cue belongs to the quote
            }
            add(out, text, start, j, paragraph);
            start = j;
            i = j - 1;
        }
        add(out, text, start, n, paragraph);
        return out;
    }

    /** A reporting verb among the next few words, before any sentence-ending mark. */
    private boolean cueFollows(String text, int from) {
        int words = 0;
        int i = from;
        int n = text.length();
        while (i < n && words < 7) {
            char c = text.charAt(i);
            if (c == '\n' || isTerminal(c) || c == '“' || c == '"' || c == '«') {
                return false;
            }
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (Character.isLowerCase(text.charAt(s)) && !lexicons.verbForms(text.substring(s, i)).isEmpty()) {
                    return true;
                }
                words++;
                continue;
            }
            i++;
        }
        return false;
    }

    private boolean isAbbreviation(String text, int dot, int next) {
        int s = dot;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true; // an initial: "John F. Kennedy"
        }
        boolean dottedInitials = word.length() >= 3 && DOTTED_INITIALS.matcher(word).matches();
        if (!abbreviations.contains(word) && !dottedInitials) {
            return false;
        }
        if (sentenceFinal.contains(word) && next < text.length()) {
            int e = next;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return !openers.contains(text.substring(next, e).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
        }
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '»' || c == '“' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '«' || c == '„'
                || c == '‘' || c == '(' || c == '[' || Character.isTitleCase(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
    }
}
