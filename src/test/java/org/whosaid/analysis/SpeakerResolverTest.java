package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.attributed;
import static org.whosaid.analysis.Engines.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.StatementKind;

class SpeakerResolverTest {

    @Test
    void subjectWithTitles() {
        Attribution a = only("Meanwhile, US President Donald Trump announced that he will most likely meet Zelensky next week.");
        assertThat(a.source().mention()).isEqualTo("US President Donald Trump");
        assertThat(a.source().name()).isEqualTo("Donald Trump");
        assertThat(a.content().text()).isEqualTo("he will most likely meet Zelensky next week");
        assertThat(a.rule()).isEqualTo("x-said-that");
    }

    @Test
    void appositionAfterTheName() {
        Attribution a = only("Andriy Kovalenko, head of the Centre for Countering Disinformation, said the video was fake.");
        assertThat(a.source().name()).isEqualTo("Andriy Kovalenko");
        assertThat(a.source().mention()).isEqualTo("Andriy Kovalenko, head of the Centre for Countering Disinformation");
        assertThat(a.content().text()).isEqualTo("the video was fake");
    }

    @Test
    void roleBeforeTheName() {
        Attribution a = only("The head of Russia's Wagner group, Yevgeny Prigozhin, said his fighters had taken Bakhmut.");
        assertThat(a.source().name()).isEqualTo("Yevgeny Prigozhin");
        assertThat(a.source().party()).isEqualTo("Russia");
    }

    @Test
    void cueBeforeTheSpeakerAfterAQuote() {
        Attribution a = only("“Excuse me, but do we need negotiations at this rate?” wrote Russian military correspondent Alexander Kots, referring to possible talks.");
        assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(a.source().name()).isEqualTo("Alexander Kots");
        assertThat(a.source().kind()).isEqualTo(SourceKind.PERSON);
        assertThat(a.rule()).isEqualTo("said-x-after-quote");
    }

    @Test
    void claimThenInvertedCue() {
        Attribution a = only("Inflation will ease later this year, said Kathy Bostjancic, chief economist at Nationwide.");
        assertThat(a.source().name()).isEqualTo("Kathy Bostjancic");
        assertThat(a.content().text()).isEqualTo("Inflation will ease later this year");
    }

    @Test
    void anonymousSubjectWithAModifier() {
        Attribution a = only("A Ukrainian officer in the 28th Brigade fighting for control of Toretsk denied that Russian forces had fully taken control of the city.");
        assertThat(a.source().mention()).isEqualTo("A Ukrainian officer in the 28th Brigade");
        assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(a.flags()).contains("anonymous-source");
    }

    @Test
    void pronounResolvesToTheLastCompatibleSource() {
        List<Attribution> found = attributed("The Kremlin said the talks were over. A Ukrainian officer denied that the town had fallen.\n"
                + "He said Ukrainian forces were holding their positions.");
        assertThat(found).hasSize(3);
        assertThat(found.get(2).source().name()).isEqualTo(found.get(1).source().name());
        assertThat(found.get(2).source().mention()).isEqualTo("He");
        assertThat(found.get(2).flags()).contains("pronoun-speaker");
    }

    @Test
    void pronounResolvesToAPersonNamedAsSubjectOfTheNarration() {
        List<Attribution> found = attributed("The ministry said the toll had risen. President Tayyip Erdogan declared a state of emergency. "
                + "“We are face to face with a disaster,” he said.");
        assertThat(found.get(1).source().name()).isEqualTo("Tayyip Erdogan");
    }

    @Test
    void shortBackReferenceResolvesToTheLastMatchingSource() {
        List<Attribution> found = attributed("China's Commerce Ministry said it would defend Chinese companies.\n"
                + "The ministry rejected the EU's findings that Beijing subsidises carmakers.");
        assertThat(found.get(1).source().name()).isEqualTo("Chinese Commerce Ministry");
        assertThat(found.get(1).source().mention()).isEqualTo("The ministry");
    }

    @Test
    void aSurnameResolvesToTheFullName() {
        List<Attribution> found = attributed("Fed Chair Jerome Powell told a news conference that rates would stay high. "
                + "Powell said the labor market remained strong.");
        assertThat(found.get(1).source().name()).isEqualTo("Jerome Powell");
    }

