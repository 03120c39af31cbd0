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
    void accordingToAsADashAside() {
        assertThat(StageTexts.read("The levy included — according to the draft seen by reporters — a cap on winter fares for islanders."))
                .singleElement().satisfies(s -> assertThat(s).startsWith("according-to-aside | ").endsWith("a cap on winter fares for islanders"));
    }
}
