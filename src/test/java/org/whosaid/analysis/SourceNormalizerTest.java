package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

class SourceNormalizerTest {

    private final SourceNormalizer normalizer = SourceNormalizer.withBundledLexicon();

    private SourceMention source(String mention) {
        return normalizer.normalize(mention, mention).source();
    }

    @Test
    void spellingsOfOneMinistryBecomeOneSource() {
        for (String mention : new String[] {"the Russian Defense Ministry", "Russia's Defence Ministry", "Moscow's Defense Ministry", "Russia’s Defense Ministry"}) {
            SourceMention s = source(mention);
            assertThat(s.name()).as(mention).isEqualTo("Russian Defence Ministry");
            assertThat(s.kind()).isEqualTo(SourceKind.ORGANISATION);
            assertThat(s.party()).isEqualTo("Russia");
            assertThat(s.aliases()).contains("Moscow's Defense Ministry");
        }
    }

    @Test
    void possessiveStatesBecomeAdjectives() {
        assertThat(source("China's Commerce Ministry").name()).isEqualTo("Chinese Commerce Ministry");
        assertThat(source("Lebanon's health ministry").name()).isEqualTo("Lebanese health ministry");
    }

    @Test
    void peopleLoseTheirTitles() {
        assertThat(source("US President Donald Trump").name()).isEqualTo("Donald Trump");
        assertThat(source("U.S. Secretary of State Antony Blinken").name()).isEqualTo("Antony Blinken");
        assertThat(source("Ukraine's Deputy Defence Minister Hanna Maliar").name()).isEqualTo("Hanna Maliar");
        assertThat(source("Russian military correspondent Alexander Kots").kind()).isEqualTo(SourceKind.PERSON);
        assertThat(source("Zelensky").name()).isEqualTo("Volodymyr Zelensky");
    }

    @Test
    void theNameAfterOfIsWhatTheRoleIsOfNotThePerson() {
        // found trying a local story: "The mayor of Springfield said" was credited to "Springfield"
        assertThat(source("The mayor of Springfield").name()).isEqualTo("Mayor of Springfield");
        assertThat(source("the governor of New York").name()).isEqualTo("Governor of New York");
        assertThat(source("the wife of John Smith").name()).isEqualTo("Wife of John Smith");
        assertThat(source("The Duke of Sussex").name()).isEqualTo("Duke of Sussex");
        assertThat(source("The president of the Red Cross").name()).isEqualTo("President of the Red Cross");
        assertThat(source("Mayor of Kharkiv Ihor Terekhov").name()).isEqualTo("Ihor Terekhov");
        assertThat(source("The mayor of Springfield").kind()).isEqualTo(org.whosaid.model.SourceKind.PERSON);
    }

    @Test
    void aNameBeforeOfIsThePersonAndWhatFollowsWhereTheyAreFrom() {
        assertThat(source("Jan Novak of Brno").name()).isEqualTo("Jan Novak");
        assertThat(source("Amara Diallo of Dakar, Senegal").name()).isEqualTo("Amara Diallo");
        assertThat(source("The Bank of England").name()).isEqualTo("Bank of England");
    }

    @Test
    void statesAndCapitalsStandForGovernments() {
        SourceMention kyiv = source("Kyiv");
        assertThat(kyiv.kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(kyiv.party()).isEqualTo("Ukraine");
        assertThat(source("Russia").party()).isEqualTo("Russia");
    }

    @Test
    void vagueAndAnonymousSourcesAreFlagged() {
        SourceNormalizer.Normalized analysts = normalizer.normalize("Military analysts", "Military analysts");
        assertThat(analysts.source().kind()).isEqualTo(SourceKind.GROUP);
        assertThat(analysts.source().party()).isEqualTo("Analysts");
        assertThat(analysts.flags()).containsExactly("vague-source");
        SourceNormalizer.Normalized officer = normalizer.normalize("A Ukrainian officer in the 28th Brigade", "A Ukrainian officer in the 28th Brigade");
        assertThat(officer.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(officer.flags()).containsExactly("anonymous-source");
        assertThat(normalizer.normalize("Two security sources", "Two security sources").flags()).containsExactly("anonymous-source");
        assertThat(source("Rescue workers in Antakya").kind()).isEqualTo(SourceKind.GROUP);
    }
}
