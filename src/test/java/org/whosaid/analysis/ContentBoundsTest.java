package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where content ends: clause cuts, paired-dash asides, parenthetical cues, lists after "said:". */
class ContentBoundsTest {

    private static final String TEXT = "the fund will last until spring, while the levy stays; nobody objected";
    private final ContentBounds bounds = new ContentBounds(new ArticleText(Engines.ENGINE.stages(), TEXT));

    @Test
    void contentStopsAtAClauseOfItsOwn() {
        assertThat(TEXT.substring(0, bounds.cutEnd(0, TEXT.length()))).isEqualTo("the fund will last until spring");
    }

    @Test
    void aPairedDashAsideStaysInsideTheContent() {
        assertThat(StageTexts.read("The port authority said the new quay — built with European funds and finished last month — "
                + "would take ferries from May."))
                .containsExactly("x-said-that | port authority | the new quay — built with European funds and finished last month — "
                        + "would take ferries from May");
    }

    @Test
    void aParentheticalCueTakesTheContentOnBothSides() {
        assertThat(StageTexts.read("The attack, the ministry said, involved six battalions and heavy armour."))
                .containsExactly("parenthetical-cue | ministry | The attack, the ministry said, involved six battalions and heavy armour");
    }

    @Test
    void aListAfterSaidColonBecomesOneStatementPerLine() {
        assertThat(StageTexts.read("The harbour master also said:\nDredging of the channel is finished\nThe new lights work at night\n"
                + "Ferries can dock from May\nThe port reopens next week."))
                .hasSize(3).allMatch(s -> s.startsWith("said-colon-list | "));
    }

    @Test
    void contentStopsAtATrailingWhichAsOrWithClause() {
        assertThat(StageTexts.read("Edda Lindqvist said the levy was legal, which angered the fishermen."))
                .containsExactly("x-said-that | Edda Lindqvist | the levy was legal");
        assertThat(StageTexts.read("Edda Lindqvist said the levy was legal, as fishermen gathered on the quay."))
                .containsExactly("x-said-that | Edda Lindqvist | the levy was legal");
        assertThat(StageTexts.read("The ferry company denied it had cut winter sailings, with its chief engineer blaming the weather."))
                .containsExactly("x-said-that | ferry company | it had cut winter sailings");
    }

    @Test
    void aWhichAsideClosedByACommaStaysInTheContent() {
        assertThat(StageTexts.read("Edda Lindqvist said the levy, which took effect in May, was legal."))
                .containsExactly("x-said-that | Edda Lindqvist | the levy, which took effect in May, was legal");
    }
}
