package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.whosaid.model.ArticleContent;

/** Pages that are broken or empty on purpose: a bounded, clean title, and no article made out of page furniture. */
class HostilePageTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void anUnclosedTitleGivesAShortTitleWithoutMarkup() throws IngestException {
        String body = "<p>The mayor said on Monday that the bridge over the river would reopen within a week.</p>"
                .repeat(40);
        String html = "<html><head><title>Bridge to reopen, mayor says</head><body><h1>Bridge to reopen</h1>"
                + body + "</body></html>";
        ArticleContent article = extractor.extract(html, null, "unclosed.html");
        assertThat(article.title()).doesNotContain("<", ">").hasSizeLessThanOrEqualTo(ArticleMetadata.MAX_TITLE);
        assertThat(article.title()).startsWith("Bridge to reopen");
    }

    @Test
    void anEndlessTitleIsCutAtAWord() throws IngestException {
        String title = "Bridge ".repeat(1_000);
        String html = "<html><head><title>" + title + "</title></head><body><p>"
                + "The mayor said on Monday that the bridge over the river would reopen within a week.</p></body></html>";
        ArticleContent article = extractor.extract(html, null, "long.html");
        assertThat(article.title()).hasSizeLessThanOrEqualTo(ArticleMetadata.MAX_TITLE).endsWith("Bridge\u2026");
    }

    @Test
    void aPageOfNavigationOnlyIsRefused() {
        assertThatThrownBy(() -> extractor.extract("<html><body><nav>Home</nav></body></html>", null, "nav.html"))
                .isInstanceOf(IngestException.class).hasMessage("nav.html: HTML has no article text");
        assertThatThrownBy(() -> extractor.extract("<nav>Home</nav>", null, "bare.html"))
                .hasMessage("bare.html: HTML has no article text");
    }
}
