package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Quotes with no cue of their own: "In X's words, “…”", a pull quote over a name-only paragraph, a quote that is the
 * predicate of a bare name, and quotes credited to the speaker of the neighbouring sentence.
 */
final class ContextQuotes {

    /** The possessive opener of a quote: "In Dr. Shadlen's words, “…”". */
    private static final Pattern IN_WORDS = Pattern.compile(
            "\\s*In ((?:\\p{Lu}[\\p{L}.\\-]*\\s){0,3}\\p{Lu}[\\p{L}\\-]*)['’]s? (own )?(words),?\\s*");

    /** A paragraph that is only a name, with optional credentials: "Michael Shadlen, Ph.D.". */
    private static final Pattern BYLINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}’'\\-]*(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}’'\\-]*){1,2})(?:, [\\p{L}.]{2,12}(?: [\\p{L}.]{2,12}){0,2})?");

    private final ArticleText article;
    private final String text;
    private final List<Quote> quotes;
    private final List<Sentence> sentences;
    private final MentionTracker mentions;

    ContextQuotes(ArticleText article, MentionTracker mentions) {
        this.article = article;
        this.text = article.text();
        this.quotes = article.quotes();
        this.sentences = article.sentences();
        this.mentions = mentions;
    }

    /** Only capitalised words (titles and a name) before a quote. */
    private static final Pattern NAME_ONLY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.’'\\-]*\\s+){1,7}");

    /** The statements of quotes no cue took, given the frames found so far (the neighbours that may credit them). */
    List<StatementFrame> quotesFromContext(List<StatementFrame> frames) {
        List<StatementFrame> out = new ArrayList<>();
        Map<Integer, List<StatementFrame>> bySentence = new HashMap<>();
        for (StatementFrame f : frames) {
            if (f.source() != null) {
                bySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (article.isUsed(q)) {
                continue;
            }
            Quote quote = quotes.get(q);
            int s = article.sentenceAt(quote.start());
            StatementFrame own = s < 0 ? null : inWordsQuote(s, quote);
            if (own != null) {
                article.markUsed(q);
                out.add(own);
                continue;
            }
            if (s < 0 || (quote.start() - sentences.get(s).start() > 3 || !article.onlyPunctuation(sentences.get(s).start(), quote.start()))
                    && !quotedPredicate(s, quote, frames)) {
                continue;
            }
            int e = article.sentenceAt(Math.max(quote.start(), quote.end() - 1));
            if (e < 0 || sentences.get(e).end() - quote.end() > 3 || !article.onlyPunctuation(quote.end(), sentences.get(e).end())
                    || article.wordCount(quote.contentStart(), quote.contentEnd()) < 2) {
                continue;
            }
            SourceNormalizer.Normalized byline = bylineAfter(quote);
            if (byline != null) {
                article.markUsed(q);
                out.add(fromContext(s, quote, byline, "pull-quote-byline", 0.7));
                continue;
            }
            StatementFrame neighbour = null;
            for (int k = s - 1; k >= Math.max(0, s - 2) && neighbour == null; k--) {
                List<StatementFrame> in = bySentence.getOrDefault(k, List.of());
                neighbour = in.isEmpty() ? null : in.get(in.size() - 1);
            }
            if (neighbour == null && !bySentence.getOrDefault(e + 1, List.of()).isEmpty()) {
                neighbour = bySentence.get(e + 1).get(0);
            }
            if (neighbour == null) {
                continue;
            }
            article.markUsed(q);
            out.add(fromContext(s, quote, neighbour.source(), "quote-from-context", 0.6));
        }
        return out;
    }

    /** A quote credited by its surroundings, not by a cue: it covers the sentence up to its end. */
    private static StatementFrame fromContext(int s, Quote quote, SourceNormalizer.Normalized source, String rule,
                                              double confidence) {
        return new StatementFrame(s, StatementKind.QUOTE, quote.contentStart(), quote.contentEnd(), -1, 0, 0, 0, source,
                List.of(MentionTracker.SPEAKER_FROM_CONTEXT), Stance.ASSERTS, rule, confidence);
    }

    /** "In Dr. Shadlen's words, “…”": a quote credited by a possessive opener instead of a verb. */
    private StatementFrame inWordsQuote(int s, Quote quote) {
        int start = sentences.get(s).start();
        if (quote.start() - start > 80 || quote.start() <= start) {
            return null;
        }
        Matcher m = IN_WORDS.matcher(text.substring(start, quote.start()));
        if (!m.matches()) {
            return null;
        }
        SourceNormalizer.Normalized speaker = mentions.narrated(m.group(1));
        if (speaker == null || speaker.source().kind() != SourceKind.PERSON) {
            return null;
        }
        mentions.remember(speaker);
        return new StatementFrame(s, StatementKind.QUOTE, quote.contentStart(), quote.contentEnd(), start + m.start(0),
                start + m.end(3), 0, 0, speaker, List.of(), Stance.ASSERTS, "in-x-words-quote", 0.8);
    }

    /**
     * A pull quote: a paragraph that is only a quote, followed by a paragraph that is only a person's name
     * (credentials after a comma allowed), "“…”\nMichael Shadlen, Ph.D.".
     */
    private SourceNormalizer.Normalized bylineAfter(Quote quote) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
        if (!text.substring(lineStart, quote.start()).isBlank()) {
            return null;
        }
        int i = quote.end();
        while (i < text.length() && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i))) {
                return null;
            }
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        int next = text.indexOf('\n', i + 1);
        String line = text.substring(i + 1, next < 0 ? text.length() : next).strip();
        if (line.length() > 80) {
            return null;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        SourceNormalizer.Normalized n = mentions.narrated(m.group(1));
        return n != null && n.source().kind() == SourceKind.PERSON ? n : null;
    }

    /**
     * A quote that is the predicate of a bare name, the speaker quoting the words said about that person:
     * "Palestinian Authority President Mahmoud Abbas “has put aside efforts to …”" after "…,” Obama said in his speech."
     */
    private boolean quotedPredicate(int s, Quote quote, List<StatementFrame> frames) {
        int start = sentences.get(s).start();
        if (quote.start() - start > 80 || quote.start() <= start || quote.contentStart() >= text.length()
                || !Character.isLowerCase(text.charAt(quote.contentStart()))) {
            return false;
        }
        for (StatementFrame f : frames) {
            if (f.sentence() == s) {
                return false;
            }
        }
        return NAME_ONLY.matcher(text.substring(start, quote.start())).matches();
    }
}
