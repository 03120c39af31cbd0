package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.whosaid.model.StatementKind;

/** The content that follows a cue: a quote after it or after a colon, a that-clause, a list; what stands between is skipped. */
final class ForwardContent {

    private static final Set<String> BACKWARD_OBJECTS = Set.of("this", "it", "so", "that");
    private static final Set<String> LAST_UNITS = Set.of("week", "month", "year", "night");
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "was", "were", "are", "has", "have", "had", "will",
            "would");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'’]+");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "were", "are", "had", "has");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "earlier", "later", "also", "again", "separately", "privately", "publicly");

    /** Words after "call" that make it a request or a summons, not a naming: "called for", "called on", "called off". */
    private static final Set<String> NOT_NAMING = Set.of("for", "on", "off", "up", "in", "out", "back", "to", "at",
            "into", "upon", "it", "him", "her", "them", "me", "us", "a", "an");

    /** Words that open an adverbial after an object: "called the police after ...", "called the office from ...". */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("after", "before", "when", "while", "because", "to", "from",
            "at", "in", "on", "during", "over", "about", "until", "as", "for", "with", "by");

    /** Verbs after "that" that make it the subject of the content: "say that is wrong". */
    private static final Set<String> THAT_AS_SUBJECT = Set.of("is", "was", "will", "would", "could", "can", "has",
            "had", "should", "might", "may", "isn't", "wasn't", "won't", "wouldn't");

    private static final Set<String> QUESTION_OPENERS = Set.of("if", "whether", "why", "how", "what", "when", "where", "who");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "him", "her", "them", "you");

    private final AttributionEngine.Stages stages;
    private final ArticleText article;
    private final String text;
    private final char[] masked;
    private final List<Quote> quotes;
    private final ContentBounds bounds;

    ForwardContent(AttributionEngine.Stages stages, ArticleText article, ContentBounds bounds) {
        this.stages = stages;
        this.article = article;
        this.text = article.text();
        this.masked = article.masked();
        this.quotes = article.quotes();
        this.bounds = bounds;
    }

    /** Fills the content that follows the cue; false when nothing follows it. */
    boolean forwardContent(Tokens t, Cue cue, FrameDraft f, boolean participle) {
        int k = cue.last() + 1;
        if (participle && (cue.lemma().equals("describe") || cue.lemma().equals("call"))) {
            for (int m = k; m < Math.min(t.size(), k + 6); m++) {
                if (t.lower(m).equals("as")) {
                    k = m + 1;
                    break;
                }
                if (SpeakerResolver.containsQuoteMark(t.get(m).gapBefore()) || m + 1 >= t.size()) {
                    int q = article.quoteStartingIn(t.get(m - 1 < k ? k : m - 1).end(), t.sentenceEnd);
                    if (q >= 0) {
                        // ', calling it a "paperwork error" that was reported …': what is named and what it is called
                        article.markUsed(q);
                        f.contentStart = t.get(k).start() < quotes.get(q).start() ? t.get(k).start() : quotes.get(q).contentStart();
                        f.contentEnd = Math.max(quotes.get(q).contentEnd(), bounds.cutEnd(t.sentenceStart, f.contentStart, t.sentenceEnd));
                        f.kind = StatementKind.CLAIM;
                        f.forward = true;
                        return true;
                    }
                }
            }
        }
        int colonQuote = quoteAfterColon(f.cueEnd, t.sentenceEnd);
        if (colonQuote >= 0) {
            Quote quote = quotes.get(colonQuote);
            article.markUsed(colonQuote);
            f.kind = StatementKind.QUOTE;
            f.contentStart = quote.contentStart();
            f.contentEnd = quote.contentEnd();
            f.forward = true;
            return true;
        }
        k = skipIntro(t, cue, k);
        int from = k > cue.last() + 1 ? t.get(k - 1).end() : t.get(cue.last()).end();
        from = article.skipSpaceAndColon(from, t.sentenceEnd);
        // "say that, even if they thought it was appropriate, a recount ...": an aside between "that" and its clause
        boolean asideAfterThat = k > cue.last() + 1 && k < t.size() && t.lower(k - 1).equals("that") && t.gapContains(k, ',');
        if (asideAfterThat) {
            from = t.get(k).start();
        }
        int q = article.quoteAt(from);
        if (q < 0 && from >= t.sentenceEnd && text.substring(t.get(Math.max(k - 1, cue.last())).end(), t.sentenceEnd).contains(":")) {
            q = article.quoteAt(article.skipAllSpace(t.sentenceEnd));
        }
        if (q >= 0) {
            Quote quote = quotes.get(q);
            if (article.onlyPunctuation(quote.end(), t.sentenceEnd) || quote.start() >= t.sentenceEnd) {
                article.markUsed(q);
                f.kind = StatementKind.QUOTE;
                f.contentStart = quote.contentStart();
                f.contentEnd = quote.contentEnd();
                f.forward = true;
                if (quote.start() >= t.sentenceEnd) {
                    f.rule = "x-said-colon-quote";
                }
                return true;
            }
        }
        if (q < 0 && k >= t.size() && text.substring(t.get(t.size() - 1).end(), t.sentenceEnd).strip().equals(":")) {
            List<int[]> items = bounds.listItemsAfter(t.sentenceEnd);
            if (!items.isEmpty()) {
                f.kind = StatementKind.CLAIM;
                f.contentStart = items.get(0)[0];
                f.contentEnd = items.get(0)[1];
                f.listItems = items;
                f.forward = true;
                return true;
            }
        }
        if (k >= t.size() && q < 0 || k < t.size() && t.boundaryBefore(k) && !asideAfterThat && !t.gapContains(k, Tokens.MASK)
                && !SpeakerResolver.containsQuoteMark(t.get(k).gapBefore()) && q < 0) {
            return false;
        }
        if (k < t.size() && (BACKWARD_OBJECTS.contains(t.lower(k))
                || cue.takesRecipient() && OBJECT_PRONOUNS.contains(t.lower(k))) && onlyIntroWordsFrom(t, k + 1)) {
            return false; // "stated this in his nightly address", "..., stewards told me on Monday": the content came before
        }
        if (k + 1 < t.size() && t.lower(k).equals("as") && (t.lower(k + 1).equals("much") || t.lower(k + 1).equals("such"))) {
            return false; // "has effectively admitted as much by agreeing ...": the content was given before
        }
        f.kind = StatementKind.CLAIM;
        f.contentStart = from;
        f.contentEnd = bounds.cutEnd(t.sentenceStart, from, t.sentenceEnd);
        f.forward = true;
        return f.contentEnd > f.contentStart;
    }

    private int quoteAfterColon(int from, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, from + 80);
        for (int i = from; i < limit; i++) {
            char c = masked[i];
            if (c == ':') {
                int q = article.quoteAt(article.skipAllSpace(i + 1));
                return q >= 0 && (article.onlyPunctuation(quotes.get(q).end(), sentenceEnd) || quotes.get(q).start() >= sentenceEnd) ? q : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** Skips what stands between a cue and its content: recipient, time and place adverbials, "that". */
    private int skipIntro(Tokens t, Cue cue, int k) {
        if (cue.lemma().equals("ask")) {
            for (int m = k; m < Math.min(t.size(), k + 10) && (m == k || !t.boundaryBefore(m)); m++) {
                if (QUESTION_OPENERS.contains(t.lower(m))) {
                    return m; // "asked the 2016 Democratic White House contender if he had …": the question opens the content
                }
            }
        }
        int limit = Math.min(t.size(), k + 11);
        boolean prepositional = ContentBounds.PREPOSITIONS.contains(t.lower(k));
        boolean recipient = cue.takesRecipient();
        for (int m = k; m < limit; m++) {
            boolean placeAfterComma = recipient && t.get(m).gapBefore().equals(",") && (t.get(m).capitalized() || t.lower(m).equals("that"));
            if (m > k && t.boundaryBefore(m) && !placeAfterComma) {
                break; // "told reporters in Columbus, Ohio, that": the place's commas do not end the recipient
            }
            if (t.lower(m).equals("that")) {
                if (m + 1 >= t.size() || t.gapContains(m + 1, Tokens.MASK)) {
                    return m + 1; // 'noted that "as a matter of policy …"': the quote (masked, so no tokens) is the content
                }
                if (m + 1 < t.size() && !t.boundaryBefore(m + 1) && THAT_AS_SUBJECT.contains(t.lower(m + 1))) {
                    return m; // "say that will not be true": a pronoun, the content's subject
                }
                return m + 2 < t.size() && !t.boundaryBefore(m + 2) ? m + 1 : m; // "rejected that claim": a determiner
            }
            if (!isIntroWord(t.get(m)) && !(prepositional && isPlainWord(t.lower(m)))
                    && !(recipient && stages.cues().isNotCue(t.lower(m)) && !AUXILIARIES.contains(t.lower(m)))) {
                break;
            }
        }
        int p = k;
        if (cue.takesRecipient()) {
            if (t.lower(p).equals("to")) {
                p++;
            }
            int r = p;
            while (r < t.size() && r - p < 5 && (r == p || !t.boundaryBefore(r)) && isRecipientWord(t.get(r))
                    && (r == p || !SpeakerResolver.DETERMINERS.contains(t.lower(r)))) {
                r++;
            }
            p = r;
        }
        int s = p;
        while (s < t.size() && (s == p || !t.boundaryBefore(s)) && isIntroWord(t.get(s))) {
            s++;
        }
        if (s >= t.size() || s > p && t.boundaryBefore(s)) {
            return s;
        }
        while (p < t.size() && (p == k || !t.boundaryBefore(p)) && DAYS.contains(t.lower(p))
                || p + 1 < t.size() && t.lower(p).equals("on") && DAYS.contains(t.lower(p + 1))
                || p + 1 < t.size() && (t.lower(p).equals("last") || t.lower(p).equals("this"))
                && LAST_UNITS.contains(t.lower(p + 1))) {
            p += t.lower(p).equals("on") || t.lower(p).equals("last") || t.lower(p).equals("this") ? 2 : 1;
        }
        return p;
    }

    private boolean onlyIntroWordsFrom(Tokens t, int k) {
        if (k >= t.size() || t.boundaryBefore(k)) {
            return true;
        }
        if (!ContentBounds.PREPOSITIONS.contains(t.lower(k))) {
            return false;
        }
        for (int m = k; m < t.size(); m++) {
            if (t.boundaryBefore(m) && m > k) {
                return true;
            }
            if (!isIntroWord(t.get(m)) && !isPlainWord(t.lower(m))) {
                return false;
            }
        }
        return true;
    }

    /** A word that can sit in a setting phrase ("after the hearing"); plural nouns are objects ("accusations ... that"). */
    private boolean isPlainWord(String w) {
        return stages.cues().isNotCue(w) && !(w.endsWith("s") && !w.endsWith("ss")) && !FINITE_AUXILIARIES.contains(w) && !w.endsWith("ed");
    }

    private boolean isIntroWord(Tokens.Token tok) {
        String w = tok.lower();
        return stages.lexicons().timeWords.contains(w) || stages.lexicons().mediaNouns.contains(w) || ContentBounds.PREPOSITIONS.contains(w)
                || tok.capitalized() || isRecipientWord(tok);
    }

    private boolean isRecipientWord(Tokens.Token tok) {
        String w = tok.lower();
        return tok.capitalized() || SpeakerResolver.DETERMINERS.contains(w) || stages.lexicons().recipientWords.contains(w);
    }

    boolean startsWithThat(Tokens t, Cue cue) {
        int limit = Math.min(t.size(), cue.last() + 10);
        for (int m = cue.last() + 1; m < limit; m++) {
            if (t.lower(m).equals("that")) {
                return true;
            }
            if (!isIntroWord(t.get(m)) || m > cue.last() + 1 && t.boundaryBefore(m)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "called the police after the blast", "called the embassy to complain": a short object followed by a preposition or
     * a subordinator is a phone call or a summons; a naming puts a noun or adjective right after the object.
     */
    private static boolean objectThenAdverbial(List<String> words) {
        int head = SpeakerResolver.DETERMINERS.contains(words.get(0)) ? 2 : 1;
        for (int i = head; i < Math.min(words.size(), head + 2); i++) {
            if (ADVERBIAL_OPENERS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** For cues that also take plain objects: is the content a claim (a claim noun, or a clause)? */
    boolean reportsSpeech(String lemma, FrameDraft f) {
        String need = stages.lexicons().objectTakingCues.get(lemma);
        if (need == null) {
            return true;
        }
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(text.substring(f.contentStart, f.contentEnd).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (need.equals("naming")) {
            // "called the charges fabricated", "called her vote a mistake": an object and what it is called,
            // not "called for talks", "called on voters", "called the police"
            return words.size() >= 3 && !NOT_NAMING.contains(words.get(0)) && !objectThenAdverbial(words);
        }
        if (need.equals("claimNoun")) {
            for (int i = 0; i < Math.min(words.size(), 6); i++) {
                if (stages.lexicons().claimNouns.contains(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!words.isEmpty() && SpeakerResolver.PRONOUNS.contains(words.get(0))) {
            return true;
        }
        if (words.size() >= 3 && Character.isUpperCase(text.charAt(f.contentStart))) {
            return true; // "suggested Trump went too far": a named subject opens the clause
        }
        return words.stream().anyMatch(FINITE_AUXILIARIES::contains);
    }
}
