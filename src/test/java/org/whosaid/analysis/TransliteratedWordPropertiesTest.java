package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** The detector's plain-string test for Russian in Latin letters says what the regular expression it replaced said. */
class TransliteratedWordPropertiesTest {
    private static final Pattern BEFORE = Pattern.compile(".*(?:ogo|aya|iy|yy|ykh|yye|iye|tsya|sya)|.*(?:zh|kh|shch).*");

    @Property(tries = 3000)
    void agreesWithTheRegularExpression(@ForAll @StringLength(min = 1, max = 12)
                                        @CharRange(from = 'a', to = 'z') String word) {
        assertThat(LanguageDetector.looksTransliterated(word)).isEqualTo(BEFORE.matcher(word).matches());
    }

    @Property(tries = 2000)
    void agreesOnWordsMadeOfItsOwnLetters(@ForAll @StringLength(min = 1, max = 10)
                                          @CharRange(from = 'a', to = 'z') String stem,
                                          @ForAll("endings") String ending) {
        String word = stem + ending;
        assertThat(LanguageDetector.looksTransliterated(word)).isEqualTo(BEFORE.matcher(word).matches());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> endings() {
        return net.jqwik.api.Arbitraries.of("ogo", "aya", "iy", "yy", "ykh", "yye", "iye", "tsya", "sya", "zh", "kh",
                "shch", "sh", "ch", "og", "ay", "i", "y", "ts", "");
    }
}
