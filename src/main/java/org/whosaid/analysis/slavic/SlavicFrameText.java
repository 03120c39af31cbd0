package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * The text of one Russian or Ukrainian article as the attribution rules read it: offsets trimmed of punctuation,
 * the words between two offsets, a cue word, a subject before a cue, and a frame added with its stance.
 */
final class SlavicFrameText {
    final String text;
    private final SlavicLexicon lexicon;
    private final SlavicTokens tokens;

    SlavicFrameText(String text, SlavicLexicon lexicon, SlavicTokens tokens) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    /**
     * The words before cue {@code c} back to the sentence start or the last comma, colon, dash or quote; a name in
     * quotes of one or two words ("с позывным «Гром»", "угруповання «Хортиця»") stays in.
     */
    List<SlavicTokens.Token> subject(List<SlavicTokens.Token> words, int c, int sentenceStart) {
        int from = c;
        while (from > 0) {
            String gap = text.substring(words.get(from - 1).end(), from == c ? words.get(c).start() : words.get(from).start());
            boolean quotedName = gap.contains("«") && from < c && shortQuotedName(words, from, c);
            if (gap.contains(",") || gap.contains(":") || gap.contains("—") || gap.contains("(") || gap.contains("«") && !quotedName) {
                break;
            }
            from--;
        }
        return words.subList(from, c);
    }

    /** True when a «…» opening before word {@code from} closes within two words, before word {@code c}. */
    boolean shortQuotedName(List<SlavicTokens.Token> words, int from, int c) {
        for (int k = from; k < Math.min(c, from + 2); k++) {
            if (words.get(k).end() < text.length() && text.charAt(words.get(k).end()) == '»') {
                return true;
            }
        }
        return false;
    }

    StatementKind kindOf(int start, int end) {
        String inner = text.substring(start, end).strip();
        while (!inner.isEmpty() && ".,;—– ".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<SlavicQuotes.Quoted> qs = SlavicQuotes.find(inner, 0, inner.length());
        return qs.size() == 1 && qs.get(0).open() == 0 && qs.get(0).close() == inner.length() - 1
                ? StatementKind.QUOTE : StatementKind.CLAIM;
    }

    void add(List<SlavicFrames.Frame> out, StatementKind kind, int start, int end, SlavicTokens.Token cue,
                     SlavicSpeakers.Speaker who, String rule, double confidence) {
        int[] se = trimmed(start, end);
        if (se[1] - se[0] < 3) {
            return;
        }
        if (kind == StatementKind.QUOTE && text.charAt(se[0]) == '«' && text.charAt(se[1] - 1) == '»') {
            se = new int[] {se[0] + 1, se[1] - 1};
        }
        se[1] = quotedEnd(se[0], se[1]);
        Stance stance = cue == null ? Stance.ASSERTS : lexicon.cueStems.getOrDefault(cue.stem(), Stance.ASSERTS);
        if (cue != null && lexicon.namingCueStems.contains(cue.stem()) && namesAClaim(se[0], se[1])) {
            stance = Stance.DENIES; // "назвал обвинения попыткой …", "назвала эти публикации вбросом"
        }
        out.add(new SlavicFrames.Frame(kind, se[0], se[1], cue == null ? -1 : cue.start(), cue == null ? -1 : cue.end(), who, stance,
                rule, confidence));
    }

    /**
     * Where a claim in quotation marks ends when the writer goes on after them ("пише, що "є надія", але у версії
     * твіту …"): at the closing mark before a comma and a word of contrast; else {@code end}.
     */
    private int quotedEnd(int start, int end) {
        int open = start > 0 && SlavicQuotes.opens(text, start - 1) != 0 ? start - 1 : start;
        List<SlavicQuotes.Quoted> quotes = SlavicQuotes.find(text, open, end);
        if (quotes.isEmpty() || quotes.get(0).open() != open) {
            return end;
        }
        int close = quotes.get(0).close();
        int k = close + 1;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= end || text.charAt(k) != ',') {
            return end;
        }
        List<SlavicTokens.Token> next = tokens.tokens(text, k + 1, Math.min(end, k + 16));
        return !next.isEmpty() && lexicon.contrastWords.contains(next.get(0).folded()) ? close : end;
    }

    /** True when one of the content's first two words is a word for claims ("обвинения", "цю інформацію"). */
    boolean namesAClaim(int start, int end) {
        List<SlavicTokens.Token> head = tokens.tokens(text, start, end);
        return head.stream().limit(2).anyMatch(t -> lexicon.claimWordStems.contains(t.stem()));
    }

    SlavicTokens.Token span(SlavicTokens.Token first, SlavicTokens.Token last) {
        return new SlavicTokens.Token(first.start(), last.end(), text.substring(first.start(), last.end()),
                first.folded(), first.stem());
    }

    int[] trimmed(int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "—–,:".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return new int[] {start, trimEnd(start, end)};
    }

    /** The end with trailing spaces, commas, dashes and a final full stop taken off. */
    int trimEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.;—–:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    boolean isCue(SlavicTokens.Token t) {
        return lexicon.cueStems.containsKey(t.stem()) && !t.raw().chars().allMatch(Character::isUpperCase);
    }

    boolean startsWithDash(int at) {
        char c = text.charAt(at);
        return c == '—' || c == '–' || c == '-' && at + 1 < text.length() && text.charAt(at + 1) == ' ';
    }

    int nextDash(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–') && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    int nextQuoteOrDash(int from, int to) {
        int dash = nextDash(from, to);
        for (int i = from; i < (dash > 0 ? dash : to); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '„' || c == '"' || c == '“' || c == ',' || c == ':' || c == '.') {
                return i;
            }
        }
        return dash > 0 ? dash : to;
    }

    boolean gapIsPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int cueBefore(List<SlavicTokens.Token> words, int before) {
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).end() <= before && isCue(words.get(k))) {
                return k;
            }
        }
        return -1;
    }

    static int firstTokenFrom(List<SlavicTokens.Token> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    static List<SlavicTokens.Token> between(List<SlavicTokens.Token> words, int from, int to) {
        List<SlavicTokens.Token> out = new ArrayList<>();
        for (SlavicTokens.Token t : words) {
            if (t.start() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }
}
