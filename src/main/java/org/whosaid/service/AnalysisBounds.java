package org.whosaid.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;

/**
 * Bounds the analysis of one article: the text analysed and the statements kept. A 19 MB one-line text once took
 * 92 s and 3.2 GB for 127,398 statements; past these bounds an article is stored whole but analysed in part, and
 * the import says so.
 */
final class AnalysisBounds {
    /** About 80,000 words: ten times a long report, far past any news article. */
    static final int MAX_CHARACTERS = 500_000;
    /** More than any reader can check in one article. */
    static final int MAX_STATEMENTS = 5_000;
    /** How far back from the bound a sentence or paragraph end is looked for. */
    private static final int BOUNDARY_WINDOW = 1_000;

    private AnalysisBounds() {
    }

    /** An analysis and, when a bound cut it short, a note for the user saying what was left out (else null). */
    record Bounded(Analysis analysis, String notice) {
    }

    /** The bounded analysis of {@code text} by {@code analyzer} (text, and the dateline cut from it or null). */
    static Bounded analyse(BiFunction<String, String, Analysis> analyzer, String text, String dateline) {
        String analysed = text.length() <= MAX_CHARACTERS ? text : text.substring(0, cut(text));
        Analysis analysis = analyzer.apply(analysed, dateline);
        boolean tooManyStatements = analysis.attributions().size() > MAX_STATEMENTS;
        if (tooManyStatements) {
            List<Attribution> first = analysis.attributions().stream()
                    .sorted(Comparator.comparingInt((Attribution a) -> a.content().start()))
                    .limit(MAX_STATEMENTS).toList();
            analysis = new Analysis(first, analysis.topics());
        }
        if (analysed.length() == text.length() && !tooManyStatements) {
            return new Bounded(analysis, null);
        }
        StringBuilder notice = new StringBuilder("too long to analyse whole: ");
        if (analysed.length() < text.length()) {
            notice.append(String.format(Locale.ROOT, "only the first %,d of %,d characters were analysed",
                    analysed.length(), text.length()));
            if (tooManyStatements) {
                notice.append(", and ");
            }
        }
        if (tooManyStatements) {
            notice.append(String.format(Locale.ROOT, "only the first %,d statements are kept", MAX_STATEMENTS));
        }
        return new Bounded(analysis, notice.toString());
    }

    /** Where to cut: after the last paragraph or sentence end shortly before the bound, else at the bound. */
    private static int cut(String text) {
        int from = MAX_CHARACTERS - BOUNDARY_WINDOW;
        int paragraph = text.lastIndexOf('\n', MAX_CHARACTERS - 1);
        if (paragraph >= from) {
            return paragraph + 1;
        }
        for (int i = MAX_CHARACTERS - 1; i > from; i--) {
            char c = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (c == '.' || c == '!' || c == '?' || c == '\u2026')) {
                return i + 1;
            }
        }
        int end = MAX_CHARACTERS;
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
}
