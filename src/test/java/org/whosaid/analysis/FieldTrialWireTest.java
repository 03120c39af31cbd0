package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;

/**
 * Shapes of wire copy met when trying WhoSaid on real coverage of the fighting in eastern Congo; the sentences here
 * are invented, in the same shapes, about other places and groups.
 */
class FieldTrialWireTest {

    @Test
    void aRelativeClauseReportNamesItsSpeakerWithoutThePronounAndEndsWithTheClause() {
        List<Attribution> found = Engines.attributed("Militias in the delta, who U.N. investigators say are armed by"
                + " a neighbouring state, reached the edge of the port town on Monday, residents said.");
        assertThat(found).anySatisfy(a -> {
            assertThat(a.source().name()).isEqualTo("U.N. investigators");
            assertThat(a.content().text()).isEqualTo("are armed by a neighbouring state");
        });
        assertThat(found).noneMatch(a -> a.source().name().toLowerCase().startsWith("who"));
        assertThat(found).anySatisfy(a -> {
            assertThat(a.source().name()).isEqualToIgnoringCase("residents");
            assertThat(a.content().text()).endsWith("reached the edge of the port town on Monday");
        });
    }

    @Test
    void whichTheGroupClaimsIsTheGroupsClaim() {
        List<Attribution> found = Engines.attributed("The Tanvir Front posted photos of burned trucks, which the group"
                + " claims were destroyed by army drones.");
        assertThat(found).anySatisfy(a -> {
            assertThat(a.content().text()).isEqualTo("were destroyed by army drones");
            assertThat(a.source().name()).doesNotContain("photos");
        });
        // what is left of the sentence before the report ends before its pronoun
        assertThat(Engines.ENGINE.analyze("A militia commander posted photos on Monday of 14 burned army trucks near the border post,"
                + " which the group claims were destroyed by army drones.").attributions())
                .filteredOn(a -> a.kind() == org.whosaid.model.StatementKind.UNATTRIBUTED)
                .isNotEmpty().allSatisfy(a -> assertThat(a.content().text()).endsWith("border post"));
    }

    @Test
    void repellingAnAttackIsNoDenial() {
        Attribution a = Engines.only("The army said it had repelled the attack and killed dozens of fighters.");
        assertThat(a.stance()).isEqualTo(Stance.ASSERTS);
        Attribution beaten = Engines.only("Police said they had fought off the raid on the depot.");
        assertThat(beaten.stance()).isEqualTo(Stance.ASSERTS);
    }
}
