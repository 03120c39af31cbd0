package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordSpansTest {

    private static List<String> text(String s, List<int[]> spans) {
        return spans.stream().map(span -> s.substring(span[0], span[1])).toList();
    }

    @Test
    void wordsJoinOnlyInnerApostrophesAndHyphens() {
        String s = "The People’s army left El-Fasher, the U.S. said (AFC/M23).";
        assertThat(text(s, WordSpans.words(s)))
                .containsExactly("The", "People’s", "army", "left", "El-Fasher", "the", "U", "S", "said", "AFC", "M23");
    }

    @Test
    void namesAlsoJoinDotsSlashesAndAmpersandsAndKeepAClosingDotOrPossessive() {
        String s = "The U.N. and AT&T heard the Houthis' claim, AFC/M23 said.";
        assertThat(text(s, WordSpans.names(s)))
                .containsExactly("The", "U.N.", "and", "AT&T", "heard", "the", "Houthis'", "claim", "AFC/M23", "said");
    }
}
