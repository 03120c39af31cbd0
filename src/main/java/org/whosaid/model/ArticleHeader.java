package org.whosaid.model;

/** What an account of a statement shows of its article (title, outlet, date), read without the article's text. */
public record ArticleHeader(long id, String title, String outlet, String published) {
}
