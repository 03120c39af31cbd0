package org.whosaid.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/**
 * Hand-built analyses for tests that need statements while the real engine lives elsewhere: every “…” or "…"
 * quote becomes a quote credited to the nearest capitalised word after it, and every "said"/"denied" a claim
 * with the rest of its sentence. Crude on purpose; it only has to look like an engine's output to the store.
 */
public final class SyntheticAnalysis {
    private static final Pattern QUOTE = Pattern.compile("[\u201c\"]([^\u201d\"\n]{8,}?)[\u201d\"]");
    private static final Pattern CUE = Pattern.compile("\\b(said|denied|told reporters)\\b");
    private static final Pattern SPEAKER = Pattern.compile("\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)");
    private static final List<String> PARTIES = List.of("Russia", "Ukraine", "United States", "Analysts", "Other");

    private SyntheticAnalysis() {
    }

    public static Analysis of(String text) {
        List<Attribution> found = new ArrayList<>();
        Matcher quote = QUOTE.matcher(text);
        while (quote.find()) {
            Matcher speaker = SPEAKER.matcher(text);
            String name = speaker.find(quote.end()) ? speaker.group(1) : "Unnamed";
            found.add(new Attribution(StatementKind.QUOTE, Span.of(text, quote.start(1), quote.end(1)), null,
                    source(name), Stance.ASSERTS, "bench-topic", List.of(), "synthetic-quote", 0.8));
        }
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            int end = text.indexOf('.', cue.end());
            if (end < 0 || end - cue.end() < 3) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', cue.start()) + 1;
            Matcher speaker = SPEAKER.matcher(text).region(lineStart, cue.start());
            String name = speaker.find() ? speaker.group(1) : null;
            boolean denies = cue.group(1).equals("denied");
            found.add(new Attribution(name == null ? StatementKind.UNATTRIBUTED : StatementKind.CLAIM,
                    Span.of(text, cue.end() + 1, end), name == null ? null : Span.of(text, cue.start(), cue.end()),
                    name == null ? null : source(name), denies ? Stance.DENIES : Stance.ASSERTS, null,
                    name == null ? List.of() : List.of("vague-source"), "synthetic-cue", 0.6));
        }
        return new Analysis(found, List.of(new TopicDef("bench-topic", "Who said it?")));
    }

    private static SourceMention source(String name) {
        return new SourceMention(name, "the " + name, SourceKind.PERSON,
                PARTIES.get(Math.floorMod(name.hashCode(), PARTIES.size())), List.of());
    }
}
