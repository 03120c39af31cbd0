package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccordingToCueTest {

    @Test
    void accordingToAfterTheContent() {
        assertThat(StageTexts.read("Three fishing boats were still missing on Sunday, according to the coast guard."))
                .containsExactly("according-to | Coast guard | Three fishing boats were still missing on Sunday");
    }

    @Test
    void accordingToOpeningTheSentenceCreditsTheClauseAfterTheComma() {
        assertThat(Engines.attributed("According to the Coast Guard, three fishing boats were still missing on Sunday."))
                .singleElement().satisfies(a -> {
                    assertThat(a.rule()).isEqualTo("according-to");
                    assertThat(a.source().mention()).isEqualTo("the Coast Guard");
                    assertThat(a.content().text()).isEqualTo("three fishing boats were still missing on Sunday");
                });
        assertThat(StageTexts.read("According to Ines Dahl, the harbour master, three boats were missing."))
                .containsExactly("according-to | Ines Dahl | three boats were missing");
    }

    @Test
    void accordingToAsADashAside() {
        assertThat(StageTexts.read("The levy included — according to the draft seen by reporters — a cap on winter fares for islanders."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("according-to-aside | ").endsWith("a cap on winter fares for islanders"));
    }
}
