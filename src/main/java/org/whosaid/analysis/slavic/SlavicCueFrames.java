package org.whosaid.analysis.slavic;

import java.util.List;
import java.util.Set;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * The cue-verb rules of Russian and Ukrainian prose, for a sentence no quote or "по словам" frame took:
 * "X заявил, что …", "X в Telegram написал: …", "X опроверг информацию о …, заявив, что …" (two statements),
 * "X заявило про …", "В X эти сообщения опровергли" and the inverted "…, — сообщили в X".
 */
final class SlavicCueFrames {
    /** "заявило про …", "сообщил о …": the content is what the cue is about. */
    private static final Set<String> ABOUT = Set.of("о", "об", "обо", "про");
    /** "вчора, 20 листопада,": the most words a parenthesis of time between commas takes. */
    private static final int MAX_PARENTHESIS = 4;
    /** The starts of words of time a parenthesis before a cue is made of (days, months), beside numbers. */
    private static final List<String> TIME_WORDS = List.of("вчора", "сьогодні", "вчера", "сегодня", "накануне",
            "напередодні", "позавчера", "позавчора", "січн", "лют", "берез", "квіт", "травн", "червн", "липн", "серпн",
            "вересн", "жовтн", "листопад", "грудн", "январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр", "понедельник", "вторник", "среду", "среда", "четверг", "пятниц",
            "суббот", "воскресень", "понеділ", "вівтор", "середу", "середа", "четвер", "п'ятниц", "субот", "неділ");

    private final SlavicFrameText t;
    private final SlavicLexicon lexicon;
    private final SlavicSpeakers speakers;
    private final String text;

    SlavicCueFrames(SlavicFrameText t, SlavicLexicon lexicon, SlavicSpeakers speakers) {
        this.t = t;
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.text = t.text;
    }

