package org.whosaid.model;

/**
 * A stored article. {@code published} is an ISO date (or date-time) string as found, or null; {@code dateline} and
 * {@code corrections} are the metadata the importer took out of the text (see {@link ArticleContent}), or null.
 */
public record Article(long id, String title, String byline, String outlet, String url, String published,
                      String imported, String language, String text, String contentHash, String dateline,
                      String corrections) {
}
