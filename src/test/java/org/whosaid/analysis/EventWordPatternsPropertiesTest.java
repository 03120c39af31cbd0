package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The denial and forecast tests, tried only when one of the words their patterns need stands in the text
 * ({@link WholeWords}), find what their patterns alone found.
 */
class EventWordPatternsPropertiesTest {
    private static final Pattern BEFORE = Pattern.compile("\\b(not|never|no|neither|nor|n't)\\W+(?:\\w+\\W+){0,2}?"
            + "(strikes?|struck|hit|attack(s|ed)?|bomb(s|ed)?|targeted|damage[d]?|killed|died|shot|downed|fallen|fell|captured"
            + "|taken|lost|present|involved|party|responsible|behind)\\b|\\b(missed|exaggerated|false|fabricated|untrue"
            + "|baseless|propaganda|staged|repelled|repulsed)\\b|\\b(had|has|have) no\\b|\\bno such\\b"
            + "|\\bno \\w+ (had|has|have) been\\b|\\bpushed(?:\\W+\\w+){0,3}?\\W+back\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(would|will|threatens?|if|unless)\\b|\\b(could|might)\\b(?! have)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAY = Pattern.compile("\\bmay\\b(?! have)");

    @Property(tries = 5000)
    void forecastsAgreeWithThePatterns(@ForAll("texts") String text) {
        assertThat(EventFrames.hypothetical(text)).as(text)
                .isEqualTo(HYPOTHETICAL.matcher(text).find() || MAY.matcher(text).find());
    }

    @Property(tries = 5000)
    void agreesWithTheSinglePattern(@ForAll("texts") String text) {
        assertThat(EventFrames.denies(text)).as(text).isEqualTo(BEFORE.matcher(text).find());
    }

    @Test
    void readsNegationsAsThePatternDoes() {
        for (String text : new String[] {"the vessel was NOT hit", "Neither missile struck", "it didn't hit", "n't hit",
                "knot hit", "no_ hit", "noé hit", "é no hit", "no", "not", "the claims were false", "had no link"}) {
            assertThat(EventFrames.denies(text)).as(text).isEqualTo(BEFORE.matcher(text).find());
        }
        assertThat(EventFrames.hypothetical("Will Smith could not come")).isTrue();
        assertThat(EventFrames.hypothetical("the official said the difference was significant")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("not", "Not", "NOT", "never", "no", "No", "neither", "nor", "n't", "didn't",
                "knot", "snot", "Norway", "noé", "é", "hit", "struck", "strikes", "attacked", "bombs", "damaged", "party",
                "the", "vessel", "was", "missile", "had", "has", "such", "been", "pushed", "back", "them", "false", "staged",
                "link", "1", "_", "soldiers", "", "x", "would", "Will", "WILL", "willing", "threaten", "threatens",
                "threatened", "if", "If", "official", "unless", "could", "Could", "might", "may", "May", "have", "haven't");
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", ", ", ". ", "-", "’", "'", "_", "é", "\n");
        return WordTexts.of(word, separator, 10);
    }
}
