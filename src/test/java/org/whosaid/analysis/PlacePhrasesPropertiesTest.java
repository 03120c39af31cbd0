package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The event place's scan of "in X", "near the X", "the city of X" finds what the regular expression it replaced found. */
class PlacePhrasesPropertiesTest {
    private static final Pattern BEFORE = Pattern.compile("\\b(?:in|at|near|on|over|outside|into|off|around|across"
            + "|city of|town of|village of|port of|camp of|district of|province of|region of|state of)"
            + " (?:the )?((?:[A-Z][\\p{L}’'\\-]+)(?: (?:[A-Z][\\p{L}’'\\-]+|al-[A-Z][\\p{L}\\-]+)){0,2})");

    private static List<List<Integer>> before(String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = BEFORE.matcher(text);
        while (m.find()) {
            out.add(List.of(m.start(), m.start(1), m.end(1)));
        }
        return out;
    }

    private static List<List<Integer>> now(String text) {
        return EventFrameLinker.placePhrases(text).stream().map(p -> List.of(p[0], p[1], p[2])).toList();
    }

    @Property(tries = 3000)
    void agreesWithTheRegularExpression(@ForAll("texts") String text) {
        assertThat(now(text)).as(text).isEqualTo(before(text));
    }

    @Test
    void agreesOnAWireStory() {
        String text = "Shelling near the village of Pa Zi Gyi in Sagaing region killed 12, officials in Naypyitaw said"
                + " on Monday. Troops moved into Khan Younis and around al-Mawasi, across the Gulf of Aden, off Eilat's"
                + " coast, outside the town of Deir al-Balah; (in Rafah) a strike hit Rafah’s port of Gaza City.";
        assertThat(now(text)).isNotEmpty().isEqualTo(before(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("in", "at", "near", "on", "into", "off", "across", "the", "of", "city",
                "town", "state", "Kyiv", "Gaza", "City", "Khan", "Younis", "al-Mawasi", "Al-Aqsa", "Rafah’s", "Eilat's",
                "O'Neil", "Monday", "said", "in,", "(in", "Deir", "al-Balah", "x-Ray", "Zone", "", "I", "A", "1st");
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "  ", ", ", ". ", "-", "’", "_");
        return WordTexts.of(word, separator, 14);
    }
}
