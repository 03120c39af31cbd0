package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.only;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes in doubled apostrophes (''…'', as archives of some papers write them) end sentences as curly quotes do. */
class QuoteTypographyTest {

    private final SentenceSplitter splitter = SentenceSplitter.withBundledLexicon();
    private final QuoteFinder quotes = new QuoteFinder();

    private List<String> split(String text) {
        return splitter.split(text, quotes.find(text)).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void aSentenceEndingInsideADoubledApostropheQuoteEndsThere() {
        assertThat(split("The warden said the quay was ''safe for everyone.'' The ferry left at noon."))
                .containsExactly("The warden said the quay was ''safe for everyone.''", "The ferry left at noon.");
        assertThat(split("The warden said the quay was “safe for everyone.” The ferry left at noon."))
                .containsExactly("The warden said the quay was “safe for everyone.”", "The ferry left at noon.");
    }

    @Test
    void theContentOfItsCueStopsAtTheQuotesEnd() {
        assertThat(only("Mayor Ilves calls for a new levy, ''to keep the harbour open all winter.'' She gave no figures.")
                .content().text()).isEqualTo("a new levy, ''to keep the harbour open all winter.''");
    }

    @Test
    void aQuoteWithItsCueAfterItStaysOneSentence() {
        assertThat(split("''Nobody asked us!'' the fishermen shouted. The vote went ahead."))
                .containsExactly("''Nobody asked us!'' the fishermen shouted.", "The vote went ahead.");
    }
}
