package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyGazetteerTest {

    private final PartyGazetteer gazetteer = PartyGazetteer.withBundledLexicon();

    @Test
    void namesAdjectivesCitiesAndOrganisations() {
        assertThat(gazetteer.partyOf("Russian military bloggers")).contains("Russia");
        assertThat(gazetteer.partyOf("Kyiv")).contains("Ukraine");
        assertThat(gazetteer.partyOf("Moscow’s Defense Ministry")).contains("Russia");
        assertThat(gazetteer.partyOf("the White House")).contains("United States");
        assertThat(gazetteer.partyOf("U.S. special envoy Tom Perriello")).contains("United States");
        assertThat(gazetteer.partyOf("the Institute for the Study of War")).contains("Analysts");
        assertThat(gazetteer.partyOf("Zelensky")).contains("Ukraine");
    }

    @Test
    void specificNamesWinOverStateWords() {
        assertThat(gazetteer.partyOf("Russia's Wagner mercenary group")).contains("Russia");
        // yahoo-2 (AP): "both Roscosmos and NASA said": the leftmost organisation decides
        assertThat(gazetteer.partyOf("Roscosmos")).contains("Russia");
        assertThat(gazetteer.partyOf("both Roscosmos and NASA")).contains("Russia");
        assertThat(gazetteer.partyOf("a spokesman for Ukraine's military intelligence")).contains("Ukraine");
    }

    @Test
    void genericWordsComeLast() {
        assertThat(gazetteer.partyOf("Military analysts")).contains("Analysts");
        assertThat(gazetteer.partyOf("Russian analysts")).contains("Russia");
        assertThat(gazetteer.partyOf("the local administration")).isEmpty();
    }
}
