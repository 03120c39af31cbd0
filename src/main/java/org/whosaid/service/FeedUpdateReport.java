package org.whosaid.service;

import java.util.List;

import org.whosaid.model.Feed;

/** What an update of feeds did, feed by feed: new items imported, unchanged, or failed; each item's outcome. */
public record FeedUpdateReport(List<FeedResult> feeds, boolean cancelled) {
    /** One feed's update: {@code error} is null unless the feed itself could not be read. */
    public record FeedResult(Feed feed, boolean notModified, String error, List<ImportOutcome> items) {
        public FeedResult {
            items = List.copyOf(items);
        }

        /** "Example News: 3 new, 1 failed", "Example News: not modified", "Example News: failed: HTTP 404 Not Found" */
        public String describe() {
            String name = (feed.title() == null ? feed.url() : feed.title()) + " (#" + feed.id() + ")";
            if (error != null) {
                return name + ": failed: " + error;
            }
            if (notModified) {
                return name + ": not modified";
            }
            long failed = items.stream().filter(i -> i.result() == ImportOutcome.Result.FAILED).count();
            long fresh = items.stream().filter(i -> i.result() == ImportOutcome.Result.IMPORTED).count();
            return name + ": " + fresh + " new" + (items.size() - fresh - failed > 0
                    ? ", " + (items.size() - fresh - failed) + " already in the library" : "")
                    + (failed > 0 ? ", " + failed + " failed" : "");
        }
    }

    public FeedUpdateReport {
        feeds = List.copyOf(feeds);
    }

    public long imported() {
        return feeds.stream().flatMap(f -> f.items().stream()).filter(i -> i.result() == ImportOutcome.Result.IMPORTED).count();
    }

    /** The feeds that could not be read and the items that could not be imported. */
    public long failures() {
        return feeds.stream().filter(f -> f.error() != null).count()
                + feeds.stream().flatMap(f -> f.items().stream()).filter(i -> i.result() == ImportOutcome.Result.FAILED).count();
    }

    /** "3 feeds: 12 new articles, 2 failures" */
    public String summary() {
        return feeds.size() + (feeds.size() == 1 ? " feed: " : " feeds: ") + imported() + " new articles, "
                + failures() + (failures() == 1 ? " failure" : " failures") + (cancelled ? " (cancelled)" : "");
    }
}
