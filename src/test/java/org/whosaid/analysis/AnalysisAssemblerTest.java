package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Stance;

/** The Analysis built from the frames: stance of the content, topics of control, unattributed claims in order. */
class AnalysisAssemblerTest {

    @Test
    void aDenialCueMarksTheStatementAndControlOfAPlaceBecomesATopic() {
        Analysis a = Engines.ENGINE.analyze("Russia's Defence Ministry said its forces had taken control of Toretsk. "
                + "Ukraine's military denied that Russian forces controlled Toretsk. A drone strike killed nine people in the town.");
        assertThat(a.attributions()).hasSize(3);
        assertThat(a.attributions().get(0).stance()).isEqualTo(Stance.ASSERTS);
        assertThat(a.attributions().get(1).stance()).isEqualTo(Stance.DENIES);
        assertThat(a.attributions().get(0).topic()).isNotNull().isEqualTo(a.attributions().get(1).topic());
        assertThat(a.topics()).extracting(t -> t.key()).contains(a.attributions().get(0).topic());
        assertThat(a.attributions().get(2).source()).isNull();
        assertThat(a.attributions()).isSortedAccordingTo((x, y) -> Integer.compare(x.content().start(), y.content().start()));
    }
}
