package org.whosaid.service;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.FeedDocument;
import org.whosaid.ingest.FeedItem;
import org.whosaid.ingest.IngestException;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Feed;
import org.whosaid.store.FeedRepository;

/**
 * Subscribes to RSS and Atom feeds and updates them: each update downloads a feed with a conditional GET, follows
 * the link of each item not seen before to the full article (the item's own content when the page cannot be read)
 * and imports it with the feed's outlet and the item's date. One failing feed or item never stops the rest.
 */
public final class FeedService {
    /** The pause between two requests to one host, so an update never hammers a site. */
    public static final Duration DEFAULT_HOST_DELAY = Duration.ofSeconds(1);

    private final ArticleReader reader;
    private final ImportService imports;
    private final FeedRepository feeds;
    private final Map<String, Long> lastRequest = new ConcurrentHashMap<>();

    FeedService(ArticleReader reader, ImportService imports, FeedRepository feeds) {
        this.reader = reader;
        this.imports = imports;
        this.feeds = feeds;
    }

    /**
     * Subscribes to the feed at {@code url} after downloading it once to check that it is a feed and learn its title.
     * Its items are imported by the next update.
     *
     * @throws IllegalArgumentException naming the address and the reason when it is not a readable feed
     */
    public Feed add(String url) {
        URI address = address(url);
        try {
            FeedDocument doc = reader.readFeed(address, null, null);
            return feeds.add(address.toString(), doc.title());
        } catch (IngestException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public List<Feed> list() {
        return feeds.all();
    }

    /** Unsubscribes; the articles already imported stay. False when there is no such feed. */
    public boolean remove(long id) {
        return feeds.remove(id);
    }

    /** Updates every feed, or only feed {@code id} when it is not null, waiting {@link #DEFAULT_HOST_DELAY} per host. */
    public FeedUpdateReport update(Long id, Progress progress) {
        return update(id, DEFAULT_HOST_DELAY, progress);
    }

    /**
     * Updates every feed, or only feed {@code id} when it is not null.
     *
     * @param hostDelay the least time between two requests to one host (zero in tests)
     * @throws IllegalArgumentException when there is no feed {@code id}
     */
    public FeedUpdateReport update(Long id, Duration hostDelay, Progress progress) {
        List<Feed> chosen = id == null ? feeds.all()
                : List.of(feeds.find(id).orElseThrow(() -> new IllegalArgumentException("no feed with id " + id)));
        List<FeedUpdateReport.FeedResult> results = new ArrayList<>();
        for (int i = 0; i < chosen.size() && !progress.isCancelled(); i++) {
            Feed feed = chosen.get(i);
            progress.update(i * 1000L, chosen.size() * 1000L, feed.title() == null ? feed.url() : feed.title());
            results.add(updateOne(feed, i, chosen.size(), hostDelay, progress));
        }
        progress.update(chosen.size() * 1000L, Math.max(1, chosen.size()) * 1000L, progress.isCancelled() ? "cancelled" : "done");
        return new FeedUpdateReport(results, progress.isCancelled());
    }

    private FeedUpdateReport.FeedResult updateOne(Feed feed, int index, int count, Duration hostDelay, Progress progress) {
        FeedDocument doc;
        try {
            URI address = address(feed.url());
            politeWait(address, hostDelay, progress);
            doc = reader.readFeed(address, feed.etag(), feed.lastModified());
        } catch (IngestException e) {
            feeds.checked(feed.id(), null, feed.etag(), feed.lastModified(), e.reason());
            return new FeedUpdateReport.FeedResult(feed, false, e.reason(), List.of());
        } catch (IllegalArgumentException e) {
            feeds.checked(feed.id(), null, feed.etag(), feed.lastModified(), e.getMessage());
            return new FeedUpdateReport.FeedResult(feed, false, e.getMessage(), List.of());
        }
        if (doc.notModified()) {
            feeds.checked(feed.id(), null, doc.etag(), doc.lastModified(), null);
            return new FeedUpdateReport.FeedResult(feed, true, null, List.of());
        }
        Set<String> seen = feeds.seen(feed.id());
        Map<String, FeedItem> fresh = new LinkedHashMap<>();
        for (FeedItem item : doc.items()) {
            if (!seen.contains(item.key())) {
                fresh.putIfAbsent(item.key(), item);
            }
        }
        String outlet = doc.title() != null ? doc.title() : feed.title();
        List<ImportOutcome> outcomes = new ArrayList<>();
        boolean complete = true;
        int n = 0;
        for (FeedItem item : fresh.values()) {
            if (progress.isCancelled()) {
                complete = false;
                break;
            }
            progress.update(index * 1000L + n++ * 1000L / fresh.size(), count * 1000L,
                    outlet + ": " + (item.title() == null ? item.key() : item.title()));
            ImportOutcome outcome = importItem(item, outlet, hostDelay, progress);
            outcomes.add(outcome);
            if (outcome.result() == ImportOutcome.Result.FAILED) {
                complete = false;
            } else {
                feeds.markSeen(feed.id(), item.key(), outcome.articleId());
            }
        }
        // Validators are kept only when every new item was handled: otherwise the next update would hear "not
        // modified" and never retry the items left over.
        feeds.checked(feed.id(), doc.title(), complete ? doc.etag() : null, complete ? doc.lastModified() : null, null);
        Feed updated = feeds.find(feed.id()).orElse(feed);
        return new FeedUpdateReport.FeedResult(updated, false, null, outcomes);
    }

    private ImportOutcome importItem(FeedItem item, String outlet, Duration hostDelay, Progress progress) {
        String input = item.link() != null ? item.link() : item.key();
        ArticleContent content = null;
        String pageFailure = null;
        if (item.link() != null) {
            try {
                URI link = URI.create(item.link());
                politeWait(link, hostDelay, progress);
                content = reader.readUrl(link);
            } catch (IngestException e) {
                pageFailure = e.reason();
            } catch (IllegalArgumentException e) {
                pageFailure = "not a valid address (" + e.getMessage() + ")";
            }
        }
        if (content == null) {
            try {
                content = reader.readFeedItem(item);
            } catch (IngestException e) {
                return ImportOutcome.failed(input, pageFailure == null ? e.reason() : pageFailure + "; " + e.reason());
            }
        }
        String title = content.title().equals(ArticleContent.UNTITLED) && item.title() != null ? item.title() : content.title();
        ArticleContent withFeed = new ArticleContent(title, content.byline() != null ? content.byline() : item.author(),
                content.outlet() != null ? content.outlet() : outlet, content.url() != null ? content.url() : item.link(),
                item.published() != null ? item.published() : content.published(), content.language(), content.text(),
                content.dateline(), content.corrections());
        return imports.importRead(input, withFeed);
    }

    /** Waits until {@code hostDelay} has passed since the last request to the address's host; a cancel ends the wait. */
    private void politeWait(URI address, Duration hostDelay, Progress progress) {
        String host = Optional.ofNullable(address.getHost()).orElse("").toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        Long last = lastRequest.get(host);
        long until = last == null ? now : last + hostDelay.toNanos();
        while (System.nanoTime() < until && !progress.isCancelled()) {
            try {
                Thread.sleep(Math.max(1, Math.min(100, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        lastRequest.put(host, System.nanoTime());
    }

    private static URI address(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException(url + ": only http and https feeds can be followed");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(url + ": not a valid address (" + e.getReason() + ")", e);
        }
    }
}
