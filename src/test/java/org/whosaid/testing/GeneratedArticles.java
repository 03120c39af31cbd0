package org.whosaid.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/**
 * Articles that say in their title how many statements they must have once stored ("gen-12 expects 5"), so a
 * test can check after a crash that each article is whole, and analyses whose rule names the round that made them.
 */
public final class GeneratedArticles {
    public static final int SENTENCES = 12;
    private static final Pattern TITLE = Pattern.compile("gen-(\\d+) expects (\\d+)");
    private static final List<String> SPEAKERS = List.of("Interior Ministry", "Mayor Ilsen", "Kalvar police",
            "A senior officer", "The electoral council");

    private GeneratedArticles() {
    }

    public static int expectedStatements(int index) {
        return 1 + index % 7;
    }

    public static ArticleContent content(String prefix, int index) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < SENTENCES; s++) {
            text.append(SPEAKERS.get((index + s) % SPEAKERS.size())).append(" said that report ").append(prefix)
                    .append('-').append(index).append('-').append(s)
                    .append(" was confirmed by several witnesses in the town after the storm.\n");
        }
        return new ArticleContent(prefix + " gen-" + index + " expects " + expectedStatements(index), null,
                "Generated Wire", null, "2025-03-01", "en", text.toString());
    }

    /** An analysis of a generated text with {@code count} claims, each made by rule {@code rule}. */
    public static Analysis analysis(String text, int count, String rule) {
        List<Attribution> found = new ArrayList<>();
        int lineStart = 0;
        for (int s = 0; s < count; s++) {
            int lineEnd = text.indexOf('\n', lineStart);
            int cue = text.indexOf(" said", lineStart) + 1;
            String speaker = text.substring(lineStart, cue - 1);
            found.add(new Attribution(StatementKind.CLAIM, Span.of(text, cue + 10, lineEnd - 1),
                    Span.of(text, cue, cue + 4),
                    new SourceMention(speaker, speaker, SourceKind.ORGANISATION, "Other", List.of()),
                    s % 3 == 0 ? Stance.DENIES : Stance.ASSERTS, "storm-reports", List.of(), rule, 0.75));
            lineStart = lineEnd + 1;
        }
        return new Analysis(found, List.of(new TopicDef("storm-reports", "Was the report confirmed?")));
    }

    /** The statement count a generated article's title promises, or -1 when the title is not one of ours. */
    public static int promisedBy(String title) {
        Matcher m = TITLE.matcher(title);
        return m.find() ? Integer.parseInt(m.group(2)) : -1;
    }
}
