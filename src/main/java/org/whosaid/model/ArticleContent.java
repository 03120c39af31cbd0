package org.whosaid.model;

import java.util.Objects;

/** An article as an importer read it, before it is stored: metadata plus the text all offsets refer to. */
public record ArticleContent(String title, String byline, String outlet, String url, String published,
                             String language, String text) {
    public ArticleContent {
        Objects.requireNonNull(text, "text");
        title = title == null || title.isBlank() ? "(untitled)" : title.strip();
    }

    /** The same article with its language set (a code such as "en" or "ru"). */
    public ArticleContent withLanguage(String code) {
        return new ArticleContent(title, byline, outlet, url, published, code, text);
    }
}
