package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;

class ContextPartiesTest {

    private final AttributionEngine engine = AttributionEngine.withLexicons((Path) null);
    private final ContextParties parties = new ContextParties(Lexicons.load(null), PartyGazetteer.withBundledLexicon());

    private static String partyOf(Analysis a, String contentPart) {
        Attribution found = a.attributions().stream().filter(s -> s.content().text().contains(contentPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + contentPart));
        return found.source() == null ? "(no source)" : found.source().party();
    }

    @Test
    void anOfficialOfAnOrganTakesTheStateOfTheNearestEarlierSameOrgan() {
        Analysis a = engine.analyze("Ghana's defence ministry said its patrol had been fired on near the river. "
                + "Togo's defence ministry said its troops had not crossed the border. "
                + "Defence ministry spokesman Kodjo Amevor told reporters that no shots were fired.");
        assertThat(partyOf(a, "no shots")).isEqualTo("Togo");
    }

    @Test
    void theDatelineSeatGivesTheStateOfAnOrganNamedAlone() {
        Analysis a = engine.analyze("ACCRA - The General Staff of the Armed Forces said the camp was secure. "
                + "Army spokesman Colonel Kofi Mensah said the attackers had fled. Mensah said the roads were open.");
        assertThat(partyOf(a, "camp was secure")).isEqualTo("Ghana");
        assertThat(partyOf(a, "attackers had fled")).isEqualTo("Ghana");
        assertThat(partyOf(a, "roads were open")).isEqualTo("Ghana"); // the surname keeps the full name's party
    }

    @Test
    void aPersonWithoutTitleAndADatelineOfTwoStatesGetNothing() {
        Analysis a = engine.analyze("ACCRA/LOME, May 7 (Wire) - Fighting broke out overnight. The General Staff said the camp was secure. "
                + "The farmer Kofi Mensah said the roads were open.");
        assertThat(partyOf(a, "camp was secure")).isNull();
        assertThat(partyOf(a, "roads were open")).isNull();
        assertThat(parties.datelineState("BAMAKO - Fighters attacked")).isEqualTo("Mali");
        assertThat(parties.datelineState("YEREVAN, Oct 14 (Wire) - A soldier")).isEqualTo("Armenia");
        assertThat(parties.datelineState("Fighters attacked a camp - witnesses")).isNull();
    }

    @Test
    void aRebelSpokesmanIsNeverTheStateOfTheDateline() {
        Analysis a = engine.analyze("KHARTOUM - Fighting spread to the river towns. \"We hold the bridge,\" a rebel"
                + " spokesman said. The army said the bridge was in its hands.");
        assertThat(partyOf(a, "We hold the bridge")).isNotEqualTo("Sudan");
        assertThat(partyOf(a, "bridge was in its hands")).isEqualTo("Sudan");
    }

    @Test
    void theRebelsAndTheRebelGroupAreTheArmedGroupTheArticleNamed() {
        Analysis a = engine.analyze("RSF fighters said they had taken the airport. "
                + "The rebel group says the airport was abandoned. The rebels said they had captured 40 soldiers.");
        assertThat(partyOf(a, "airport was abandoned")).isEqualTo("Rapid Support Forces");
        assertThat(partyOf(a, "captured 40 soldiers")).isEqualTo("Rapid Support Forces");
        Analysis named = engine.analyze("Fighting went on near an M23 base on Tuesday. The rebel group says it"
                + " repelled an army assault.");
        assertThat(partyOf(named, "repelled an army assault")).isEqualTo("M23");
        Analysis none = engine.analyze("ACCRA - The rebel group says it repelled an army assault.");
        assertThat(partyOf(none, "repelled an army assault")).isNull();
    }

    @Test
    void aGenericOrganNameWithAnotherStateIsThatStates() {
        assertThat(PartyGazetteer.withBundledLexicon().partyOf("the Ministry of Defence of Azerbaijan"))
                .contains("Azerbaijan");
    }

    @Test
    void aGroupNamedByAnyOfItsNamesIsOneSourceUnderItsOwnName() {
        PartyGazetteer gazetteer = PartyGazetteer.withBundledLexicon();
        assertThat(gazetteer.groupName("RSF")).contains("Rapid Support Forces");
        assertThat(gazetteer.groupName("the paramilitary RSF")).contains("Rapid Support Forces");
        assertThat(gazetteer.groupName("M23 rebels")).contains("M23");
        assertThat(gazetteer.groupName("Saree")).isEmpty(); // the group's spokesman, not the group
        assertThat(gazetteer.groupName("Indian Army")).isEmpty(); // a state's organ keeps its own name
        Analysis a = engine.analyze("The RSF said its fighters had left the market. "
                + "The paramilitary Rapid Support Forces said the army was lying.");
        assertThat(a.attributions()).extracting(s -> s.source().name()).containsOnly("Rapid Support Forces");
    }
}
