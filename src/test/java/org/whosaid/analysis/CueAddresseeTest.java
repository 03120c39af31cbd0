package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.attributed;
import static org.whosaid.analysis.Engines.only;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** "said to reporters" names whom the speaker addressed, while "vowed to press ahead" is a commitment, not a report. */
class CueAddresseeTest {

    @Test
    void aCueFollowedByToAndItsAddresseeIsACue() {
        Attribution a = only("“The port is not for sale,” Marta Ilves said to reporters on the quay.");
        assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(a.source().mention()).isEqualTo("Marta Ilves");
        assertThat(only("“The levy is legal,” the harbour master said to the committee.").source().mention())
                .isEqualTo("the harbour master");
        assertThat(only("“We will appeal,” Ilves said to Coast Radio.").cue().text()).isEqualTo("said");
    }

    @Test
    void aCueFollowedByAnInfinitiveIsStillACommitment() {
        assertThat(attributed("The harbour master vowed to press ahead with the levy despite the protest on the quay."))
                .isEmpty();
    }
}
