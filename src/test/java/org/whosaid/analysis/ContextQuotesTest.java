package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotes that no cue credits, given a speaker by what stands around them. */
class ContextQuotesTest {

    @Test
    void aQuoteAfterAReportGoesToTheSameSpeaker() {
        assertThat(StageTexts.read("Mayor Tomas Ruiz said the bridge would reopen in spring.\n“We owe it to every commuter.”"))
                .containsExactly("x-said-that | Tomas Ruiz | the bridge would reopen in spring",
                        "quote-from-context | Tomas Ruiz | We owe it to every commuter.");
    }

    @Test
    void aQuoteInDoubledApostrophesAfterACreditedOneGoesToTheSameSpeaker() {
        assertThat(StageTexts.read("''Their strategy is very clear,'' said Michael McFaul, a former ambassador. ''It works.''"))
                .containsExactly("said-x-after-quote | Michael McFaul | Their strategy is very clear,",
                        "quote-from-context | Michael McFaul | It works.");
    }

    @Test
    void inXsWordsCreditsThePossessive() {
        assertThat(StageTexts.read("In Dr. Hanna Berg's words, “the trial changed how we treat the disease.”"))
                .singleElement().satisfies(s -> assertThat(s).startsWith("in-x-words-quote | Hanna Berg"));
    }

    @Test
    void aPullQuoteIsCreditedByTheNameBelowIt() {
        assertThat(StageTexts.read("The study followed 4,000 patients.\n“It changed how we treat the disease.”\nHanna Berg, Ph.D.\nThe results were published on Monday."))
                .containsExactly("pull-quote-byline | Hanna Berg | It changed how we treat the disease.");
    }
}
