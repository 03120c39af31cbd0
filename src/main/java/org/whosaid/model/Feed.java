package org.whosaid.model;

/**
 * A subscribed RSS or Atom feed: its address, title, the validators of its last download (ETag, Last-Modified),
 * when it was added and last checked, and the reason its last update failed (null when it did not).
 */
public record Feed(long id, String url, String title, String etag, String lastModified, String added, String checked,
                   String error) {
}
