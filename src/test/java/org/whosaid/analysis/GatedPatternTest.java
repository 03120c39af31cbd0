package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

    @Test
    void literalsAreReadOffTheAlternativesLeavingOutOptionalLetters() {
        GatedPattern p = GatedPattern.compile("\\b(strikes?|air ?strikes?|attack(s|ed)?|cease-?fire|shell(ed|ing))\\b",
                Pattern.CASE_INSENSITIVE);
        assertThat(p.gate()).containsExactly("strike", "attack", "cease", "shell");
    }

    @Test
    void aSequenceTakesItsLongestRequiredPartAndAnyBranchWithoutOneOpensTheGate() {
        assertThat(GatedPattern.compile("\\b(shot|bring) down\\b").gate()).containsExactly(" down");
        assertThat(GatedPattern.compile("\\b(\\d[\\d,]*|dozens?)\\b").gate()).isEmpty();
        assertThat(GatedPattern.compile("(?i)\\b(?:declined|did not)\\b(?:\\W+\\w+){0,3}?\\W+(?:comment|say)\\b").gate())
                .containsExactly("declined", "did not");
        assertThat(GatedPattern.compile("Getty Images|Credit\\p{Lu}|\\((?:Photo|AP)\\)\\s*$").gate())
                .containsExactly("Getty Images", "Credit", "Photo", "AP");
    }

    @Test
    void theGateIgnoresCaseOnlyWhereThePatternDoes() {
        GatedPattern ci = GatedPattern.compile("\\bkilled\\b", Pattern.CASE_INSENSITIVE);
        assertThat(ci.find("Three were KILLED.")).isTrue();
        assertThat(ci.find("Three were wounded.")).isFalse();
        GatedPattern cs = GatedPattern.compile("Getty Images");
        assertThat(cs.find("(getty images)")).isFalse();
        assertThat(cs.find("Photo: Getty Images")).isTrue();
    }

    @Test
    void whatItCannotReadIsRefusedNotGuessed() {
        assertThatThrownBy(() -> GatedPattern.compile("\\Qa.b\\E")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatedPattern.compile("a(?s).b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatedPattern.compile("x", Pattern.UNICODE_CASE)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Every window of every reference text: where the plain pattern finds something, the gate lets it through. */
    @Test
    void theGateNeverHidesAMatchInTheReferenceTexts() throws IOException {
        List<String> regexes = List.of(
                "\\b(strikes?|struck|striking|air ?strikes?|attack(s|ed|ing)?|hit|bomb(s|ed|ing)?|shell(ed|ing)|drones?"
                        + "|carried out|behind the|damaged?)\\b",
                "\\b(shot|shoot|brought|bring) down\\b|\\b(downed|intercepts?|interception)\\b",
                "\\b(would|could|might|may|will|threatens?|if|unless)\\b",
                "\\b(not|never|no|n't)\\W+(?:\\w+\\W+){0,2}?(strikes?|hit|attack(s|ed)?|damage[d]?|fell)\\b|\\b(false|staged)\\b");
        List<String> windows = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (int i = 0; i + 80 <= text.length(); i += 40) {
                    windows.add(text.substring(i, i + 80));
                }
            }
        }
        assertThat(windows).hasSizeGreaterThan(1_000);
        int matched = 0;
        for (String regex : regexes) {
            GatedPattern gated = GatedPattern.compile(regex, Pattern.CASE_INSENSITIVE);
            Pattern plain = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            for (String window : windows) {
                boolean found = plain.matcher(window).find();
                assertThat(gated.find(window)).as(regex + " on " + window).isEqualTo(found);
                matched += found ? 1 : 0;
            }
        }
        assertThat(matched).isGreaterThan(100);
    }
}
