package org.whosaid.model;

import java.util.Objects;

/**
 * An article as an importer read it, before it is stored: metadata plus the text all offsets refer to.
 * {@code dateline} is the wire dateline cut from the start of the text ("KYIV, Ukraine (AP)"), or null.
 */
public record ArticleContent(String title, String byline, String outlet, String url, String published,
                             String language, String text, String dateline) {
    public ArticleContent {
        Objects.requireNonNull(text, "text");
        title = title == null || title.isBlank() ? "(untitled)" : title.strip();
    }

    /** An article without a dateline. */
    public ArticleContent(String title, String byline, String outlet, String url, String published, String language,
                          String text) {
        this(title, byline, outlet, url, published, language, text, null);
    }

    /** The same article with its language set (a code such as "en" or "ru"). */
    public ArticleContent withLanguage(String code) {
        return new ArticleContent(title, byline, outlet, url, published, code, text, dateline);
    }
}
