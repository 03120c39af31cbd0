package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * The attribution rules of Russian and Ukrainian news prose, one sentence at a time, in order of precision: quotes
 * with a cue after them («…», — заявил X) or before them (X заявил: «…»), dash-introduced direct speech,
 * "об этом сообщили в X" (crediting the sentence before), "по словам X, …" and its kin, then the cue-verb rules
 * of {@link SlavicCueFrames}.
 */
final class SlavicFrames {

    /** One attribution found: content and cue offsets, its speaker, stance and the rule that found it. */
    record Frame(StatementKind kind, int start, int end, int cueStart, int cueEnd, SlavicSpeakers.Speaker speaker,
                 Stance stance, String rule, double confidence) {
    }

    private final String text;
    private final SlavicLexicon lexicon;
    private final SlavicTokens tokens;
    private final SlavicSpeakers speakers;
    private final SlavicFrameText t;
    private final SlavicCueFrames cueFrames;
    private boolean previousWasDashSpeech;
    private boolean previousWasQuote;

    SlavicFrames(String text, SlavicLexicon lexicon, SlavicTokens tokens, SlavicSpeakers speakers) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.speakers = speakers;
        this.t = new SlavicFrameText(text, lexicon, tokens);
        this.cueFrames = new SlavicCueFrames(t, lexicon, speakers);
    }

    /** The frames of one sentence; {@code previous} is the sentence before it when that one has no frame yet. */
    List<Frame> find(SlavicSentences.Sentence s, SlavicSentences.Sentence previous) {
        List<SlavicTokens.Token> words = tokens.tokens(text, s.start(), s.end());
        List<Frame> out = new ArrayList<>();
        boolean dash = t.startsWithDash(s.start());
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
            cueFrames.cueClause(s, words, out);
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
        int second = t.nextDash(open, s.end());
        if (second > 0) {
            int cue = t.firstTokenFrom(words, second);
            if (cue >= 0 && t.isCue(words.get(cue))) {
                int speakerEnd = t.nextDash(words.get(cue).end(), s.end());
                List<SlavicTokens.Token> who = t.between(words, words.get(cue).end(), speakerEnd > 0 ? speakerEnd : s.end());
                SlavicSpeakers.Speaker speaker = speakers.resolve(text, who);
                if (speaker != null) {
                    t.add(out, StatementKind.QUOTE, open, second, words.get(cue), speaker, "slavic-dash-speech", 0.8);
                    if (speakerEnd > 0) {
                        t.add(out, StatementKind.QUOTE, speakerEnd + 1, s.end(), words.get(cue), speaker,
                                "slavic-dash-speech", 0.75);
                    }
                    return;
                }
            }
        }
        if (previousWasDashSpeech && speakers.latest() != null) {
            t.add(out, StatementKind.QUOTE, open, s.end(), null, speakers.latest(), "slavic-dash-continued", 0.6);
        }
    }

    /** «…», — заявил X  /  X заявил: «…». */
    private void quotes(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<Frame> out) {
        SlavicSpeakers.Speaker lastSpeaker = null;
        SlavicTokens.Token lastCue = null;
        for (SlavicQuotes.Quoted q : SlavicQuotes.find(text, s.start(), s.end())) {
            if (t.between(words, q.innerStart(), q.innerEnd()).size() < 3) {
                continue; // a name in quotes («Азов»), not speech
            }
            int after = t.firstTokenFrom(words, q.close() + 1);
            if (after >= 0 && t.gapIsPunctuation(q.close() + 1, words.get(after).start()) && t.isCue(words.get(after))) {
                int stop = t.nextQuoteOrDash(words.get(after).end(), s.end());
                SlavicSpeakers.Speaker who = speakers.resolve(text, t.between(words, words.get(after).end(), stop));
                if (who != null) {
                    t.add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), words.get(after), who, "slavic-quote-cue-after", 0.85);
                    lastSpeaker = who;
                    lastCue = words.get(after);
                    continue;
                }
            }
            int cue = t.cueBefore(words, q.open());
            if (cue >= 0 && text.substring(words.get(cue).end(), q.open()).contains(":")) {
                SlavicSpeakers.Speaker who = speakers.resolve(text, t.subject(words, cue, s.start()));
                if (who != null) {
                    t.add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), words.get(cue), who, "slavic-quote-colon", 0.85);
                    lastSpeaker = who;
                    lastCue = words.get(cue);
                    continue;
                }
            }
            if (lastSpeaker != null) {
                t.add(out, StatementKind.QUOTE, q.innerStart(), q.innerEnd(), lastCue, lastSpeaker, "slavic-quote-same-speaker", 0.7);
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
                    if (t.isCue(words.get(k))) {
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
                    t.add(out, StatementKind.CLAIM, previous.start(), t.trimEnd(previous.start(), previous.end()), words.get(cue),
                            who, "slavic-about-this", 0.75);
                } else if (at > 0) {
                    t.add(out, StatementKind.CLAIM, s.start(), t.trimEnd(s.start(), words.get(at).start()), words.get(cue), who,
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
                        : t.between(words, last.end(), comma));
                if (who != null) {
                    t.add(out, t.kindOf(comma + 1, s.end()), comma + 1, t.trimEnd(comma + 1, s.end()), t.span(first, last), who,
                            "slavic-according-to", 0.8);
                }
                return;
            }
            if (!opening && (lead.endsWith(",") || lead.endsWith("—"))) {
                int end = comma > 0 && comma < s.end() ? comma : s.end();
                SlavicSpeakers.Speaker who = speakers.resolve(text, possessive ? words.subList(at + 1, at + 2)
                        : t.between(words, last.end(), end));
                if (who != null) {
                    t.add(out, t.kindOf(s.start(), first.start()), s.start(), t.trimEnd(s.start(), first.start()),
                            t.span(first, last), who, "slavic-according-to-after", 0.75);
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
        if ((f.equals("как") || f.equals("як")) && at + 1 < words.size() && t.isCue(words.get(at + 1))) {
            return 2;
        }
        return 0;
    }

    /** A sentence that is only a quote, after a quoted sentence: the same speaker goes on. */
    private void continuedQuote(SlavicSentences.Sentence s, List<Frame> out) {
        List<SlavicQuotes.Quoted> qs = SlavicQuotes.find(text, s.start(), s.end());
        if (qs.size() == 1 && qs.get(0).open() == s.start() && speakers.latest() != null) {
            t.add(out, StatementKind.QUOTE, qs.get(0).innerStart(), qs.get(0).innerEnd(), null, speakers.latest(),
                    "slavic-quote-continued", 0.6);
        }
    }
}
