package org.whosaid.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.whosaid.model.Topic;

/** Topics: the questions statements answer, with counts; renaming. */
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
