package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** Speakers named again later: pronouns, surnames, "the ministry". */
class MentionTrackerTest {

    @Test
    void aPronounGoesToTheLastCompatibleSpeaker() {
        List<Attribution> found = Engines.attributed("Fisheries minister Edda Lindqvist said the levy was legal. "
                + "She said it would fund new quays.");
        assertThat(found).extracting(a -> a.source().name()).containsExactly("Edda Lindqvist", "Edda Lindqvist");
        assertThat(found.get(1).source().mention()).isEqualTo("She");
        assertThat(found.get(1).flags()).contains(MentionTracker.PRONOUN_SPEAKER);
    }

    @Test
    void aSurnameGoesToTheFullNameWrittenEarlier() {
        assertThat(StageTexts.read("Edda Lindqvist visited the quay on Monday. Lindqvist said the levy was legal."))
                .containsExactly("x-said-that | Edda Lindqvist | the levy was legal");
    }

    @Test
    void aBackReferenceGoesToTheOrganisationNamedBefore() {
        assertThat(StageTexts.read("The Corvanian Fisheries Ministry said the levy was legal. "
                + "The ministry said the fund would open in May."))
                .extracting(s -> s.split(" \\| ")[1]).containsOnly("Corvanian Fisheries Ministry");
    }

    @Test
    void anUnresolvedPronounLeavesTheStatementUnattributed() {
        List<Attribution> all = Engines.ENGINE.analyze("They said the levy was illegal.").attributions();
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
            assertThat(a.flags()).contains(MentionTracker.UNRESOLVED_SPEAKER);
        });
    }
}
