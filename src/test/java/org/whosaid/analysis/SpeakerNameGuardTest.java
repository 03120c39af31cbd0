package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

/** Spans that are no speaker's name never become one: a time phrase in front, an organisation's last word, a bare noun. */
class SpeakerNameGuardTest {

    private static SourceMention sourceOf(String text, String contentPart) {
        Attribution found = Engines.ENGINE.analyze(text).attributions().stream()
                .filter(a -> a.content().text().contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + contentPart));
        assertThat(found.source()).as("a source for " + contentPart).isNotNull();
        return found.source();
    }

    @Test
    void aTimePhraseBeforeTheSpeakerIsNoPartOfTheName() {
        SourceMention rebels = sourceOf("Troops patrolled the port on Monday, a day after the rebels said they had "
                + "seized the airport.", "seized the airport");
        assertThat(rebels.name()).isEqualToIgnoringCase("rebels");
        assertThat(rebels.mention()).isEqualToIgnoringCase("the rebels");
        SourceMention minister = sourceOf("The bridge reopened on Friday, two weeks after Minister Ana Vidal said "
                + "it was unsafe.", "it was unsafe");
        assertThat(minister.name()).isEqualTo("Ana Vidal");
        assertThat(SpeakerNames.clean("shortly after the council", Lexicons.load(null))).isEqualTo("the council");
        assertThat(SpeakerNames.clean("The day after", Lexicons.load(null))).as("nothing follows").isEqualTo("The day after");
        assertThat(SpeakerNames.clean("the families after", Lexicons.load(null))).as("no time noun")
                .isEqualTo("the families after");
    }

    @Test
    void aSpokesmanForAGroupEndingInAnOrganisationWordIsNotAPersonNamedAfterThatWord() {
        SourceMention s = sourceOf("A spokesman for the Northern Defence Force said 12 villagers had died.",
                "villagers had died");
        assertThat(s.name()).isNotEqualTo("Force").isNotEqualTo("Defence Force").contains("Northern Defence Force");
        assertThat(s.kind()).isEqualTo(SourceKind.PERSON);
    }

    @Test
    void theRegimeIsAStateOrganNotAGroupNamedRegime() {
        SourceMention s = sourceOf("The regime said the strike hit armed fighters.", "armed fighters");
        assertThat(s.name()).isNotEqualTo("Regime");
        assertThat(s.kind()).isEqualTo(SourceKind.ORGANISATION);
        Attribution placed = Engines.ENGINE.analyzeArticle("The regime said the strike hit armed fighters.",
                "BAMAKO (Wire)").attributions().get(0);
        assertThat(placed.source().party()).as("an organ of the dateline's state").isEqualTo("Mali");
    }
}
