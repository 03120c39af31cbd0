package org.whosaid.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

class EvalScorerTest {

    private static GoldAnnotation.Item item(String id, String type, String mention, String source, String content, String stance) {
        return new GoldAnnotation.Item(id, type, mention, source, "Russia", "said", content, stance, null, null);
    }

    private static Attribution predicted(StatementKind kind, String content, String name, String mention, Stance stance) {
        SourceMention source = name == null ? null : new SourceMention(name, mention, SourceKind.ORGANISATION, "Russia", List.of());
        return new Attribution(kind, new Span(0, content.length(), content), null, source, stance, null, List.of(), "test", 0.5);
    }

    private static GoldAnnotation gold(List<GoldAnnotation.Item> items, List<GoldAnnotation.Item> optional, List<String> unattributed) {
        return new GoldAnnotation("a.txt", null, null, items, optional, unattributed, null, null);
    }

    @Test
    void contentMatchNeedsHalfOfEachSide() {
        assertThat(EvalScorer.contentMatches("its forces had taken control of Toretsk",
                "its forces had taken control of Toretsk after months of fighting")).isTrue();
        assertThat(EvalScorer.contentMatches("the city had been reduced to ruins",
                "the city had been reduced to ruins, and posted on X a picture of destroyed buildings and more")).isFalse();
        assertThat(EvalScorer.contentMatches("anything", "")).isFalse();
    }

    @Test
    void speakerMatchUsesFiveLetterStemsOfNameMentionOrAlias() {
        GoldAnnotation.Item g = item("A1", "indirect", "the Russian Defense Ministry", "Russian Defence Ministry", "x", "asserts");
        assertThat(EvalScorer.speakerMatches(g, new SourceMention("Russia's Defense Ministry", "m", SourceKind.ORGANISATION, "Russia", List.of()))).isTrue();
        assertThat(EvalScorer.speakerMatches(g, new SourceMention("Kyiv", "Kyiv", SourceKind.ORGANISATION, "Ukraine", List.of()))).isFalse();
        GoldAnnotation.Item a1 = item("A1", "indirect", "Russia", "Russian Defence Ministry", "x", "asserts");
        assertThat(EvalScorer.speakerMatches(a1, new SourceMention("Russia", "Russia", SourceKind.ORGANISATION, "Russia", List.of()))).isTrue();
        assertThat(EvalScorer.speakerMatches(a1, null)).isFalse();
    }

    @Test
    void scoresRecallPrecisionKindDenialsAndUnattributed() {
        GoldAnnotation g = gold(List.of(
                        item("A1", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts"),
                        item("A2", "direct", "Kyiv", "Kyiv", "we still hold the city", "denies")),
                List.of(item("O1", "indirect", "journalists", "journalists", "rubble over the city", "asserts")),
                List.of("A drone strike killed nine people."));
        List<Attribution> predicted = List.of(
                predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Russia", "Russia", Stance.ASSERTS),
                predicted(StatementKind.CLAIM, "we still hold the city", "Moscow", "Moscow", Stance.ASSERTS),
                predicted(StatementKind.CLAIM, "rubble over the city", "journalists", "journalists", Stance.ASSERTS),
                predicted(StatementKind.UNATTRIBUTED, "A drone strike killed nine people.", null, null, Stance.ASSERTS));
        EvalReport report = EvalScorer.score(g, "", predicted);
        assertThat(report.contentFound()).isEqualTo(2);
        assertThat(report.speakerCorrect()).isEqualTo(1);
        assertThat(report.predictedAttributed()).isEqualTo(2); // the optional match counts neither way
        assertThat(report.predictedCorrect()).isEqualTo(1);
        assertThat(report.kindCorrect()).isEqualTo(1);
        assertThat(report.denialsMarked()).isZero();
        assertThat(report.unattributedFound()).isEqualTo(1);
        assertThat(report.f1()).isEqualTo(0.5);
        String text = report.format(true);
        assertThat(text).contains("A2 wrong speaker").contains("+ claim [test] Moscow");
        assertThat(text.lines().reduce((a, b) -> b)).contains("attribution F1 = 0.500");
    }

    @Test
    void readsTheSampleGoldFile() throws Exception {
        GoldAnnotation gold = GoldAnnotation.read(Path.of(EvalScorerTest.class.getResource("/gold/toretsk.gold.json").toURI()));
        assertThat(gold.article()).isEqualTo("toretsk.txt");
        assertThat(gold.attributions()).hasSize(18);
        assertThat(gold.optional()).hasSize(1);
        assertThat(gold.unattributedClaims()).hasSize(7);
        assertThat(gold.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("toretsk-control");
            assertThat(c.denies()).containsExactly("A5", "A11");
        });
        assertThat(gold.attributions().get(4).denies()).isTrue();
        assertThat(gold.attributions().get(2).direct()).isTrue();
    }
}
