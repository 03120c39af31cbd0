package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.attributed;
import static org.whosaid.analysis.Engines.only;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** What may follow a cue: "said to reporters" names the addressee ("vowed to press ahead" is a commitment), "said X when asked" a clause after the speaker. */
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

    @Test
    void aClauseAfterTheSpeakerOfAnInvertedCueIsNoPartOfTheName() {
        Attribution a = only("“Nobody asked the town first,” said Edda Lindqvist when asked about the levy.");
        assertThat(a.source().mention()).isEqualTo("Edda Lindqvist");
        assertThat(only("“The quay is safe,” said harbour master Olaf Brenn before the vote.").source().name())
                .isEqualTo("Olaf Brenn");
    }
}
