package org.whosaid.ingest;

import java.util.List;

/**
 * A feed as downloaded: its title and items, or word that it has not changed since the last download; with the
 * ETag and Last-Modified to send next time.
 */
public record FeedDocument(boolean notModified, String title, List<FeedItem> items, String etag, String lastModified) {
    public FeedDocument {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
