package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceMention;
import org.whosaid.model.StatementKind;

/**
 * Finds factual sentences that nobody is credited with ("A drone strike on Sumy killed at least nine people"),
 * and what is left of a sentence around a statement when a new clause opens it (", while peace talks have been
 * ..."). Questions, fragments, settings ("In a post on Telegram") and asides ("speaking on condition of
 * anonymity") are left out. Of what is left, only the check-worthy candidates stay ({@link CheckWorthiness}), each with
 * its score as confidence.
 */
final class UnattributedClaimFinder {

    /** A claim nobody is credited with: offsets into the text, its sentence, and whether it is the whole sentence. */
    record Found(int sentence, int start, int end, boolean wholeSentence) {
    }

    /** The stretch [start, end) of one sentence that statements already take. */
    record Covered(int start, int end) {
    }

    /** The rules that make the candidates this class scores; other unattributed statements (an unresolved speaker) stay. */
    private static final Set<String> CANDIDATE_RULES = Set.of("unattributed-sentence", "unattributed-clause");
    /** Words of a source's name that also run through ordinary sentences ("WHO", "the Office for ..."). */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "who", "and", "for", "its", "his", "her", "from", "with", "our");
    private static final Pattern NAME_WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final int MIN_WORDS = 5;
    private static final int MAX_CHARS = 2_000;
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "with", "to", "from", "after",
            "before", "by", "over");
    /** What is left after a statement is a claim of its own only when a new clause opens it. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            "[\\s\"”»]*(?:[;—–]|,\\s*(?:while|whereas|but|and|however|although|though|as)\\b)");
    private static final Pattern LEADING_JUNK = Pattern.compile("[\\s,;:—–.\"”“]*(?:(?:however|while|but|and|whereas),?\\s+)?");

    private final CheckWorthiness checkWorthiness;
    private final Lexicons lexicons;

    UnattributedClaimFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.checkWorthiness = new CheckWorthiness(lexicons);
    }

    /**
     * {@code analysis} of {@code text} with only the check-worthy unattributed candidates, each carrying its score as
     * confidence; attributed statements and topics are untouched. It runs on the whole analysis because narration of
     * what a credited source did is told apart by who is credited anywhere in the article, and a column's sentences by
     * the voice of the whole piece ({@link WriterVoice}).
     */
    Analysis keepCheckWorthy(String text, Analysis analysis) {
        Set<String> credited = creditedWords(analysis);
        List<Attribution> all = analysis.attributions();
        double[] scores = new double[all.size()];
        int attributed = 0;
        int prose = 0;
        int opinion = 0;
        for (int i = 0; i < all.size(); i++) {
            Attribution a = all.get(i);
            attributed += a.kind() == StatementKind.UNATTRIBUTED ? 0 : 1;
            if (isCandidate(a)) {
                boolean whole = a.rule().equals("unattributed-sentence");
                scores[i] = checkWorthiness.score(text, a.content().start(), a.content().end(), whole, credited);
                if (whole && scores[i] > CheckWorthiness.NOT_PROSE) {
                    prose++;
                    opinion += scores[i] < CheckWorthiness.THRESHOLD ? 1 : 0;
                }
            }
        }
        double penalty = WriterVoice.penalty(attributed, prose, opinion);
        List<Attribution> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Attribution a = all.get(i);
            if (!isCandidate(a)) {
                kept.add(a);
                continue;
            }
            double score = WriterVoice.lowered(scores[i], penalty);
            if (score >= CheckWorthiness.THRESHOLD) {
                kept.add(new Attribution(a.kind(), a.content(), a.cue(), a.source(), a.stance(), a.topic(), a.flags(),
                        a.rule(), Math.round(score * 100) / 100.0));
            }
        }
        return new Analysis(kept, analysis.topics());
    }

    private static boolean isCandidate(Attribution a) {
        return a.kind() == StatementKind.UNATTRIBUTED && CANDIDATE_RULES.contains(a.rule());
    }

    /** The lower-cased name words of every credited source ("obama", "researchers"), titles and roles left out. */
    private Set<String> creditedWords(Analysis analysis) {
        Set<String> phrases = new HashSet<>();
        for (Attribution a : analysis.attributions()) {
            SourceMention s = a.source();
            if (s != null) {
                phrases.add(s.name());
                phrases.add(s.mention());
            }
        }
        phrases.remove(null);
        Set<String> out = new HashSet<>();
        // Each distinct name once: an article credits the same few sources again and again.
        for (String phrase : phrases) {
            for (String w : NAME_WORD_BREAK.split(phrase.toLowerCase(Locale.ROOT))) {
                if (w.length() >= 3 && !lexicons.titles.contains(w) && !lexicons.roles.contains(w)
                        && !lexicons.notNameWords.contains(w) && !FUNCTION_WORDS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The unattributed claims of {@code text}; {@code covered[i]} is what statements take of sentence i (null: nothing).
     * A quote filling most of a sentence counts as covered too.
     */
    List<Found> find(String text, List<Sentence> sentences, List<Quote> quotes, Covered[] covered) {
        List<Found> out = new ArrayList<>();
        int qi = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int covStart = covered[s] == null ? Integer.MAX_VALUE : covered[s].start();
            int covEnd = covered[s] == null ? -1 : covered[s].end();
            while (qi < quotes.size() && quotes.get(qi).end() <= sentence.start()) {
                qi++;
            }
            for (int k = qi; k < quotes.size() && quotes.get(k).start() < sentence.end(); k++) {
                Quote q = quotes.get(k);
                if (q.end() - q.start() > (sentence.end() - sentence.start()) / 2) {
                    covStart = Math.min(covStart, sentence.start());
                    covEnd = Math.max(covEnd, sentence.end());
                }
            }
            if (covEnd < 0) {
                add(out, text, s, sentence.start(), sentence.end(), true);
                continue;
            }
            int leadEnd = Math.min(covStart, sentence.end());
            if (!startsWithParticiple(text, sentence.start(), leadEnd) && !isShortAdverbial(text, sentence.start(), leadEnd)) {
                add(out, text, s, sentence.start(), leadEnd, false);
            }
            int tailStart = Math.max(covEnd, sentence.start());
            if (tailStart < sentence.end() && CLAUSE_OPENER.matcher(text).region(tailStart, sentence.end()).lookingAt()) {
                add(out, text, s, tailStart, sentence.end(), false);
            }
        }
        return out;
    }

    private static void add(List<Found> out, String text, int s, int start, int end, boolean wholeSentence) {
        if (end - start < 20 || end - start > MAX_CHARS) {
            return;
        }
        Matcher m = LEADING_JUNK.matcher(text).region(start, end);
        if (m.lookingAt()) {
            start = m.end();
        }
        end = trimTrailingConnector(text, start, end);
        if (start >= end || wordCount(text, start, end) < MIN_WORDS || text.charAt(end - 1) == '?'
                || !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '(') {
            return;
        }
        if (Character.isLowerCase(text.charAt(start)) && firstWord(text, start, end).endsWith("ing")) {
            return; // an aside such as "speaking on condition of anonymity"
        }
        out.add(new Found(s, start, end, wholeSentence));
    }

    /** "In a post on Telegram, ..." before a statement: a setting, not a claim. */
    private static boolean isShortAdverbial(String text, int start, int end) {
        return PREPOSITIONS.contains(firstWord(text, start, end)) && wordCount(text, start, end) < 10;
    }

    private static boolean startsWithParticiple(String text, int start, int end) {
        String word = firstWord(text, start, end);
        return word.endsWith("ing") || word.equals("asked") || word.equals("questioned") || word.equals("pressed");
    }

    private static String firstWord(String text, int start, int end) {
        int e = start;
        while (e < end && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(start, e).toLowerCase(Locale.ROOT);
    }

    /** Drops trailing punctuation and a dangling ", however" / ", while" / ", and" / ", which" (a report's clause). */
    private static int trimTrailingConnector(String text, int start, int end) {
        end = trimPunctuationEnd(text, start, end);
        for (String connector : List.of("however", "while", "but", "and", "which", "who", "whom")) {
            int at = end - connector.length();
            if (at > start && text.regionMatches(true, at, connector, 0, connector.length())
                    && !Character.isLetter(text.charAt(at - 1))) {
                int e = trimPunctuationEnd(text, start, at);
                if (e < at) {
                    return e;
                }
            }
        }
        return end;
    }

    private static int trimPunctuationEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:—–".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** How many words (runs of letters and digits) lie in {@code text} between {@code from} and {@code to}. */
    static int wordCount(String text, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