    /**
     * "X заявил, что …", "X в Telegram написал: …", "X опроверг информацию о …, заявив, что …" (two statements),
     * "X заявило про …", "В X эти сообщения опровергли", "…, — сообщили в X".
     */
    void cueClause(SlavicSentences.Sentence s, List<SlavicTokens.Token> words, List<SlavicFrames.Frame> out) {
        SlavicSpeakers.Speaker carried = null; // the speaker of an object frame, for the participle cue after it
        for (int c = 0; c < words.size(); c++) {
            SlavicTokens.Token cue = words.get(c);
            if (!t.isCue(cue)) {
                continue;
            }
            List<SlavicTokens.Token> subject = t.subject(words, c, s.start());
            String before = text.substring(c == 0 ? s.start() : words.get(c - 1).end(), cue.start());
            if (carried == null && c > 2 && (before.contains(",") || before.contains("—"))) {
                if (before.contains(",") && directObjectAfterTime(words, c, s, out)) {
                    return;
                }
                // inverted: the content ends at the comma before the cue, the speaker follows it
                SlavicSpeakers.Speaker who = speakers.resolve(text, t.between(words, cue.end(), s.end()));
                if (who != null) {
                    int end = words.get(c - 1).end();
                    t.add(out, t.kindOf(s.start(), end), s.start(), t.trimEnd(s.start(), end), cue, who, "slavic-cue-inverted", 0.8);
                    return;
                }
                if (directObject(words, c, s, out)) {
                    return;
                }
                continue;
            }
            int content = contentStart(words, c, s.end());
            // two words after the cue are enough for an object ("опровергли эти сообщения")
            boolean objectCue = content < 0 && lexicon.objectCueStems.contains(cue.stem()) && words.size() - c > 2;
            boolean about = content < 0 && !objectCue && c + 2 < words.size()
                    && ABOUT.contains(words.get(c + 1).folded());
            if (content < 0 && !objectCue && !about) {
                if (aboutBefore(words, c, out) || objectBefore(words, c, subject, out) || directObject(words, c, s, out)) {
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
            t.add(out, t.kindOf(start, end), start, t.trimEnd(start, end), cue, who,
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
            if (t.isCue(words.get(k)) && text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "X у доповіді вчора заявив повне захоплення сіл A та B": an asserting cue whose content is its direct object
     * (no "что" clause), the speaker the subject before the cue, up to a circumstance ("у доповіді").
     */
    private boolean directObject(List<SlavicTokens.Token> words, int c, SlavicSentences.Sentence s,
                                 List<SlavicFrames.Frame> out) {
        if (!directObjectCue(words, c)) {
            return false;
        }
        List<SlavicTokens.Token> subject = t.subject(words, c, s.start());
        SlavicSpeakers.Speaker who = subject.isEmpty() ? null : speakers.resolve(text, beforeCircumstance(subject));
        return addDirectObject(words, c, s, who, out);
    }

    /**
     * "X у доповіді вчора, 20 листопада, заявив повне захоплення …": the cue follows a parenthesis of time between
     * commas, which closes no content (the inverted "…, заявил X" does); the speaker is the subject before it.
     */
    private boolean directObjectAfterTime(List<SlavicTokens.Token> words, int c, SlavicSentences.Sentence s,
                                          List<SlavicFrames.Frame> out) {
        int k = c - 1;
        while (k > 0 && !text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
            k--;
        }
        if (k == 0 || c - k > MAX_PARENTHESIS || !isTime(words.subList(k, c)) || !directObjectCue(words, c)) {
            return false;
        }
        List<SlavicTokens.Token> subject = new java.util.ArrayList<>(t.subject(words, k - 1, s.start()));
        subject.add(words.get(k - 1));
        SlavicSpeakers.Speaker who = speakers.resolve(text, beforeCircumstance(subject));
        return addDirectObject(words, c, s, who, out);
    }

    private static boolean isTime(List<SlavicTokens.Token> parenthesis) {
        return parenthesis.stream().allMatch(w -> w.folded().chars().allMatch(Character::isDigit)
                || TIME_WORDS.stream().anyMatch(w.folded()::startsWith));
    }

    /** An asserting cue with at least two words after it, the first a word, not a preposition ("заявил в интервью"). */
    private boolean directObjectCue(List<SlavicTokens.Token> words, int c) {
        return c >= 1 && words.size() - c >= 3 && words.get(c + 1).folded().length() >= 3
                && lexicon.cueStems.get(words.get(c).stem()) == Stance.ASSERTS;
    }

    /** The cue's direct object as {@code who}'s claim, when {@code who} is a person or a known source. */
    private boolean addDirectObject(List<SlavicTokens.Token> words, int c, SlavicSentences.Sentence s,
                                    SlavicSpeakers.Speaker who, List<SlavicFrames.Frame> out) {
        if (who == null || !identified(who)) {
            return false;
        }
        int start = words.get(c + 1).start();
        t.add(out, StatementKind.CLAIM, start, t.trimEnd(start, s.end()), words.get(c), who, "slavic-cue-direct-object", 0.6);
        return true;
    }

    /** A person or a gazetteer source, not a capitalised phrase taken as an organisation's name. */
    private static boolean identified(SlavicSpeakers.Speaker who) {
        return who.source().kind() == SourceKind.PERSON || !who.source().name().equals(who.source().mention());
    }

    /** The subject up to a circumstance after it ("X у доповіді міністру", "X на совещании"): the speaker is X. */
    private static List<SlavicTokens.Token> beforeCircumstance(List<SlavicTokens.Token> subject) {
        for (int k = 1; k < subject.size(); k++) {
            if (SlavicSpeakers.LOCATIVES.contains(subject.get(k).folded())) {
                return subject.subList(0, k);
            }
        }
        return subject;
    }

    /**
     * "О взятии села X вчера сообщили военкоры": the sentence opens with what the cue is about, the speaker follows
     * the cue (the word order of a topic put first).
     */
    private boolean aboutBefore(List<SlavicTokens.Token> words, int c, List<SlavicFrames.Frame> out) {
        if (c < 2 || !ABOUT.contains(words.get(0).folded()) || c + 1 >= words.size()) {
            return false;
        }
        SlavicSpeakers.Speaker who = speakers.resolve(text, words.subList(c + 1, words.size()));
        if (who == null) {
            return false;
        }
        int start = words.get(1).start();
        int end = words.get(c - 1).end();
        t.add(out, StatementKind.CLAIM, start, t.trimEnd(start, end), words.get(c), who, "slavic-about-before-cue", 0.65);
        return true;
    }

    /**
     * "В Минобороны Армении эти сообщения опровергли", "У Генштабі ЗСУ цю інформацію спростували": an object cue
     * closing the sentence, the object before it opened by a demonstrative, the speaker before that.
     */
    private boolean objectBefore(List<SlavicTokens.Token> words, int c, List<SlavicTokens.Token> subject,
                                 List<SlavicFrames.Frame> out) {
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
                t.add(out, StatementKind.CLAIM, start, end, words.get(c), who, "slavic-object-before-cue", 0.65);
                return true;
            }
        }
        return false;
    }

    /**
     * Where the content after cue {@code c} starts: after "что"/"що" (within six words) or after a colon; not
     * past another cue, whose "что" it is ("опроверг сообщения, заявив, что …").
     */
    private int contentStart(List<SlavicTokens.Token> words, int c, int sentenceEnd) {
        for (int k = c + 1; k < Math.min(words.size(), c + 8); k++) {
            if (k > c + 1 && t.isCue(words.get(k))) {
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
}
