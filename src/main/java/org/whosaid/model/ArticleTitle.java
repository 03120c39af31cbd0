package org.whosaid.model;

/** An article named by its id and title only: what a list of articles to choose from needs. */
public record ArticleTitle(long id, String title) {
}
