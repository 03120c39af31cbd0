package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.only;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Stance;

class StanceClassifierTest {

    private final StanceClassifier classifier = StanceClassifier.withBundledLexicon();

    @Test
    void theCueDecidesFirst() {
        assertThat(classifier.classify(Stance.DENIES, "the city had fallen")).isEqualTo(Stance.DENIES);
        assertThat(classifier.classify(Stance.QUESTIONS, "the figures")).isEqualTo(Stance.QUESTIONS);
    }

    @Test
    void denialPhrasesTurnANeutralCueIntoADenial() {
        assertThat(classifier.classify(Stance.ASSERTS, "Kyiv had nothing to do with the strikes")).isEqualTo(Stance.DENIES);
        assertThat(classifier.classify(Stance.ASSERTS, "the city had been reduced to ruins")).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aDenialOrADoubtCarriedInTheContentAfterANeutralCue() {
        assertThat(only("The ferry operator said the reports of cancelled sailings were untrue.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("The ministry said there was no truth in the reports of a second dam.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("A spokeswoman said the allegations were groundless.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("The watchdog said it had not seen any evidence of a leak at the plant.").stance()).isEqualTo(Stance.QUESTIONS);
        assertThat(only("The watchdog said the plant was running normally.").stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void realSentences() {
        assertThat(only("Kyiv denied full Russian control over the city.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("The RSF dismissed the claim as propaganda.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("Ukrainian military spokesman Nazar Voloshyn rejected that claim.").stance()).isEqualTo(Stance.DENIES);
        assertThat(only("Several economists questioned the official inflation figures.").stance()).isEqualTo(Stance.QUESTIONS);
        assertThat(only("Russia said Friday its forces had taken control of Toretsk.").stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void rejectingAnOfferIsAnActNotAStatement() {
        assertThat(Engines.attributed("Striking workers on Wednesday rejected the company's latest contract offer.")).isEmpty();
        assertThat(Engines.attributed("The company has announced plans to cut 17,000 jobs.")).isEmpty();
        assertThat(only("The ministry rejected the EU's findings that Beijing subsidises carmakers.").stance()).isEqualTo(Stance.DENIES);
    }

    @Test
    void negatedCaptureDeniesAndMissingEvidenceQuestions() {
        StanceClassifier stance = StanceClassifier.withBundledLexicon();
        assertThat(stance.classify(Stance.ASSERTS, "Toretsk is not captured,")).isEqualTo(Stance.DENIES);
        assertThat(stance.classify(Stance.ASSERTS, "the town has not been taken")).isEqualTo(Stance.DENIES);
        assertThat(stance.classify(Stance.ASSERTS,
                "it had not seen evidence that Russian forces had seized the entire town")).isEqualTo(Stance.QUESTIONS);
        assertThat(stance.classify(Stance.ASSERTS, "the claim could not be independently verified"))
                .isEqualTo(Stance.QUESTIONS);
        assertThat(stance.classify(Stance.ASSERTS, "its forces had taken control of Toretsk")).isEqualTo(Stance.ASSERTS);
    }
}
