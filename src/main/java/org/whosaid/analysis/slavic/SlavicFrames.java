package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * The attribution rules of Russian and Ukrainian news prose, one sentence at a time: quotes with a cue after
 * them («…», — заявил X) or before them (X заявил: «…»), dash-introduced direct speech, "по словам X, …" and its
 * kin, "об этом сообщили в X" (crediting the sentence before), "X заявил, что …", "X опроверг информацию о …"
 * and the inverted "…, — сообщили в X".
 */
final class SlavicFrames {

    /** One attribution found: content and cue offsets, its speaker, stance and the rule that found it. */
    record Frame(StatementKind kind, int start, int end, int cueStart, int cueEnd, SlavicSpeakers.Speaker speaker,
                 Stance stance, String rule, double confidence) {
    }

    /** "заявило про …", "сообщил о …": the content is what the cue is about. */
    private static final Set<String> ABOUT = Set.of("о", "об", "обо", "про");

    private final String text;
    private final SlavicLexicon lexicon;
    private final SlavicTokens tokens;
    private final SlavicSpeakers speakers;
    private boolean previousWasDashSpeech;
    private boolean previousWasQuote;

    SlavicFrames(String text, SlavicLexicon lexicon, SlavicTokens tokens, SlavicSpeakers speakers) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.speakers = speakers;
    }

    /** The frames of one sentence; {@code previous} is the sentence before it when that one has no frame yet. */
    List<Frame> find(SlavicSentences.Sentence s, SlavicSentences.Sentence previous) {
        List<SlavicTokens.Token> words = tokens.tokens(text, s.start(), s.end());
        List<Frame> out = new ArrayList<>();
        boolean dash = startsWithDash(s.start());
        if (dash) {
            dashSpeech(s, words, out);
        }
        if (out.isEmpty()) {
            quotes(s, words, out);
        }
        if (out.isEmpty()) {
            aboutThis(s, words, previous, out);
        }
        if (out.isEmpty()) {
            accordingTo(s, words, out);
        }
        if (out.isEmpty()) {
            cueClause(s, words, out);
        }
        if (out.isEmpty() && previousWasQuote && !dash) {
            continuedQuote(s, out);
        }
        previousWasDashSpeech = dash && !out.isEmpty();
        previousWasQuote = !out.isEmpty() && out.get(out.size() - 1).kind() == StatementKind.QUOTE;
        return out;
    }

    /** "— Текст, — сказал X. — Ещё текст." and a later "— Текст." in the same exchange. */
    private void dashSpeech(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<Frame> out) {
        int open = s.start() + 1;
        int second = nextDash(open, s.end());
        if (second > 0) {
            int cue = firstTokenFrom(words, second);
            if (cue >= 0 && isCue(words.get(cue))) {
                int speakerEnd = nextDash(words.get(cue).end(), s.end());
                List<SlavicTokens.Token> who = between(words, words.get(cue).end(), speakerEnd > 0 ? speakerEnd : s.end());
                SlavicSpeakers.Speaker speaker = speakers.resolve(text, who);
                if (speaker != null) {
                    add(out, StatementKind.QUOTE, open, second, words.get(cue), speaker, "slavic-dash-speech", 0.8);
                    if (speakerEnd > 0) {
                        add(out, StatementKind.QUOTE, speakerEnd + 1, s.end(), words.get(cue), speaker,
                                "slavic-dash-speech", 0.75);
                    }
                    return;
                }
            }
        }
        if (previousWasDashSpeech && speakers.latest() != null) {
            add(out, StatementKind.QUOTE, open, s.end(), null, speakers.latest(), "slavic-dash-continued", 0.6);
        }
    }

    /** «…», — заявил X  /  X заявил: «…». */
    private void quotes(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<Frame> out) {
        SlavicSpeakers.Speaker lastSpeaker = null;
        SlavicTokens.Token lastCue = null;
        for (SlavicQuotes.Quoted q : SlavicQuotes.find(text, s.start(), s.end())) {
            if (between(words, q.innerStart(), q.innerEnd()).size() < 3) {
                continue; // a name in quotes («Азов»), not speech
            }
            int after = firstTokenFrom(words, q.close() + 1);
            if (after >= 0 && gapIsPunctuation(q.close() + 1, words.get(after).start()) && isCue(words.get(after))) {
                int stop = nextQuoteOrDash(words.get(after).end(), s.end());
                SlavicSpeakers.Speaker who = speakers.resolve(text, between(words, words.get(after).end(), stop));
                if (who != null) {
                    add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), words.get(after), who, "slavic-quote-cue-after", 0.85);
                    lastSpeaker = who;
                    lastCue = words.get(after);
                    continue;
                }
            }
            int cue = cueBefore(words, q.open());
            if (cue >= 0 && text.substring(words.get(cue).end(), q.open()).contains(":")) {
                SlavicSpeakers.Speaker who = speakers.resolve(text, subject(words, cue, s.start()));
                if (who != null) {
                    add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), words.get(cue), who, "slavic-quote-colon", 0.85);
                    lastSpeaker = who;
                    lastCue = words.get(cue);
                    continue;
                }
            }
            if (lastSpeaker != null) {
                add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), lastCue, lastSpeaker, "slavic-quote-same-speaker", 0.7);
            }
        }
    }

    /** "Об этом сообщили в X." credits the sentence before; "…, о чем сообщили в X." the clause before. */
    private void aboutThis(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, SlavicSentences.Sentence previous,
                           List<Frame> out) {
        for (SlavicLexicon.Phrase p : lexicon.aboutThis) {
            for (int at = 0; at < Math.min(words.size(), 20); at++) {
                if (!SlavicLexicon.stemsAt(p, words, at)) {
                    continue;
                }
                int cue = -1;
                for (int k = at + p.stems().size(); k < Math.min(words.size(), at + p.stems().size() + 3); k++) {
                    if (isCue(words.get(k))) {
                        cue = k;
                        break;
                    }
                }
                if (cue < 0) {
                    continue;
                }
                SlavicSpeakers.Speaker who = speakers.resolve(text, words.subList(cue + 1, words.size()));
                if (who == null) {
                    return;
                }
                if (at == 0 && previous != null) {
                    add(out, StatementKind.CLAIM, previous.start(), trimEnd(previous.start(), previous.end()), words.get(cue),
                            who, "slavic-about-this", 0.75);
                } else if (at > 0) {
                    add(out, StatementKind.CLAIM, s.start(), trimEnd(s.start(), words.get(at).start()), words.get(cue), who,
                            "slavic-about-this", 0.75);
                }
                return;
            }
        }
    }

    /**
     * "По словам X, …" / "За даними X, …" / "Как сообщает X, …" / "Как отмечают X, …" (any cue after как / як),
     * also after a short opener ("Кроме того, по оценке X, …") and with a possessive ("По его словам, …"); or
     * "…, по словам X." at the end.
     */
    private void accordingTo(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<Frame> out) {
        for (int at = 0; at < words.size(); at++) {
            int length = frameLength(words, at);
            if (length == 0) {
                continue;
            }
            SlavicTokens.Token first = words.get(at);
            SlavicTokens.Token last = words.get(at + length - 1);
            boolean possessive = length == 3 && lexicon.possessives.contains(words.get(at + 1).folded());
            int comma = text.indexOf(',', last.end());
            String lead = text.substring(s.start(), first.start()).strip();
            // at the start, or after one short opener and its comma ("Кроме того, по оценке X, …")
            boolean opening = lead.isEmpty() || at <= 3 && lead.endsWith(",") && lead.indexOf(',') == lead.length() - 1;
            if (opening && comma > 0 && comma < s.end()) {
                SlavicSpeakers.Speaker who = speakers.resolve(text, possessive ? words.subList(at + 1, at + 2)
                        : between(words, last.end(), comma));
                if (who != null) {
                    add(out, kindOf(comma + 1, s.end()), comma + 1, trimEnd(comma + 1, s.end()), span(first, last), who,
                            "slavic-according-to", 0.8);
                }
                return;
            }
            if (!opening && (lead.endsWith(",") || lead.endsWith("—"))) {
                int end = comma > 0 && comma < s.end() ? comma : s.end();
                SlavicSpeakers.Speaker who = speakers.resolve(text, possessive ? words.subList(at + 1, at + 2)
                        : between(words, last.end(), end));
                if (who != null) {
                    add(out, kindOf(s.start(), first.start()), s.start(), trimEnd(s.start(), first.start()),
                            span(first, last), who, "slavic-according-to-after", 0.75);
                }
                return;
            }
        }
    }

    /** How many words a frame opening at {@code at} takes: a listed phrase, как/як + a cue, a possessive inside. */
    private int frameLength(List<SlavicTokens.Token> words, int at) {
        for (SlavicLexicon.Phrase p : lexicon.accordingTo) {
            if (SlavicLexicon.stemsAt(p, words, at)) {
                return p.stems().size();
            }
            if (p.stems().size() == 2 && at + 2 < words.size() && lexicon.possessives.contains(words.get(at + 1).folded())
                    && words.get(at).stem().equals(p.stems().get(0)) && words.get(at + 2).stem().equals(p.stems().get(1))) {
                return 3; // "по его словам": the possessive is the speaker, resolved to the one just named
            }
        }
        String f = words.get(at).folded();
        if ((f.equals("как") || f.equals("як")) && at + 1 < words.size() && isCue(words.get(at + 1))) {
            return 2;
        }
        return 0;
    }

    /**
     * "X заявил, что …", "X в Telegram написал: …", "X опроверг информацию о …, заявив, что …" (two statements),
     * "X заявило про …", "В X эти сообщения опровергли", "…, — сообщили в X".
     */
    private void cueClause(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<Frame> out) {
        SlavicSpeakers.Speaker carried = null; // the speaker of an object frame, for the participle cue after it
        for (int c = 0; c < words.size(); c++) {
            SlavicTokens.Token cue = words.get(c);
            if (!isCue(cue)) {
                continue;
            }
            List<SlavicTokens.Token> subject = subject(words, c, s.start());
            String before = text.substring(c == 0 ? s.start() : words.get(c - 1).end(), cue.start());
            if (carried == null && c > 2 && (before.contains(",") || before.contains("—"))) {
                // inverted: the content ends at the comma before the cue, the speaker follows it
                SlavicSpeakers.Speaker who = speakers.resolve(text, between(words, cue.end(), s.end()));
                if (who != null) {
                    int end = words.get(c - 1).end();
                    add(out, kindOf(s.start(), end), s.start(), trimEnd(s.start(), end), cue, who, "slavic-cue-inverted", 0.8);
                    return;
                }
                continue;
            }
            int content = contentStart(words, c, s.end());
            boolean objectCue = content < 0 && lexicon.objectCueStems.contains(cue.stem()) && words.size() - c > 3;
            boolean about = content < 0 && !objectCue && c + 2 < words.size()
                    && ABOUT.contains(words.get(c + 1).folded());
            if (content < 0 && !objectCue && !about) {
                if (objectBefore(words, c, subject, out)) {
                    return;
                }
                continue;
            }
            SlavicSpeakers.Speaker who = carried != null ? carried
                    : subject.isEmpty() ? speakers.latest() : speakers.resolve(text, subject);
            if (who == null) {
                continue;
            }
            int start = content >= 0 ? content : words.get(c + 1).start();
            int next = objectCue ? nextCueAfterComma(words, c) : -1;
            int end = next > 0 ? words.get(next - 1).end() : s.end();
            add(out, kindOf(start, end), start, trimEnd(start, end), cue, who,
                    objectCue ? "slavic-cue-object" : about ? "slavic-cue-about" : "slavic-cue-that",
                    content >= 0 ? 0.85 : 0.65);
            if (next < 0) {
                return;
            }
            carried = who;
            c = next - 1;
        }
    }

    /** The first cue after {@code c} that follows a comma ("опроверг …, заявив, что …"), or -1. */
    private int nextCueAfterComma(List<SlavicTokens.Token> words, int c) {
        for (int k = c + 2; k < words.size(); k++) {
            if (isCue(words.get(k)) && text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "В Минобороны Армении эти сообщения опровергли", "У Генштабі ЗСУ цю інформацію спростували": an object cue
     * closing the sentence, the object before it opened by a demonstrative, the speaker before that.
     */
    private boolean objectBefore(List<SlavicTokens.Token> words, int c, List<SlavicTokens.Token> subject,
                                 List<Frame> out) {
        if (!lexicon.objectCueStems.contains(words.get(c).stem()) || words.size() - c > 3 || subject.size() < 3) {
            return false;
        }
        for (int d = 1; d < subject.size() - 1; d++) {
            if (lexicon.demonstratives.contains(subject.get(d).folded())) {
                SlavicSpeakers.Speaker who = speakers.resolve(text, subject.subList(0, d));
                if (who == null) {
                    return false;
                }
                int start = subject.get(d).start();
                int end = subject.get(subject.size() - 1).end();
                add(out, StatementKind.CLAIM, start, end, words.get(c), who, "slavic-object-before-cue", 0.65);
                return true;
            }
        }
        return false;
    }

    /** A sentence that is only a quote, after a quoted sentence: the same speaker goes on. */
    private void continuedQuote(SlavicSentences.Sentence s, List<Frame> out) {
        List<SlavicQuotes.Quoted> qs = SlavicQuotes.find(text, s.start(), s.end());
        if (qs.size() == 1 && qs.get(0).open() == s.start() && speakers.latest() != null) {
            add(out, StatementKind.QUOTE, qs.get(0).innerStart(), qs.get(0).innerEnd(), null, speakers.latest(),
                    "slavic-quote-continued", 0.6);
        }
    }

    /**
     * Where the content after cue {@code c} starts: after "что"/"що" (within six words) or after a colon; not
     * past another cue, whose "что" it is ("опроверг сообщения, заявив, что …").
     */
    private int contentStart(List<SlavicTokens.Token> words, int c, int sentenceEnd) {
        for (int k = c + 1; k < Math.min(words.size(), c + 8); k++) {
            if (k > c + 1 && isCue(words.get(k))) {
                return -1;
            }
            String gap = text.substring(words.get(k - 1).end(), words.get(k).start());
            if (gap.contains(":")) {
                return words.get(k).start();
            }
            if (lexicon.complementizers.contains(words.get(k).folded()) && k + 1 < words.size()) {
                return words.get(k + 1).start();
            }
            if (gap.contains(".") || gap.contains(";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The words before cue {@code c} back to the sentence start or the last comma, colon, dash or quote; a name in
     * quotes of one or two words ("с позывным «Гром»", "угруповання «Хортиця»") stays in.
     */
    private List<SlavicTokens.Token> subject(List<SlavicTokens.Token> words, int c, int sentenceStart) {
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
    private boolean shortQuotedName(List<SlavicTokens.Token> words, int from, int c) {
        for (int k = from; k < Math.min(c, from + 2); k++) {
            if (words.get(k).end() < text.length() && text.charAt(words.get(k).end()) == '»') {
                return true;
            }
        }
        return false;
    }

    private StatementKind kindOf(int start, int end) {
        String inner = text.substring(start, end).strip();
        while (!inner.isEmpty() && ".,;—– ".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
            inner = inner.substring(0, inner.length() - 1);
        }
        List<SlavicQuotes.Quoted> qs = SlavicQuotes.find(inner, 0, inner.length());
        return qs.size() == 1 && qs.get(0).open() == 0 && qs.get(0).close() == inner.length() - 1
                ? StatementKind.QUOTE : StatementKind.CLAIM;
    }

    private void add(List<Frame> out, StatementKind kind, int start, int end, SlavicTokens.Token cue,
                     SlavicSpeakers.Speaker who, String rule, double confidence) {
        int[] se = trimmed(start, end);
        if (se[1] - se[0] < 3) {
            return;
        }
        if (kind == StatementKind.QUOTE && text.charAt(se[0]) == '«' && text.charAt(se[1] - 1) == '»') {
            se = new int[] {se[0] + 1, se[1] - 1};
        }
        Stance stance = cue == null ? Stance.ASSERTS : lexicon.cueStems.getOrDefault(cue.stem(), Stance.ASSERTS);
        if (cue != null && lexicon.namingCueStems.contains(cue.stem()) && namesAClaim(se[0], se[1])) {
            stance = Stance.DENIES; // "назвал обвинения попыткой …", "назвала эти публикации вбросом"
        }
        out.add(new Frame(kind, se[0], se[1], cue == null ? -1 : cue.start(), cue == null ? -1 : cue.end(), who, stance,
                rule, confidence));
    }

    /** True when one of the content's first two words is a word for claims ("обвинения", "цю інформацію"). */
    private boolean namesAClaim(int start, int end) {
        List<SlavicTokens.Token> head = tokens.tokens(text, start, end);
        return head.stream().limit(2).anyMatch(t -> lexicon.claimWordStems.contains(t.stem()));
    }

    private SlavicTokens.Token span(SlavicTokens.Token first, SlavicTokens.Token last) {
        return new SlavicTokens.Token(first.start(), last.end(), text.substring(first.start(), last.end()),
                first.folded(), first.stem());
    }

    private int[] trimmed(int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || "—–,:".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return new int[] {start, trimEnd(start, end)};
    }

    /** The end with trailing spaces, commas, dashes and a final full stop taken off. */
    private int trimEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",.;—–:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    private boolean isCue(SlavicTokens.Token t) {
        return lexicon.cueStems.containsKey(t.stem()) && !t.raw().chars().allMatch(Character::isUpperCase);
    }

    private boolean startsWithDash(int at) {
        char c = text.charAt(at);
        return c == '—' || c == '–' || c == '-' && at + 1 < text.length() && text.charAt(at + 1) == ' ';
    }

    private int nextDash(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '—' || c == '–') && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private int nextQuoteOrDash(int from, int to) {
        int dash = nextDash(from, to);
        for (int i = from; i < (dash > 0 ? dash : to); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '„' || c == '"' || c == '“' || c == ',' || c == ':' || c == '.') {
                return i;
            }
        }
        return dash > 0 ? dash : to;
    }

    private boolean gapIsPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int cueBefore(List<SlavicTokens.Token> words, int before) {
        for (int k = words.size() - 1; k >= 0; k--) {
            if (words.get(k).end() <= before && isCue(words.get(k))) {
                return k;
            }
        }
        return -1;
    }

    private static int firstTokenFrom(List<SlavicTokens.Token> words, int offset) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).start() >= offset) {
                return k;
            }
        }
        return -1;
    }

    private static List<SlavicTokens.Token> between(List<SlavicTokens.Token> words, int from, int to) {
        List<SlavicTokens.Token> out = new ArrayList<>();
        for (SlavicTokens.Token t : words) {
            if (t.start() >= from && t.end() <= to) {
                out.add(t);
            }
        }
        return out;
    }
}
