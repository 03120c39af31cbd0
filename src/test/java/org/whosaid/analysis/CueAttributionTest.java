package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shapes a cue comes in, each named by the rule recorded on its statement. */
class CueAttributionTest {

    @Test
    void speakerBeforeTheCueWithAThatClauseOrAQuote() {
        assertThat(StageTexts.read("Harbour master Ines Dahl said on Tuesday that the channel would reopen within a week."))
                .containsExactly("x-said-that | Ines Dahl | the channel would reopen within a week");
        assertThat(StageTexts.read("Ines Dahl said: “The channel reopens next week.”"))
                .containsExactly("x-said-quote | Ines Dahl | The channel reopens next week.");
    }

    @Test
    void contentBeforeTheCueNormalAndInverted() {
        assertThat(StageTexts.read("The channel would reopen within a week, the port authority said on Tuesday."))
                .containsExactly("claim-x-said | port authority | The channel would reopen within a week");
        assertThat(StageTexts.read("The channel would reopen within a week, said Ines Dahl, the harbour master."))
                .containsExactly("claim-said-x | Ines Dahl | The channel would reopen within a week");
        assertThat(StageTexts.read("“The channel reopens next week,” Ines Dahl said."))
                .containsExactly("said-after-quote | Ines Dahl | The channel reopens next week,");
    }

    @Test
    void participleAndCoordinatedCuesKeepTheSpeaker() {
        assertThat(StageTexts.read("Ines Dahl said the channel would reopen within a week, adding that dredging had finished."))
                .containsExactly("x-said-that | Ines Dahl | the channel would reopen within a week",
                        "participle-cue | Ines Dahl | dredging had finished");
        assertThat(StageTexts.read("Ines Dahl said the channel would reopen, and warned that tolls would rise next year."))
                .containsExactly("x-said-that | Ines Dahl | the channel would reopen",
                        "coordinated-cue | Ines Dahl | tolls would rise next year");
    }

    @Test
    void aParticipleAfterAStatementTheSubjectPutOutIsItsReport() {
        assertThat(StageTexts.read("The port authority issued a statement saying the channel would reopen within a week."))
                .containsExactly("participle-cue | port authority | the channel would reopen within a week");
        assertThat(StageTexts.read("The dockers' union posted a video saying that the strike would go on."))
                .containsExactly("participle-cue | dockers' union | the strike would go on");
        assertThat(StageTexts.read("The port authority issued a statement on Monday saying the channel would reopen."))
                .containsExactly("participle-cue | port authority | the channel would reopen");
        assertThat(StageTexts.read("The harbour master read a report saying the channel would reopen within a week."))
                .as("a report read is no statement of the reader's").isEmpty();
    }

    @Test
    void aSecondReportAfterWhileButOrAndHasItsOwnSpeaker() {
        for (String joint : new String[] {", while", ", but", ", and"}) {
            assertThat(StageTexts.read("The union said the strike would go ahead" + joint + " the operator said talks were continuing."))
                    .as(joint).containsExactly("x-said-that | union | the strike would go ahead",
                            "x-said-that | Operator | talks were continuing");
        }
    }

    @Test
    void aReportEndsWhereAnotherClauseBegins() {
        assertThat(StageTexts.read("The union said the strike would go ahead, while managers were preparing a new offer."))
                .containsExactly("x-said-that | union | the strike would go ahead");
    }

    @Test
    void aPartyAndStateAfterTheNameDoNotSeparateItFromTheCue() {
        assertThat(StageTexts.read("Sen. Mara Quell (R-Ga.) said the farm bill would pass before the recess."))
                .containsExactly("x-said-that | Mara Quell | the farm bill would pass before the recess");
        assertThat(StageTexts.read("“The levy is legal,” Gov. Edda Lindqvist (D) said in a statement."))
                .containsExactly("said-after-quote | Edda Lindqvist | The levy is legal,");
    }
}
