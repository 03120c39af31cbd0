package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldGazetteerTest {

    private final PartyGazetteer gazetteer = PartyGazetteer.withBundledLexicon();

    @Test
    void statesByNameShortFormDemonymAndSeat() {
        assertThat(gazetteer.partyOf("Pakistani Prime Minister Shehbaz Sharif")).contains("Pakistan");
        assertThat(gazetteer.partyOf("Islamabad")).contains("Pakistan");
        assertThat(gazetteer.partyOf("New Delhi")).contains("India");
        assertThat(gazetteer.partyOf("Tehran")).contains("Iran");
        assertThat(gazetteer.partyOf("Downing Street")).contains("United Kingdom");
        assertThat(gazetteer.partyOf("the Kremlin")).contains("Russia");
        assertThat(gazetteer.partyOf("DR Congo's government spokesman")).contains("Democratic Republic of the Congo");
        assertThat(gazetteer.partyOf("the UAE foreign ministry")).contains("United Arab Emirates");
        assertThat(gazetteer.partyOf("Taipei")).contains("Taiwan");
        assertThat(gazetteer.partyOf("Kosovo's prime minister")).contains("Kosovo");
        assertThat(gazetteer.partyOf("a Sahrawi official")).contains("Western Sahara");
    }

    @Test
    void stateOrgansByPattern() {
        assertThat(gazetteer.partyOf("the Pakistani military's media wing")).contains("Pakistan");
        assertThat(gazetteer.partyOf("a spokesman for the Israeli military")).contains("Israel");
        assertThat(gazetteer.partyOf("Sudan's health ministry")).contains("Sudan");
        assertThat(gazetteer.partyOf("Iran's state media")).contains("Iran");
        assertThat(gazetteer.partyOf("the Indian embassy in Dhaka")).contains("India");
        assertThat(gazetteer.partyOf("Myanmar's military government")).contains("Myanmar");
    }

    @Test
    void organisationsBeforeTheStateTheyAreIn() {
        assertThat(gazetteer.partyOf("the Hamas-run health ministry in Gaza")).contains("Hamas");
        assertThat(gazetteer.partyOf("Gaza's health ministry")).contains("Gaza Health Ministry");
        assertThat(gazetteer.partyOf("Iran-backed Houthi rebels")).contains("Houthis");
        assertThat(gazetteer.partyOf("the Rwandan-backed M23 rebels")).contains("M23");
        assertThat(gazetteer.partyOf("the paramilitary Rapid Support Forces")).contains("Rapid Support Forces");
        assertThat(gazetteer.partyOf("the IDF")).contains("Israel");
        assertThat(gazetteer.partyOf("the U.N. humanitarian office")).contains("United Nations");
        assertThat(gazetteer.partyOf("Human Rights Watch")).contains("Human Rights Watch");
        assertThat(gazetteer.partyOf("the monitoring group Airwars")).contains("Airwars");
        assertThat(gazetteer.partyOf("the IAEA")).contains("International Atomic Energy Agency");
        assertThat(gazetteer.partyOf("the International Crisis Group")).contains("Analysts");
        assertThat(gazetteer.partyOf("Reuters")).contains("Media");
        assertThat(gazetteer.partyOf("Iran's Tasnim news agency")).contains("Iran");
    }

    @Test
    void capitalsAndCaseAvoidEverydayWords() {
        assertThat(gazetteer.partyOf("who")).isEmpty();
        assertThat(gazetteer.partyOf("a car dealer")).isEmpty();
        assertThat(gazetteer.partyOf("the saf official")).isEmpty();
        assertThat(gazetteer.partyOf("Chad Wilkins, a local farmer")).isEmpty();
        assertThat(gazetteer.partyOf("Jordan's foreign ministry")).contains("Jordan");
        assertThat(gazetteer.partyOf("the Houthis' military spokesman")).contains("Houthis");
    }

    @Test
    void organsGetTheStatesDemonymInTheirName() {
        SourceNormalizer normalizer = SourceNormalizer.withBundledLexicon();
        SourceNormalizer.Normalized n = normalizer.normalize("Pakistan's army", "Pakistan's army");
        assertThat(n.source().name()).isEqualTo("Pakistani army");
        assertThat(n.source().party()).isEqualTo("Pakistan");
        assertThat(normalizer.normalize("Islamabad", "Islamabad").source().kind().code()).isEqualTo("organisation");
    }
}
