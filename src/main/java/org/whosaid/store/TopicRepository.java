package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.whosaid.model.Topic;

/** Topics: the questions statements answer, with counts; renaming and merging. */
public final class TopicRepository {
    private static final String SELECT = """
            SELECT t.id, t.key, t.label,
                   (SELECT count(*) FROM statement s WHERE s.topic_id = t.id AND s.status = 'active')
            FROM topic t""";

    private final Database database;

    public TopicRepository(Database database) {
        this.database = database;
    }

    /** Topics that at least one active statement answers, most answered first. */
    public List<Topic> inUse() {
        return query(SELECT + " WHERE EXISTS (SELECT 1 FROM statement s WHERE s.topic_id = t.id AND s.status = 'active')"
                + " ORDER BY 4 DESC, t.label", null);
    }

    public Optional<Topic> find(String key) {
        return query(SELECT + " WHERE t.key = ?", key).stream().findFirst();
    }

    public void relabel(String key, String label) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE topic SET label = ? WHERE key = ?")) {
                ps.setString(1, label);
                ps.setString(2, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** What a merge changed, so that it can be undone. */
    public record Merge(Topic merged, String intoKey, List<Long> movedStatements) {
    }

    /** Moves every statement of topic {@code fromKey} to {@code intoKey} and deletes the first topic. */
    public Merge merge(String fromKey, String intoKey) {
        if (fromKey.equals(intoKey)) {
            throw new StoreException("a topic cannot be merged into itself");
        }
        Topic from = find(fromKey).orElseThrow(() -> new StoreException("topic " + fromKey + " does not exist"));
        Topic into = find(intoKey).orElseThrow(() -> new StoreException("topic " + intoKey + " does not exist"));
        return database.write(c -> {
            List<Long> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM statement WHERE topic_id = ? ORDER BY id")) {
                ps.setLong(1, from.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        moved.add(rs.getLong(1));
                    }
                }
            }
            setTopic(c, moved, into.id());
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM topic WHERE id = ?")) {
                ps.setLong(1, from.id());
                ps.executeUpdate();
            }
            return new Merge(from, into.key(), moved);
        });
    }

    /** Reverses a {@link #merge}: the merged topic comes back with its key, label and statements. */
    public void undoMerge(Merge merge) {
        Topic from = merge.merged();
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic (id, key, label) VALUES (?, ?, ?)")) {
                ps.setLong(1, from.id());
                ps.setString(2, from.key());
                ps.setString(3, from.label());
                ps.executeUpdate();
            }
            setTopic(c, merge.movedStatements(), from.id());
            return null;
        });
    }

    private static void setTopic(Connection c, List<Long> statements, long topicId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE statement SET topic_id = ?, version = version + 1 WHERE id = ?")) {
            for (long statement : statements) {
                ps.setLong(1, topicId);
                ps.setLong(2, statement);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<Topic> query(String sql, String arg) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                    ps.setString(1, arg);
                }
                List<Topic> topics = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        topics.add(new Topic(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
                return topics;
            }
        });
    }
}
