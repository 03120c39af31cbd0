package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static final String TEXT = "The mayor said: “We will rebuild the bridge, and we will do it fast.” "
            + "Traffic was diverted through the old town.";

    private final ArticleText article = new ArticleText(Engines.ENGINE.stages(), TEXT);

    @Test
    void quoteContentIsMaskedSoItsWordsAreNotReadAsCues() {
        String masked = new String(article.masked());
        assertThat(masked).startsWith("The mayor said: “").doesNotContain("rebuild");
        assertThat(masked.length()).isEqualTo(TEXT.length());
        assertThat(article.quotes()).hasSize(1);
    }

    @Test
    void findsSentencesQuotesAndTrimsContentEnds() {
        assertThat(article.sentences()).hasSize(2);
        int second = TEXT.indexOf("Traffic");
        assertThat(article.sentenceAt(second)).isEqualTo(1);
        int q = article.quoteAt(TEXT.indexOf('“'));
        assertThat(q).isZero();
        assertThat(article.isUsed(q)).isFalse();
        article.markUsed(q);
        assertThat(article.isUsed(q)).isTrue();
        int end = article.trimEnd(second, TEXT.length());
        assertThat(TEXT.substring(second, end)).isEqualTo("Traffic was diverted through the old town");
        assertThat(article.wordCount(second, end)).isEqualTo(7);
    }
}
