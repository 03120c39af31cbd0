package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Each coder's own coding of the statements they edited or added (table {@code coding}, one row per coder per
 * statement), kept beside the statement's current coding so that coders of one library can be compared.
 */
public final class CodingRepository {
    private final Database database;

    public CodingRepository(Database database) {
        this.database = database;
    }

    /**
     * What a coder said of a statement: its kind, stance and status as codes, its source and party by name (null for
     * none).
     */
    public record Value(String kind, String source, String party, String stance, String status) {
        public Value {
            if (kind == null || stance == null || status == null) {
                throw new IllegalArgumentException("a coding needs its kind, stance and status");
            }
        }
    }

    /** A coder's coding of one statement, with where the statement is (its article, offsets and text). */
    public record Coded(long statementId, long articleId, int start, int end, String text, String coder,
                        Value value, Instant modified) {
    }

    /** The coder's coding of the statement, if they gave one. */
    public Optional<Value> find(long statementId, String coder) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT kind, source, party, stance, status FROM coding WHERE statement_id = ? AND coder = ?""")) {
                ps.setLong(1, statementId);
                ps.setString(2, coder);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Value(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))) : Optional.empty();
                }
            }
        });
    }

    /** Stores the coder's coding of the statement, replacing the one they gave before. */
    public void put(long statementId, String coder, Value value, Instant at) {
        database.write(c -> {
            delete(c, statementId, coder);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO coding (statement_id, coder, kind, source, party, stance, status, modified)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, statementId);
                ps.setString(2, coder);
                ps.setString(3, value.kind());
                ps.setString(4, value.source());
                ps.setString(5, value.party());
                ps.setString(6, value.stance());
                ps.setString(7, value.status());
                ps.setString(8, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the coder's coding of the statement (as when the edit that gave it is undone). */
    public void remove(long statementId, String coder) {
        database.write(c -> {
            delete(c, statementId, coder);
            return null;
        });
    }

    private static void delete(Connection c, long statementId, String coder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coding WHERE statement_id = ? AND coder = ?")) {
            ps.setLong(1, statementId);
            ps.setString(2, coder);
            ps.executeUpdate();
        }
    }

    /** The names of everyone who coded a statement of this library, sorted. */
    public List<String> coders() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT coder FROM coding ORDER BY coder");
                 ResultSet rs = ps.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    /**
     * The coder's codings, in article and text order; {@code articleIds} empty means every article. A coding the
     * coder rejected is included (its status says so).
     */
    public List<Coded> of(String coder, Collection<Long> articleIds) {
        StringBuilder sql = new StringBuilder("""
                SELECT c.statement_id, s.article_id, s.start, s.end, s.text, c.coder, c.kind, c.source, c.party,
                       c.stance, c.status, c.modified
                FROM coding c JOIN statement s ON s.id = c.statement_id
                WHERE c.coder = ?""");
        if (!articleIds.isEmpty()) {
            sql.append(" AND s.article_id IN (").append(String.join(", ", articleIds.stream().map(id -> "?")
                    .toList())).append(')');
        }
        sql.append(" ORDER BY s.article_id, s.start, s.end");
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setString(1, coder);
                int i = 2;
                for (long id : articleIds) {
                    ps.setLong(i++, id);
                }
                List<Coded> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Coded(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), new Value(rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11)),
                                Instant.parse(rs.getString(12))));
                    }
                }
                return result;
            }
        });
    }
}
