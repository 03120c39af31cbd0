package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Finds or creates topic rows by key, remembering answers within one write. */
final class TopicRows {
    private final Connection c;
    private final Map<String, Long> known = new HashMap<>();

    TopicRows(Connection c) {
        this.c = c;
    }

    /** The topic with this key; a new one gets {@code label}, or its key when no label is known. */
    long idFor(String key, String label) throws SQLException {
        Long cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO topic (key, label) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, key);
            ps.setString(2, label == null ? key : label);
            ps.executeUpdate();
        }
        if (label != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE topic SET label = ? WHERE key = ? AND label = key")) {
                ps.setString(1, label);
                ps.setString(2, key);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM topic WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                known.put(key, id);
                return id;
            }
        }
    }
}
