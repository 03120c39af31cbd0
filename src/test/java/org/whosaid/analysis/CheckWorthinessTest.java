package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invented sentences: what makes an unsourced sentence worth an editor's check, and what does not. */
class CheckWorthinessTest {

    private static final CheckWorthiness CHECK = new CheckWorthiness(Lexicons.load(null));

    private static double score(String sentence) {
        return score(sentence, Set.of());
    }

    private static double score(String sentence, Set<String> credited) {
        return CHECK.score(sentence, 0, sentence.length(), true, credited);
    }

    /** The sentence as its own paragraph inside a small article, the way the engine sees a caption or a headline. */
    private static double inArticle(String paragraph) {
        String text = "The council met on Monday.\n" + paragraph + "\nThe vote is due in May.";
        int start = text.indexOf(paragraph);
        return CHECK.score(text, start, start + paragraph.length(), true, Set.of());
    }

    @Test
    void checkableFactsPass() {
        assertThat(score("A rocket attack on the town of Veldra killed at least 14 people on Tuesday.")).isGreaterThan(0.9);
        assertThat(score("Prices rose 4% in March, the biggest monthly increase since 2019.")).isGreaterThan(0.9);
        assertThat(score("In 2011, voters in Ostrava elected a council led by the Green Party.")).isGreaterThanOrEqualTo(CheckWorthiness.THRESHOLD);
        assertThat(score("Floodwaters destroyed more than 300 homes in the Narva valley overnight.")).isGreaterThan(0.9);
    }

    @Test
    void opinionHedgesQuestionsAndInstructionsFail() {
        assertThat(score("I think the plan is a terrible idea.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("That is a ridiculous approach to a serious problem.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Let's be clear about what the merger is not.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("The ministers could agree a new budget as early as next month.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Will the ministers agree a budget by Friday?")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Sign up for our daily newsletter.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Read the full report on the flooding in the Narva valley.")).isLessThan(CheckWorthiness.THRESHOLD);
    }

    @Test
    void stepsOfTheWritersArgumentAndEvaluativeWordsWeighAgainst() {
        String plain = "The Halden Group owns a stake in the Norrvik port.";
        assertThat(score("Instead, the Halden Group owns a stake in the Norrvik port.")).isLessThan(score(plain));
        assertThat(score("This means the Halden Group owns a stake in the Norrvik port.")).isLessThan(score(plain));
        assertThat(score("As for Halden, it will become a so-called holding company.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("The now-infamous Halden contract with the Norrvik port is a complicated one."))
                .isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("First, the Halden Group is not a port operator.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("First responders reached the Norrvik port at 9 a.m. on Monday.")).isGreaterThan(0.9);
    }

    @Test
    void theWritersUsIsNotTheCountry() {
        assertThat(score("We saw 300 homes destroyed by the floods in Narva.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("The US imposed sanctions on 12 Veldran banks in 2019.")).isGreaterThan(0.9);
    }

    @Test
    void narrationOfWhatASourceDidFails() {
        assertThat(score("He vowed to rebuild the bridge within a year.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Mr Talbot was speaking to reporters in Dunmore before flying to Oslo.", Set.of("talbot")))
                .isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("Video released by the ministry showed damage to 40 houses in Veldra on Sunday."))
                .isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(score("The Veldran interior ministry declined to comment on the arrests.")).isLessThan(CheckWorthiness.THRESHOLD);
    }

    @Test
    void researchMethodsAreTheStudysOwnAccount() {
        assertThat(score("The participants looked at dots on a screen and chose a direction.")).isLessThan(CheckWorthiness.THRESHOLD);
    }

    @Test
    void headlinesCaptionsCreditsAndBylinesFail() {
        assertThat(inArticle("Storm batters the northern coast of Veldra")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("Rescuers search the rubble in Marlow on Monday. (Photo: Jane Doe/Getty Images)"))
                .isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("Firefighters at the scene of the blast on Monday. Jane Doe/AFP")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("Jane Roe is a senior correspondent for the Daily Courier based in Lisbon."))
                .isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("Sam Poe contributed to this report.")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("JANE ROE IS THE COURIER'S POLITICAL EDITOR")).isLessThan(CheckWorthiness.THRESHOLD);
        assertThat(inArticle("Gunmen killed 19 people at the national museum in Veldra on Wednesday."))
                .isGreaterThan(0.9);
    }

    @Test
    void aPhraseCutFromASentenceFails() {
        String text = "Ahead of the vote in the northern provinces, the governor said turnout was high.";
        int end = text.indexOf(',');
        assertThat(CHECK.score(text, 0, end, false, Set.of())).isLessThan(CheckWorthiness.THRESHOLD);
    }
}
