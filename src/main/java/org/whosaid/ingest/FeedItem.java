package org.whosaid.ingest;

/**
 * One item of an RSS or Atom feed: the key that identifies it across updates (its guid or id, else its link),
 * its link, title, ISO date, author and its own content as HTML (may be empty).
 */
public record FeedItem(String key, String link, String title, String published, String author, String html) {
}
