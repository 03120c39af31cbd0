package org.whosaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.whosaid.model.Feed;

/** Subscribed feeds and the items of each already imported. */
public final class FeedRepository {
    private static final String COLUMNS = "id, url, title, etag, last_modified, added, checked, error";

    private final Database database;

    public FeedRepository(Database database) {
        this.database = database;
    }

    /** Subscribes to a feed; one already subscribed (same address) is returned as it is. */
    public Feed add(String url, String title) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feed (url, title, added) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING")) {
                ps.setString(1, url);
                ps.setString(2, title);
                ps.setString(3, now());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE url = ?")) {
                ps.setString(1, url);
                return one(ps).orElseThrow();
            }
        });
    }

    public List<Feed> all() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                List<Feed> feeds = new ArrayList<>();
                while (rs.next()) {
                    feeds.add(row(rs));
                }
                return feeds;
            }
        });
    }

    public Optional<Feed> find(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE id = ?")) {
                ps.setLong(1, id);
                return one(ps);
            }
        });
    }

    /** Unsubscribes; the articles imported from the feed stay in the library. False when there is no such feed. */
    public boolean remove(long id) {
        return database.write(c -> {
            try (PreparedStatement items = c.prepareStatement("DELETE FROM feed_item WHERE feed_id = ?");
                 PreparedStatement feed = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
                items.setLong(1, id);
                items.executeUpdate();
                feed.setLong(1, id);
                return feed.executeUpdate() > 0;
            }
        });
    }

    /**
     * Records a check: the feed's title (null keeps the old one), the validators to send next time (null sends none,
     * so the next update downloads the whole feed) and the check's error, if any.
     */
    public void checked(long id, String title, String etag, String lastModified, String error) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE feed SET title = coalesce(?, title), etag = ?, last_modified = ?, checked = ?, error = ?
                    WHERE id = ?""")) {
                ps.setString(1, title);
                ps.setString(2, etag);
                ps.setString(3, lastModified);
                ps.setString(4, now());
                ps.setString(5, error);
                ps.setLong(6, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The keys of the feed's items already imported. */
    public Set<String> seen(long feedId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT item_key FROM feed_item WHERE feed_id = ?")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<String> keys = new HashSet<>();
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                    }
                    return keys;
                }
            }
        });
    }

    public void markSeen(long feedId, String itemKey, long articleId) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feed_item (feed_id, item_key, article_id, seen) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (feed_id, item_key) DO UPDATE SET article_id = excluded.article_id, seen = excluded.seen")) {
                ps.setLong(1, feedId);
                ps.setString(2, itemKey);
                ps.setLong(3, articleId);
                ps.setString(4, now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Feed> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static Feed row(ResultSet rs) throws SQLException {
        return new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
