package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;

/** Whatever text comes in, the engine returns sane output: no exception, spans inside the text, exact span texts. */
class AttributionEnginePropertiesTest {

    @Property(tries = 300)
    void randomUnicodeNeverBreaksTheEngine(@ForAll @StringLength(max = 2_000) String text) {
        assertSane(text, ENGINE.analyze(text));
    }

    @Property(tries = 300)
    void newsLikeNoiseNeverBreaksTheEngine(@ForAll("newsLike") String text) {
        assertSane(text, ENGINE.analyze(text));
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.of("said", "told", "according to", "denied", "he", "the ministry", "Russia",
                "Kyiv", "“", "”", "\"", "«", "»", "„", "‘", "’", ",", ".", ":", "…", "\n", " ", "U.S.", "Gen.", "that",
                "Toretsk", "captured", "Dzerzhinsk", "A Ukrainian officer", "officials", "12", "3,549", "—", "describing it as",
                "Торецк", "\u0000", "\t", "adding that", "and", "but", "wrote");
        return pieces.list().ofMaxSize(120).map(list -> String.join(" ", list));
    }

    private static void assertSane(String text, Analysis analysis) {
        for (Attribution a : analysis.attributions()) {
            assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
            assertThat(a.rule()).isNotBlank();
            if (a.cue() != null) {
                assertThat(a.cue().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
