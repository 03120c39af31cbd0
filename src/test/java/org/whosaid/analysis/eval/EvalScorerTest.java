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

    private static final String TEXT = "Russia said its forces had taken control of Toretsk. Kyiv said: we still hold the city.";

    private static GoldAnnotation.Item item(String id, String type, String mention, String source, String content, String stance) {
        return new GoldAnnotation.Item(id, type, mention, source, null, "Russia", "said", content, stance, null, null);
    }

    private static SourceMention source(String name, String mention) {
        return new SourceMention(name, mention, SourceKind.ORGANISATION, "Russia", List.of());
    }

    private static Attribution predicted(StatementKind kind, String content, String name, String mention, Stance stance) {
        SourceMention source = name == null ? null : source(name, mention);
        return new Attribution(kind, new Span(0, content.length(), content), null, source, stance, null, List.of(), "test", 0.5);
    }

    private static GoldAnnotation gold(List<GoldAnnotation.Item> items, List<GoldAnnotation.Item> optional, List<String> unattributed) {
        return gold(items, optional, unattributed, null);
    }

    private static GoldAnnotation gold(List<GoldAnnotation.Item> items, List<GoldAnnotation.Item> optional,
                                       List<String> unattributed, List<String> unattributedOptional) {
        return new GoldAnnotation("a.txt", null, null, null, items, optional, unattributed, unattributedOptional, null,
                null, null);
    }

    private static EvalReport score(GoldAnnotation g, Attribution... predicted) {
        return EvalScorer.score(g, List.of(new PredictedArticle(TEXT, List.of(predicted))));
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
        assertThat(EvalScorer.speakerMatches(g, source("Russia's Defense Ministry", "m"))).isTrue();
        assertThat(EvalScorer.speakerMatches(g, source("Kyiv", "Kyiv"))).isFalse();
        GoldAnnotation.Item a1 = item("A1", "indirect", "Russia", "Russian Defence Ministry", "x", "asserts");
        assertThat(EvalScorer.speakerMatches(a1, source("Russia", "Russia"))).isTrue();
        assertThat(EvalScorer.speakerMatches(a1, null)).isFalse();
    }

    @Test
    void aPronounCreditsOnlyTheSpeakerItResolvedTo() {
        GoldAnnotation.Item g = item("A1", "indirect", "she", "Edda Lindqvist", "x", "asserts");
        assertThat(EvalScorer.speakerMatches(g, source("she", "she"))).as("an unresolved pronoun names nobody").isFalse();
        assertThat(EvalScorer.speakerMatches(g, source("Jonas Berg", "she"))).as("resolved to someone else").isFalse();
        assertThat(EvalScorer.speakerMatches(g, source("Edda Lindqvist", "she"))).isTrue();
    }

    @Test
    void functionWordsAreNoNameWords() {
        GoldAnnotation.Item g = item("A1", "indirect", "the mayor of Odesa", "the mayor of Odesa", "x", "asserts");
        assertThat(EvalScorer.speakerMatches(g, source("the Governor of Kherson", "the Governor of Kherson"))).isFalse();
        assertThat(EvalScorer.speakerMatches(g, source("Odesa mayor Hennadiy Trukhanov", "the mayor"))).isTrue();
    }

    @Test
    void aNativeSourceAndAnyspeakerFlagAreHonoured() {
        GoldAnnotation.Item ru = new GoldAnnotation.Item("R1", "indirect", "(the ministry)", "Russian Defence Ministry",
                "Министерство обороны России", "", "заявили", "x", "asserts", null, null);
        assertThat(EvalScorer.speakerMatches(ru, source("Министерства обороны", "в Минобороны"))).isTrue();
        GoldAnnotation.Item any = new GoldAnnotation.Item("P1", "indirect", "he", "(pronoun)", null, "", "believes", "x",
                "asserts", null, List.of(GoldAnnotation.Item.ANY_SPEAKER));
        assertThat(EvalScorer.speakerMatches(any, source("Jonas Berg", "he"))).isTrue();
        assertThat(EvalScorer.speakerMatches(any, null)).isFalse();
    }

    @Test
    void eachPredictionIsMatchedOnceAndTheFirstContentMatchCounts() {
        GoldAnnotation g = gold(List.of(
                        item("A1", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts"),
                        item("A2", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts")),
                List.of(), List.of());
        EvalReport one = score(g, predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Russia", "Russia", Stance.ASSERTS));
        assertThat(one.contentFound()).isEqualTo(1);
        assertThat(one.speakerCorrect()).isEqualTo(1);
        GoldAnnotation first = gold(List.of(item("A1", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts")),
                List.of(), List.of());
        EvalReport wrongFirst = score(first,
                predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Kyiv", "Kyiv", Stance.ASSERTS),
                predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Russia", "Russia", Stance.ASSERTS));
        assertThat(wrongFirst.speakerCorrect()).as("the scorer takes the first content match, not the best").isZero();
        assertThat(wrongFirst.predictedCorrect()).as("precision is not one to one").isEqualTo(1);
    }

    @Test
    void scoresRecallPrecisionPartyKindDisputesAndUnattributed() {
        GoldAnnotation g = gold(List.of(
                        item("A1", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts"),
                        item("A2", "direct", "Kyiv", "Kyiv", "we still hold the city", "denies")),
                List.of(item("O1", "indirect", "journalists", "journalists", "rubble over the city", "asserts")),
                List.of("A drone strike killed nine people."));
        EvalReport report = score(g,
                predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Russia", "Russia", Stance.ASSERTS),
                predicted(StatementKind.CLAIM, "we still hold the city", "Moscow", "Moscow", Stance.DENIES),
                predicted(StatementKind.CLAIM, "rubble over the city", "residents", "residents", Stance.ASSERTS),
                predicted(StatementKind.UNATTRIBUTED, "A drone strike killed nine people.", null, null, Stance.ASSERTS),
                predicted(StatementKind.UNATTRIBUTED, "The town lies in ruins.", null, null, Stance.ASSERTS));
        assertThat(report.contentFound()).isEqualTo(2);
        assertThat(report.speakerCorrect()).isEqualTo(1);
        assertThat(report.partyCorrect()).isEqualTo(1);
        assertThat(report.partyAccuracy()).isEqualTo(1.0);
        assertThat(report.predictedAttributed()).as("an optional item with the wrong speaker counts against").isEqualTo(3);
        assertThat(report.predictedCorrect()).isEqualTo(1);
        assertThat(report.kindCorrect()).isEqualTo(1);
        assertThat(report.goldDisputes()).isEqualTo(1);
        assertThat(report.disputesMarked()).isEqualTo(1);
        assertThat(report.unattributedFound()).isEqualTo(1);
        assertThat(report.predictedUnattributed()).isEqualTo(2);
        assertThat(report.unattributedCorrect()).isEqualTo(1);
        assertThat(report.f1()).isEqualTo(0.4, org.assertj.core.api.Assertions.within(1e-9));
        String text = report.format(true);
        assertThat(text).contains("A2 wrong speaker").contains("+ claim [test] Moscow")
                .containsPattern("unattributed claims precision +1/2 = 0.500");
        assertThat(text.lines().reduce((a, b) -> b)).contains("attribution F1 = 0.400");
    }

    @Test
    void aBorderlineUnattributedClaimCountsNeitherForNorAgainst() {
        GoldAnnotation g = gold(List.of(), List.of(), List.of("A drone strike killed nine people."),
                List.of("Reuters could not verify the report."));
        String text = "A drone strike killed nine people. Reuters could not verify the report. The town lies in ruins.";
        EvalReport report = EvalScorer.score(g, List.of(new PredictedArticle(text, List.of(
                predicted(StatementKind.UNATTRIBUTED, "A drone strike killed nine people.", null, null, Stance.ASSERTS),
                predicted(StatementKind.UNATTRIBUTED, "Reuters could not verify the report.", null, null, Stance.ASSERTS),
                predicted(StatementKind.UNATTRIBUTED, "The town lies in ruins.", null, null, Stance.ASSERTS)))));
        assertThat(report.predictedUnattributed()).as("the optional one is not counted").isEqualTo(2);
        assertThat(report.unattributedCorrect()).isEqualTo(1);
        assertThat(report.format(false)).containsPattern("unattributed claims precision +1/2 = 0.500");
    }

    @Test
    void anEmptyListOfUnattributedClaimsIsAnnotatedButAMissingOneIsNot() {
        Attribution claim = predicted(StatementKind.UNATTRIBUTED, "we still hold the city.", null, null, Stance.ASSERTS);
        List<GoldAnnotation.Item> items = List.of(item("A1", "indirect", "Russia", "Russia", "its forces had taken control of Toretsk", "asserts"));
        EvalReport none = score(gold(items, List.of(), List.of()), claim);
        assertThat(none.predictedUnattributed()).as("the article has no unattributed claim, so this one is wrong").isEqualTo(1);
        assertThat(none.unattributedCorrect()).isZero();
        assertThat(none.format(false)).containsPattern("unattributed claims precision +0/1 = 0.000");
        EvalReport unannotated = score(gold(items, List.of(), null), claim);
        assertThat(unannotated.predictedUnattributed()).isZero();
        assertThat(unannotated.format(false)).contains("not annotated");
    }

    @Test
    void anArticleWithoutAnyGoldContentScoresNoPrediction() {
        GoldAnnotation g = gold(List.of(item("A1", "indirect", "Russia", "Russia", "a sentence from another article", "asserts")),
                List.of(), List.of());
        EvalReport report = score(g, predicted(StatementKind.CLAIM, "its forces had taken control of Toretsk", "Russia", "Russia", Stance.ASSERTS));
        assertThat(report.predictedAttributed()).isZero();
        assertThat(report.f1()).isZero();
    }

    @Test
    void readsTheSampleGoldFile() throws Exception {
        GoldAnnotation gold = GoldAnnotation.read(Path.of(EvalScorerTest.class.getResource("/gold/toretsk.gold.json").toURI()));
        assertThat(gold.article()).isEqualTo("toretsk.txt");
        assertThat(gold.articles()).containsExactly(gold);
        assertThat(gold.attributions()).hasSize(18);
        assertThat(gold.optional()).hasSize(1);
        assertThat(gold.unattributedClaims()).hasSize(7);
        assertThat(gold.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.topic()).isEqualTo("toretsk-control");
            assertThat(c.denies()).containsExactly("A5", "A11");
        });
        assertThat(gold.attributions().get(4).disputes()).isTrue();
        assertThat(gold.attributions().get(2).direct()).isTrue();
    }
}
