package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.only;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;

/** Speakers named by what they are, not by a name: a head noun of the speaker lexicon makes the phrase a source. */
class DescriptiveSpeakerTest {

    private final Lexicons lexicons = Lexicons.load(null);

    @Test
    void aLowerCaseNounPhraseWithASpeakerHeadNamesItsSpeakers() {
        Attribution a = only("Since the first leak was found in 2004, harbour officials say they have sealed forty more.");
        assertThat(a.source().mention()).isEqualTo("harbour officials");
        assertThat(a.source().name()).containsIgnoringCase("officials");
    }

    @Test
    void aParticipleBeforeItsNounOrInACompoundIsAnAdjective() {
        assertThat(SpeakerNames.canName("Eight in 10 registered voters", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("The self-styled moderate", lexicons)).isTrue();
        assertThat(only("The self-styled moderate said the tax would pass by spring.").source().mention())
                .isEqualTo("The self-styled moderate");
    }

    @Test
    void campaignAndDocumentNounsAreSpeakerHeads() {
        assertThat(only("Several donors said they would stop giving to the party.").source().mention())
                .isEqualTo("Several donors");
        assertThat(only("The audit said the county had lost track of 300 ballots.").source().mention())
                .isEqualTo("The audit");
    }

    @Test
    void aVerbAfterANameIsStillRefused() {
        assertThat(SpeakerNames.canName("Caudevilla offered to provide answers to", lexicons)).isFalse();
        assertThat(SpeakerNames.canName("helps users", lexicons)).isFalse();
    }

    @Test
    void aPassiveParticipleAfterANounDescribesTheSource() {
        assertThat(only("The harbour levy has raised about four million so far, according to a council audit released on Friday.")
                .source().mention()).isEqualTo("a council audit released");
        assertThat(SpeakerNames.canName("a copy of the memo seen by the paper", lexicons)).isTrue();
        assertThat(SpeakerNames.canName("the surveyors used the old maps", lexicons)).isFalse();
    }
}
