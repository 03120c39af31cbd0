package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a statement about control of a place says holds it, in English, Russian and Ukrainian (invented sentences). */
class ControlHolderTest {

    private static final ControlHolder HOLDER = ControlHolder.withBundledLexicon();

    @Test
    void theHolderNamedAfterUnderControl() {
        assertThat(HOLDER.holderIn("Kupiansk remains under the control of Ukraine's Defence Forces", "Ukraine"))
                .isEqualTo("Ukraine");
        assertThat(HOLDER.holderIn("the town is firmly under Ukrainian control", "Analysts")).isEqualTo("Ukraine");
        assertThat(HOLDER.holderIn("the border post fell to M23 rebels on Sunday", null)).isEqualTo("M23");
        assertThat(HOLDER.holderIn("the base was overrun by the paramilitary RSF", "Sudan"))
                .isEqualTo("Rapid Support Forces");
    }

    @Test
    void theSubjectOfATakingVerb() {
        assertThat(HOLDER.holderIn("Russian troops have captured the village of Petrivka", "Ukraine")).isEqualTo("Russia");
        assertThat(HOLDER.holderIn("Ukrainian forces remain in control of the city", "Ukraine")).isEqualTo("Ukraine");
        assertThat(HOLDER.holderIn("its fighters had taken full control of the airport", "Rapid Support Forces"))
                .as("the speaker's own forces").isEqualTo("Rapid Support Forces");
    }

    @Test
    void aSideThatNamesNoHolderClaimsThePlaceForItself() {
        assertThat(HOLDER.holderIn("the settlement has been fully liberated", "Russia")).isEqualTo("Russia");
        assertThat(HOLDER.holderIn("the settlement has been fully liberated", "Analysts"))
                .as("an analyst is no side: nobody is named").isNull();
        assertThat(HOLDER.holderIn("the settlement has been fully liberated", null)).isNull();
    }

    @Test
    void aTakingTriedFailedOrUndoneNamesNoHolder() {
        assertThat(HOLDER.holderIn("Russian forces failed to capture the town", "Ukraine")).isNull();
        assertThat(HOLDER.holderIn("Russian forces are trying to take the town", "Ukraine")).isNull();
        assertThat(HOLDER.holderIn("Ukrainian troops withdrew from the village after it was captured", "Ukraine")).isNull();
        assertThat(HOLDER.holderIn("Russian troops had not entered the city", "Ukraine")).isNull();
    }

    @Test
    void russian() {
        assertThat(HOLDER.holderIn("Купянск по-прежнему находится под контролем ВСУ", "Ukraine")).isEqualTo("Ukraine");
        assertThat(HOLDER.holderIn("российские войска освободили Купянск и соседние сёла", "Ukraine")).isEqualTo("Russia");
        assertThat(HOLDER.holderIn("населённый пункт Петровка полностью освобождён", "Russia")).isEqualTo("Russia");
        assertThat(HOLDER.holderIn("противнику не удалось захватить Петровку", "Ukraine")).isNull();
        assertThat(HOLDER.holderIn("подразделения ВСУ отступили из Петровки", "Ukraine")).isNull();
    }

    @Test
    void ukrainian() {
        assertThat(HOLDER.holderIn("Куп'янськ перебуває під контролем Сил оборони України", "Ukraine"))
                .isEqualTo("Ukraine");
        assertThat(HOLDER.holderIn("російські війська захопили село Петрівка на Харківщині", "Ukraine"))
                .isEqualTo("Russia");
        assertThat(HOLDER.holderIn("окупанти намагаються захопити Петрівку", "Ukraine")).isNull();
    }
}
