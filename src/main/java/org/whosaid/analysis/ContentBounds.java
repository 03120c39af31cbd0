package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.StatementKind;

/** Where a statement's content starts and ends: clause cuts, content before the cue, parenthetical cues, lists after "said:". */
final class ContentBounds {

    /** Content ends before these: a new clause, an aside, a dash, a trailing attribution. */
    private static final Pattern CONTENT_CUT = Pattern.compile(
            ", (?:while|whereas|but(?! that\\b)|although|though|even as|even though) |; | [—–] | -- |, according to |, an? (?:development|move|step|claim|sign|figure|decision|reference) (?:that|which)"
                    + "|, and (?=\\p{Ll}+ed\\b)|, which |, as (?!well\\b|much\\b|many\\b|long\\b|soon\\b|if\\b|though\\b)"
                    + "|, with (?:[\\p{L}'’-]+ ){1,5}\\p{Ll}+ing\\b"
                    + "| and (?=(?:(?:also|then|later|has|had|have) ){0,2}(?:urged|vowed|promised|pledged|demanded|asked|appealed|threatened"
                    + "|welcomed|condemned|praised|called on|said|says|added|adds|noted|told|argued|insisted|warned|accused"
                    + "|described|acknowledged|declared|stressed|explained|suggested)\\b)");

    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "with", "to", "from", "after",
            "before", "by", "over");

    static final Set<String> LEADING_ADVERBIALS = Set.of("in", "on", "at", "after", "before", "meanwhile",
            "however", "separately", "earlier", "later", "hours", "days", "ahead", "elsewhere", "overnight");

    private static final int MAX_LIST_ITEMS = 12;

    /** Openers of a subordinate clause that a main clause follows after a comma. */
    private static final List<String> SUBORDINATORS = List.of("While ", "Although ", "Though ", "Even though ",
            "Whereas ", "Even as ", "Even if ", "As ");

    private static final Set<String> ADVERBIAL_OPENERS = Set.of("to", "for", "during", "despite", "amid", "since", "until",
            "under", "but", "and", "so", "yet", "however", "as");

    private static final Set<String> FINITE_AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would");
    private static final Set<String> CLAUSE_AUX = Set.of("can", "could", "should", "may", "might", "must", "do", "does",
            "did", "shall", "isn", "wasn", "aren", "weren", "don", "doesn", "didn", "won", "re", "ve", "ll");

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final ArticleText article;
    private final String text;
    private final char[] masked;
    private final List<Quote> quotes;

    ContentBounds(ArticleText article) {
        this.article = article;
        this.text = article.text();
        this.masked = article.masked();
        this.quotes = article.quotes();
    }

    int cutEnd(int from, int sentenceEnd) {
        if (from >= sentenceEnd) {
            return from;
        }
        String region = new String(masked, from, sentenceEnd - from);
        Matcher m = CONTENT_CUT.matcher(region);
        int end = sentenceEnd;
        while (m.find()) {
            if (isAside(region, m)) {
                continue; // "the plan, which passed in May, was flawed": a relative clause closed by a comma
            }
            int close = pairedDashClose(region, m);
            if (close < 0) {
                end = from + m.start();
                break;
            }
            m.region(close, region.length()); // "in addition to the slain foreigners — from Italy, ... — a local worker"
        }
        return article.trimEnd(from, end);
    }

    /**
     * The end of content inside a sentence's opening subordinate clause: in "While critics say the plan is costly, the
     * mayor has deemed it fair" the cue and its content lie in the "While" clause, which ends at its first comma.
     * Applies only when no comma stands between the sentence start and the content (the cue is in the opener).
     */
    int cutEnd(int sentenceStart, int from, int sentenceEnd) {
        int end = cutEnd(from, sentenceEnd);
        int start = article.skipAllSpace(sentenceStart);
        if (!opensWithSubordinator(start) || article.indexOf(',', start, from) >= 0) {
            return end;
        }
        int comma = article.indexOf(',', from, end);
        return comma > from && article.wordCount(comma, end) >= 3 ? article.trimEnd(from, comma) : end;
    }

    private boolean opensWithSubordinator(int start) {
        if (start >= text.length() || "WATE".indexOf(text.charAt(start)) < 0) {
            return false; // a cheap look at the first letter before the word comparison
        }
        for (String opener : SUBORDINATORS) {
            if (text.startsWith(opener, start)) {
                return true;
            }
        }
        return false;
    }

    /** ", which ..." or ", as ..." with a later comma in the content: an aside, not the end of the clause. */
    private static boolean isAside(String region, Matcher m) {
        String g = m.group();
        return (g.equals(", which ") || g.equals(", as ")) && region.indexOf(',', m.end()) >= 0;
    }

    /** For a dash that opens a short aside closed by a second dash, the index after the closing dash; else -1. */
    private static int pairedDashClose(String region, Matcher m) {
        String dash = m.group();
        if (!(dash.equals(" — ") || dash.equals(" – ") || dash.equals(" -- "))) {
            return -1;
        }
        int close = region.indexOf(dash, m.end());
        if (close < 0 || close - m.end() > 90 || region.indexOf(';', m.end()) >= 0 && region.indexOf(';', m.end()) < close) {
            return -1;
        }
        int after = close + dash.length();
        return region.length() - after > 12 ? after : -1;
    }

    void cutContent(FrameDraft container, int at) {
        if (at > container.contentStart && at < container.contentEnd) {
            container.contentEnd = article.trimEnd(container.contentStart, at);
        }
    }

    boolean backwardClaim(FrameDraft f, List<FrameDraft> accepted, int sentenceStart, int before, String rule) {
        int clauseStart = sentenceStart;
        for (FrameDraft a : accepted) {
            if (Math.min(a.regionStart, a.cueStart) < before) { // not a report inside the speaker's own relative clause
                clauseStart = Math.max(clauseStart, Math.max(a.contentEnd, a.cueEnd));
            }
        }
        int end = article.commaBefore(before, clauseStart);
        if (end <= clauseStart) {
            return false;
        }
        int start = skipLeadingAdverbial(clauseStart, end);
        start = article.skipPunctuation(start, end);
        for (FrameDraft a : accepted) {
            if (a.cueStart >= start && a.cueStart < end) {
                return false;
            }
        }
        int enclosing = article.lastQuoteStartingAtOrBefore(start);
        if (enclosing >= 0 && quotes.get(enclosing).end() >= end) {
            return false;
        }
        f.kind = StatementKind.CLAIM;
        f.contentStart = start;
        f.contentEnd = article.trimEnd(start, end);
        f.forward = false;
        f.regionStart = Math.min(f.regionStart, start);
        f.rule = rule;
        f.confidence = 0.8;
        return true;
    }

    private int skipLeadingAdverbial(int start, int end) {
        int i = article.skipAllSpace(start);
        int wordEnd = i;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (!LEADING_ADVERBIALS.contains(first)) {
            return start;
        }
        int comma = article.indexOf(',', i, Math.min(end, i + 40));
        return comma < 0 ? start : comma + 1;
    }

    /** "The attack, Russia said, included six battalions": the content runs on after the parenthetical cue. */
    void extendParenthetical(Tokens t, FrameDraft f) {
        int words = article.wordCount(f.contentStart, f.contentEnd);
        boolean adverbialOnly = words <= 8 && opensWithAdverbial(f.contentStart, f.contentEnd);
        boolean subjectOnly = words <= 15 && !hasFiniteVerb(f.contentStart, f.contentEnd);
        if (words >= 5 && !adverbialOnly && !subjectOnly) {
            return; // "The top three issues facing voters, respondents said, are ...": a subject alone runs on
        }
        int limit = Math.min(t.sentenceEnd, f.cueEnd + 30);
        for (int i = f.cueEnd; i < limit; i++) {
            char c = masked[i];
            if (c == ',') {
                int from = article.skipSpace(i + 1);
                int end = cutEnd(from, t.sentenceEnd);
                for (int k = from; k < end; k++) {
                    if (masked[k] == Tokens.MASK || "“\"«„".indexOf(masked[k]) >= 0) {
                        int q = article.quoteAt(k);
                        if (q >= 0 && !article.onlyPunctuation(quotes.get(q).end(), t.sentenceEnd)) {
                            end = article.trimEnd(from, k); // a quote with its own cue follows: "..., “so they cannot ...,” X said"
                        }
                        break;
                    }
                }
                if (article.wordCount(i + 1, end) >= 3) {
                    if (adverbialOnly) {
                        f.contentStart = from; // "For days after a storm, Con Edison officials say, they often deal ..."
                    }
                    f.contentEnd = end;
                    f.rule = "parenthetical-cue";
                }
                return;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ')) {
                return;
            }
        }
    }

    /** Whether [start, end) holds a finite verb: an auxiliary or a past form after its first word. */
    private boolean hasFiniteVerb(int start, int end) {
        String[] words = NON_LETTERS.split(text.substring(start, end));
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (FINITE_AUX.contains(w) || CLAUSE_AUX.contains(w)
                    || i > 0 && w.length() > 3 && w.endsWith("ed") && Character.isLowerCase(words[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether [start, end) reads as an opening adverbial: a preposition or infinitive and no verb of its own. */
    private boolean opensWithAdverbial(int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String first = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (!(PREPOSITIONS.contains(first) || ADVERBIAL_OPENERS.contains(first))) {
            return false;
        }
        for (String w : NON_LETTERS.split(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            if (FINITE_AUX.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The items of a list that follows "X also said:": the next lines, each a short clause without final punctuation
     * (the way pages render bullet points), up to the first line that ends like a sentence.
     */
    List<int[]> listItemsAfter(int from) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        while (start < text.length() && text.charAt(start) != '\n') {
            if (!Character.isWhitespace(text.charAt(start)) && text.charAt(start) != ':') {
                return items; // the colon is followed by text on the same line
            }
            start++;
        }
        while (items.size() < MAX_LIST_ITEMS && start < text.length()) {
            start = article.skipAllSpace(start);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int words = article.wordCount(start, e);
            if (e <= start || words < 3 || words > 40 || ".!?:;\"”’…".indexOf(text.charAt(e - 1)) >= 0) {
                break;
            }
            items.add(new int[] {start, e});
            start = end;
        }
        return items.size() >= 2 ? items : List.of();
    }

    /** For "— according to X —" written as a dash aside, where the text after the closing dash starts; else -1. */
    int dashAsideEnd(int cueStart, int speakerEnd, int sentenceEnd) {
        int b = cueStart;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0 || "—–".indexOf(text.charAt(b - 1)) < 0) {
            return -1;
        }
        int a = speakerEnd;
        while (a < sentenceEnd && text.charAt(a) == ' ') {
            a++;
        }
        if (a >= sentenceEnd || "—–".indexOf(text.charAt(a)) < 0) {
            return -1;
        }
        int from = a + 1;
        while (from < sentenceEnd && text.charAt(from) == ' ') {
            from++;
        }
        return from < sentenceEnd ? from : -1;
    }
}