    @Test
    void aQuoteWithoutCueTakesTheSpeakerOfThePreviousSentence() {
        List<Attribution> found = attributed("Ahead of the announcement, the Ukrainian Foreign Ministry said on Friday that the city had been reduced to ruins.\n"
                + "“This was once someone’s home… Now it’s just a ruin”.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(found.get(1).source().name()).isEqualTo("Ukrainian Foreign Ministry");
        assertThat(found.get(1).flags()).contains("speaker-from-context");
        assertThat(found.get(1).cue()).isNull();
    }

    @Test
    void participleCueTakesTheSubjectOfTheSentence() {
        Attribution a = only("Russian military bloggers welcomed the news of the fall of Toretsk, describing it as a key stepping stone toward capturing the rest of the Donetsk region — the stated goal of Russian President Vladimir Putin.");
        assertThat(a.source().name()).isEqualTo("Russian military bloggers");
        assertThat(a.content().text()).isEqualTo("a key stepping stone toward capturing the rest of the Donetsk region");
        assertThat(a.flags()).contains("vague-source");
    }

    @Test
    void accordingToAReport() {
        Attribution a = only("The Russian army is likely to advance west of the city, according to a report published by the Institute for the Study of War last month.");
        assertThat(a.source().name()).isEqualTo("Institute for the Study of War");
        assertThat(a.source().party()).isEqualTo("Analysts");
        assertThat(a.content().text()).isEqualTo("The Russian army is likely to advance west of the city");
        assertThat(a.rule()).isEqualTo("according-to");
    }

    @Test
    void speakerBeforeAColonQuoteInTheNextParagraph() {
        List<Attribution> found = attributed("Speaking at State House, President William Ruto said:\n“I concede.\n“I will not sign the bill.”");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(found.get(0).content().text()).isEqualTo("I concede.\n“I will not sign the bill.");
        assertThat(found.get(0).source().name()).isEqualTo("William Ruto");
    }

    @Test
    void toldSomeoneThat() {
        Attribution a = only("Serhiy Cherevatyi, a spokesman for Ukraine's eastern command, told Reuters that troops still held the south-west.");
        assertThat(a.content().text()).isEqualTo("troops still held the south-west");
        assertThat(a.source().party()).isEqualTo("Ukraine");
    }

    @Test
    void twoReportsSideBySide() {
        List<Attribution> found = attributed("The Israeli army said it struck Hezbollah targets, and Hezbollah said it fired rockets at a base.");
        assertThat(found).extracting(a -> a.source().name()).containsExactly("Israeli army", "Hezbollah");
        assertThat(found).extracting(a -> a.content().text()).containsExactly("it struck Hezbollah targets", "it fired rockets at a base");
    }

    @Test
    void tailAttributionBeforeASubordinateClause() {
        Attribution a = only("Armed gangs stormed the prison over the weekend, freeing most inmates, the government said on Sunday as it declared a state of emergency.");
        assertThat(a.content().text()).isEqualTo("Armed gangs stormed the prison over the weekend, freeing most inmates");
        assertThat(a.rule()).isEqualTo("claim-x-said");
    }

    @Test
    void aColonQuoteAfterAnIntroPhrase() {
        Attribution a = only("Putin said in televised remarks: \"We will achieve all our goals.\"");
        assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(a.content().text()).isEqualTo("We will achieve all our goals.");
    }

    @Test
    void determinerPhrasesNameSpeakersWhereNothingFollowsTheCue() {
        assertThat(only("Retail sales fell 18% from a year earlier in June, a business chamber said.").source().mention())
                .isEqualTo("a business chamber");
        assertThat(attributed("A draft proposed $250 billion a year, a figure developing countries immediately rejected as far too low."))
                .isEmpty();
    }

    @Test
    void anonymityAsideFlagsTheSource() {
        assertThat(only("\"We are ready,\" the official said, speaking on condition of anonymity.").flags()).contains("anonymous-source");
    }

    @Test
    void aPluralNounAfterAndOrButIsTheSpeaker() {
        assertThat(StageTexts.read("But local engineers insist the bridge is unsafe."))
                .containsExactly("x-said-that | Local engineers | the bridge is unsafe");
    }

    @Test
    void aDatelineIsNeverTheSubjectOfACoordinatedCue() {
        assertThat(StageTexts.read("SALTMERE, Corvania — Edda Lindqvist, addressing fishermen on the quay, "
                + "brushed aside the protest and insisted that the levy was legal."))
                .containsExactly("coordinated-cue | Edda Lindqvist | the levy was legal");
    }
}
