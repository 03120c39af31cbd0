package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** Content rules prompted by real pages of the readability test suite (sentences taken from those pages). */
class RealTextContentTest {

    @Test
    void eachItemOfAListAfterSaidColonIsAStatementOfTheSpeaker() {
        String text = "In a wide-ranging interview, President Obama also said:\n"
                + "The UK must stay in the EU to have influence on the world stage\n"
                + "He is confident the Iran nuclear deal will be passed by Congress\n"
                + "Syria needs a political solution in order to defeat the Islamic State group\n"
                + "Mr Obama lands in Kenya later on Friday for his first visit since becoming president.";
        List<Attribution> found = Engines.attributed(text);
        assertThat(found).extracting(a -> a.content().text()).containsExactly(
                "The UK must stay in the EU to have influence on the world stage",
                "He is confident the Iran nuclear deal will be passed by Congress",
                "Syria needs a political solution in order to defeat the Islamic State group");
        assertThat(found).allMatch(a -> a.source().name().equals("Obama") && a.rule().equals("said-colon-list"));
        assertThat(ENGINE.analyze(text).attributions())
                .noneMatch(a -> a.content().text().startsWith("In a wide-ranging interview"));
    }

    @Test
    void aSingleLineAfterAColonIsNoList() {
        String text = "The minister said:\nThe budget will be balanced next year\nPrices rose again in March.";
        assertThat(Engines.attributed(text)).noneMatch(a -> a.rule().equals("said-colon-list"));
    }

    @Test
    void aPairedDashAsideDoesNotEndTheContent() {
        Attribution a = Engines.only("Tunisian Prime Minister Habib Essid said that in addition to the slain foreigners — "
                + "from Italy, Poland, Germany and Spain — a local museum worker and a security official were killed.");
        assertThat(a.content().text()).isEqualTo("in addition to the slain foreigners — from Italy, Poland, Germany and "
                + "Spain — a local museum worker and a security official were killed");
        assertThat(a.source().name()).isEqualTo("Habib Essid");
    }

    @Test
    void aSingleDashStillEndsTheContent() {
        Attribution a = Engines.only("The ministry said the strike hit a depot — a claim that could not be verified.");
        assertThat(a.content().text()).isEqualTo("the strike hit a depot");
    }

    @Test
    void butThatContinuesTheSameReport() {
        Attribution a = Engines.only("Obama administration officials said that they had briefed the transition team, "
                + "but that they did not know if Mr. Trump would stick with the policy.");
        assertThat(a.content().text()).isEqualTo("they had briefed the transition team, but that they did not know if "
                + "Mr. Trump would stick with the policy");
    }

    @Test
    void aSecondSpeakerAfterAndWithoutACommaOpensASecondReport() {
        String text = "South Africa said Mr Mugabe had told President Jacob Zuma by telephone on Wednesday that he was "
                + "confined to his home but was otherwise fine and the military said it was keeping him and his family, "
                + "including wife Grace, safe.";
        List<Attribution> found = Engines.attributed(text);
        assertThat(found).anyMatch(a -> a.source().name().equals("South Africa")
                && a.content().text().endsWith("otherwise fine"));
        assertThat(found).anyMatch(a -> a.source().mention().equals("the military")
                && a.content().text().equals("it was keeping him and his family, including wife Grace, safe"));
    }

    @Test
    void declaredAfterAQuoteAttributesItButDeclaringAnActIsNoClaim() {
        Attribution a = Engines.only("“Our nation is in danger,” Essid declared in a televised address Wednesday evening.");
        assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(a.source().name()).isEqualTo("Essid");
        assertThat(Engines.attributed("President Tayyip Erdogan declared a state of emergency in 10 provinces.")).isEmpty();
    }

    @Test
    void divulgedIsACue() {
        Attribution a = Engines.only("Officials divulged Thursday that the Sudanese government had allowed two visits by "
                + "American operatives to a restricted border area near Libya.");
        assertThat(a.content().text()).startsWith("the Sudanese government had allowed two visits");
    }

    @Test
    void aPieceOfATitleIsNoAntecedentForShe() {
        String text = "Nearly a third of the country is under water, Climate Change Minister Sherry Rehman told Reuters "
                + "in an interview.\n\"It is one big ocean, there is no dry land to pump the water out,\" she said.";
        assertThat(Engines.attributed(text)).allMatch(a -> a.source().name().equals("Sherry Rehman"));
    }

    @Test
    void accordingToInADashAsideAttributesWhatFollowsTheAside() {
        Attribution a = Engines.only("There would be a code including — according to the explanatory notes of the British "
                + "Bill — “provision to protect the public interest in the confidentiality of journalistic sources”.");
        assertThat(a.content().text()).isEqualTo("provision to protect the public interest in the confidentiality of "
                + "journalistic sources");
        assertThat(a.source().mention()).isEqualTo("the explanatory notes of the British Bill");
    }

    @Test
    void admittedAsMuchHasNoContentOfItsOwn() {
        assertThat(Engines.attributed("The Government has effectively admitted as much by agreeing that the parliamentary "
                + "committee should conduct a separate review of how to deal with the issue of journalists’ sources."))
                .isEmpty();
    }

    @Test
    void aParentheticalCueAfterAnOpeningAdverbialAttributesTheClauseAfterIt() {
        Attribution a = Engines.only("For days after a storm, Con Edison officials say, they often deal with scores of "
                + "electrical fires caused by the rock salt eating away at electrical cable insulation.");
        assertThat(a.content().text()).startsWith("they often deal with scores of electrical fires");
        assertThat(a.source().name()).isEqualTo("Con Edison officials");
    }

    @Test
    void aParentheticalCueStopsBeforeAQuoteThatHasItsOwnCue() {
        List<Attribution> found = Engines.attributed("To alleviate the threat, the officials said, the utility switched "
                + "most of its manhole covers to vented ones that allow gases to escape, “so they cannot form a combustible "
                + "amount,” Mr. McHugh said.");
        assertThat(found).anyMatch(a -> a.content().text().equals(
                "the utility switched most of its manhole covers to vented ones that allow gases to escape"));
        assertThat(found).anyMatch(a -> a.kind() == StatementKind.QUOTE && a.source().name().equals("McHugh"));
    }

    @Test
    void aPartialQuoteEndingTheSentenceStaysInTheParentheticalContent() {
        Attribution a = Engines.only("But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, "
                + "it would also be used “for the purpose of determining the identity of a journalist’s sources”.");
        assertThat(a.content().text()).isEqualTo(
                "it would also be used “for the purpose of determining the identity of a journalist’s sources”");
    }

    @Test
    void whoAddedThatAfterAnInvertedCueIsASecondReportOfTheSameSpeaker() {
        List<Attribution> found = Engines.attributed("The plastic is less susceptible to corrosion, cracks and leaks, said "
                + "the officials, who added that they were swapping about 100 miles of line each year.");
        assertThat(found).hasSize(2);
        assertThat(found).anyMatch(a -> a.content().text().equals("they were swapping about 100 miles of line each year"));
        assertThat(found).allMatch(a -> a.source().mention().equals("the officials"));
    }

    @Test
    void instructedAfterAQuoteIsACue() {
        Attribution a = Engines.only("“Don’t get nervous,” instructed Milton Velez, the agency’s district supervisor for Queens.");
        assertThat(a.source().name()).isEqualTo("Milton Velez");
    }
}
