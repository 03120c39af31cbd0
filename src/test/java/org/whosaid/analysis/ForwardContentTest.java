package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What follows a cue: recipient, time and place are skipped; a colon quote is taken; "stated this" has no content. */
class ForwardContentTest {

    @Test
    void recipientAndTimeBetweenCueAndContentAreSkipped() {
        assertThat(StageTexts.read("Ines Dahl told reporters on Monday that the channel would reopen."))
                .containsExactly("x-said-that | Ines Dahl | the channel would reopen");
    }

    @Test
    void aQuoteAfterAColonIsTheContent() {
        assertThat(StageTexts.read("Ines Dahl said in a televised address: “The channel reopens next week.”"))
                .containsExactly("x-said-quote | Ines Dahl | The channel reopens next week.");
    }

    @Test
    void aCueWhoseContentWasGivenBeforeTakesNone() {
        assertThat(StageTexts.read("Ines Dahl stated this in her weekly address.")).isEmpty();
    }

    @Test
    void callXyNamesWhatTheSpeakerThinksOfX() {
        assertThat(StageTexts.read("Fisheries minister Edda Lindqvist called the protest a stunt by rival harbours."))
                .containsExactly("x-said-that | Edda Lindqvist | the protest a stunt by rival harbours");
        assertThat(StageTexts.read("The mayor called for calm on Sunday.")).containsExactly("x-said-that | Mayor | calm on Sunday");
        assertThat(StageTexts.read("The mayor called on residents to stay indoors.")).isEmpty();
    }

    @Test
    void callingSomeoneIsNoNaming() {
        assertThat(StageTexts.read("Residents called the police after the blast.")).isEmpty();
        assertThat(StageTexts.read("The shop owners called the council to complain about the noise.")).isEmpty();
        assertThat(StageTexts.read("The harbour master called the new levy a tax on fishermen."))
                .containsExactly("x-said-that | Harbour master | the new levy a tax on fishermen");
    }

    @Test
    void aRequestIsNoStatementButAQuestionClauseIs() {
        assertThat(StageTexts.read("The mayor urged residents to stay indoors.")).isEmpty();
        assertThat(StageTexts.read("Edda Lindqvist spoke at the quay and urged fishermen to stay calm.")).isEmpty();
        assertThat(StageTexts.read("Edda Lindqvist asked whether the levy was legal."))
                .containsExactly("x-said-that | Edda Lindqvist | whether the levy was legal");
    }

    @Test
    void participleCuesAfterACommaCarryTheSubjectsReport() {
        assertThat(StageTexts.read("Edda Lindqvist left the quay, telling reporters that the levy was legal."))
                .containsExactly("participle-cue | Edda Lindqvist | the levy was legal");
    }

    @Test
    void onlyARecipientAndATimeAfterTheCueMeansTheContentCameBefore() {
        assertThat(StageTexts.read("The strike fund will last until spring, union stewards told me on Monday."))
                .containsExactly("claim-x-said | Union stewards | The strike fund will last until spring");
    }
}
