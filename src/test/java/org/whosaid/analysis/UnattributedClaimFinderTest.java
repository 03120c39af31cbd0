package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

class UnattributedClaimFinderTest {

    private static List<String> unattributed(String text) {
        return ENGINE.analyze(text).attributions().stream().filter(a -> a.kind() == StatementKind.UNATTRIBUTED)
                .map(a -> a.content().text()).toList();
    }

    @Test
    void casualtyFiguresAndEventsWithoutSource() {
        assertThat(unattributed("A drone strike on the city of Sumy late last month killed at least nine people in a residential building."))
                .containsExactly("A drone strike on the city of Sumy late last month killed at least nine people in a residential building.");
        assertThat(ENGINE.analyze("More than 6,000 buildings collapsed across the region.").attributions())
                .singleElement().satisfies(a -> {
                    assertThat(a.source()).isNull();
                    assertThat(a.cue()).isNull();
                    assertThat(a.rule()).isEqualTo("unattributed-sentence");
                });
    }

    @Test
    void theClauseLeftBesideAStatement() {
        assertThat(unattributed("Meanwhile, US President Donald Trump announced that he will meet Zelensky next week, "
                + "while potential peace talks have been the subject of heated debate since his return to the White House."))
                .containsExactly("potential peace talks have been the subject of heated debate since his return to the White House.");
        assertThat(unattributed("On the ground, Russia has been seeking for months to control the city of Toretsk, however, Kyiv denied full Russian control over the city."))
                .containsExactly("On the ground, Russia has been seeking for months to control the city of Toretsk");
    }

    @Test
    void questionsFragmentsSettingsAndAsidesAreLeftOut() {
        assertThat(unattributed("Will the ceasefire hold?")).isEmpty();
        assertThat(unattributed("Officials said.")).isEmpty();
        assertThat(unattributed("In a post on Telegram, Kyiv Mayor Vitali Klitschko said two people were wounded.")).isEmpty();
        assertThat(unattributed("\"We are ready,\" the official said, speaking on condition of anonymity.")).isEmpty();
        assertThat(unattributed("“This was once someone’s home… Now it’s just a ruin”.")).isEmpty();
    }

    @Test
    void attributedSentencesAreNotRepeatedAsUnattributed() {
        List<Attribution> all = ENGINE.analyze("Floods have killed at least 1,100 people, the disaster agency said on Monday.").attributions();
        assertThat(all).extracting(Attribution::kind).containsExactly(StatementKind.CLAIM);
    }

    @Test
    void onlyCheckWorthyCandidatesStayEachWithItsScoreAsConfidence() {
        String text = "A rocket attack on the town of Veldra killed at least 14 people on Tuesday.\n"
                + "It is hard to overestimate how complex a recovery like this is.\n"
                + "Storm batters the northern coast\n"
                + "The governor said the bridge would reopen in May.";
        List<Attribution> found = ENGINE.analyze(text).attributions().stream()
                .filter(a -> a.kind() == StatementKind.UNATTRIBUTED).toList();
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.content().text()).startsWith("A rocket attack");
            double score = new CheckWorthiness(Lexicons.load(null)).score(text, a.content().start(), a.content().end(), true, java.util.Set.of());
            assertThat(a.confidence()).isCloseTo(score, org.assertj.core.data.Offset.offset(0.006));
        });
    }

    /**
     * The same factual-looking sentence passes in a news report and not in a column whose other sentences are the
     * writer's analysis: the voice of the piece ({@link WriterVoice}) raises the bar for every candidate.
     */
    @Test
    void aColumnsFactualLookingSentencesAreArgumentWhileAReportsStayClaims() {
        String borderline = "In the second step, Halden will sell the stock in the port company to Norrvik.";
        String column = String.join("\n", "First, let's say what the Halden sale is not.",
                "It is not a sale of the whole company.", borderline,
                "It is hard to overestimate how complex a sale like this is.",
                "My favourite part is the name the lawyers chose.", "Tax issues always loom large.",
                "And that certainly applies here.", "So anyone who thinks this is a bad price is out of luck.",
                "It is simply the most expedient way to get rid of the assets.",
                "Whether this is the wisest way is unclear to me.", "All in all, this was as hairy a deal as they come.",
                "Perhaps the buyers will come to regret it one day.",
                "You would think the lawyers had learned something by now.",
                "That is a ridiculous way to treat the people who own the company.");
        String report = String.join("\n", "A rocket attack on the town of Veldra killed at least 14 people on Tuesday.",
                borderline, "Floodwaters destroyed more than 300 homes in the Narva valley overnight.",
                "In 2011, voters in Ostrava elected a council led by the Green Party.",
                "The US imposed sanctions on 12 Veldran banks in 2019.",
                "Prices rose 4% in March, the biggest monthly increase since 2019.",
                "Gunmen killed 19 people at the national museum in Veldra on Wednesday.",
                "The bridge over the Narva river collapsed in 1998, killing 30 people.",
                "Rebels seized the airport in Marlow on Sunday.",
                "The port handled 4 million containers last year.");
        assertThat(unattributed(report)).anyMatch(s -> s.startsWith("In the second step"));
        assertThat(unattributed(column)).noneMatch(s -> s.startsWith("In the second step"));
        assertThat(unattributed(column)).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void narrationOfACreditedSpeakerIsNotAnUnattributedClaim() {
        assertThat(unattributed("Mayor Ana Ruiz said the water plant had been flooded. "
                + "Ruiz later addressed residents at the town hall in Veldra on Friday.")).isEmpty();
    }
}
