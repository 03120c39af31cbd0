package org.whosaid.model;

import java.util.Objects;

/**
 * An article as an importer read it, before it is stored: metadata plus the text all offsets refer to. Every
 * importer (files, URLs, feeds, PDF, Telegram, bench) builds one, so this is where characters XML 1.0 forbids
 * (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF) are replaced with U+FFFD: replaced, not
 * removed, so the text keeps its length and any offset taken before still points at the same words, and the
 * import's count of U+FFFD tells the user that something unreadable was there.
 * {@code dateline} is the wire dateline cut from the start of the text ("KYIV, Ukraine (AP)"), or null;
 * {@code corrections} the page's corrections box ("Correction: An earlier version ..."), its lines joined by a line
 * break, or null: both are metadata, kept out of the text so that neither becomes a statement.
 */
public record ArticleContent(String title, String byline, String outlet, String url, String published,
                             String language, String text, String dateline, String corrections) {
    /** The title of an article that came without one. */
    public static final String UNTITLED = "(untitled)";

    public ArticleContent {
        text = XmlText.clean(Objects.requireNonNull(text, "text"));
        title = title == null || title.isBlank() ? UNTITLED : XmlText.clean(title.strip());
        byline = XmlText.clean(byline);
        outlet = XmlText.clean(outlet);
        url = XmlText.clean(url);
        published = XmlText.clean(published);
        language = XmlText.clean(language);
        dateline = XmlText.clean(dateline);
        corrections = corrections == null || corrections.isBlank() ? null : XmlText.clean(corrections.strip());
    }

    /** An article without a dateline or corrections. */
    public ArticleContent(String title, String byline, String outlet, String url, String published, String language,
                          String text) {
        this(title, byline, outlet, url, published, language, text, null, null);
    }

    /** The same article with its language set (a code such as "en" or "ru"). */
    public ArticleContent withLanguage(String code) {
        return new ArticleContent(title, byline, outlet, url, published, code, text, dateline, corrections);
    }
}
