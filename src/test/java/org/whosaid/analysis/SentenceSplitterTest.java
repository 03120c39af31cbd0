package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.withBundledLexicon();
    private final QuoteFinder quotes = new QuoteFinder();

    private List<String> split(String text) {
        return splitter.split(text, quotes.find(text)).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(split("U.S. Secretary of State Antony Blinken arrived. Lt. Col. Ivan Petrov of the 3rd Brigade said Gen. Syrskyi left on Feb. 12 at 9 a.m. local time."))
                .containsExactly("U.S. Secretary of State Antony Blinken arrived.",
                        "Lt. Col. Ivan Petrov of the 3rd Brigade said Gen. Syrskyi left on Feb. 12 at 9 a.m. local time.");
        assertThat(split("Resolution No. 2231 expired. The council met.")).containsExactly("Resolution No. 2231 expired.", "The council met.");
    }

    @Test
    void anAbbreviationCanEndASentenceBeforeAUsualOpener() {
        assertThat(split("The talks were held in the U.S. The delegation left on Monday."))
                .containsExactly("The talks were held in the U.S.", "The delegation left on Monday.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(split("John F. Kennedy was elected in 1960. He served until 1963."))
                .containsExactly("John F. Kennedy was elected in 1960.", "He served until 1963.");
    }

    @Test
    void aQuoteAndItsCueStayInOneSentence() {
        assertThat(split("“It's absurd. It's unethical,” Biden told reporters. The aid bill stalled."))
                .containsExactly("“It's absurd. It's unethical,” Biden told reporters.", "The aid bill stalled.");
    }

    @Test
    void aSentenceCanEndInsideTheClosingMark() {
        assertThat(split("He wrote: “The situation is critical.” Fighting continued overnight."))
                .containsExactly("He wrote: “The situation is critical.”", "Fighting continued overnight.");
    }

    @Test
    void lineBreaksEndSentencesAndNumberParagraphs() {
        String text = "Russia said Friday its forces had taken Toretsk\nKyiv denied it.";
        List<Sentence> sentences = splitter.split(text, quotes.find(text));
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1);
    }

    @Test
    void questionMarksAndEllipsesEndSentences() {
        assertThat(split("Will the ceasefire hold? Nobody knows… Talks resume Monday."))
                .containsExactly("Will the ceasefire hold?", "Nobody knows…", "Talks resume Monday.");
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotSplit() {
        assertThat(split("The index rose 3.5 percent, i.e. more than expected, and analysts were surprised."))
                .hasSize(1);
    }

    @Test
    void dottedInitialsDoNotEndSentences() {
        assertThat(split("Sheriff T.K. Waters told reporters the shooter acted alone. He gave no details."))
                .containsExactly("Sheriff T.K. Waters told reporters the shooter acted alone.", "He gave no details.");
    }
}
