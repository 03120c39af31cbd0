package org.whosaid.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a whole library into an empty one, between a file and a server either way: every row of every table with
 * its id (articles, statements, sources, aliases, parties and sides, topics, tags, notes, feeds, every coder's edits),
 * in one transaction, verified before it is committed by the rows of each table and a checksum of the statements.
 */
public final class LibraryCopy {
    /** Parents before children, so that every reference points at a row already copied. */
    static final List<String> TABLES = List.of("side", "party", "article", "source", "source_alias", "topic",
            "statement", "coding", "tag", "statement_tag", "note", "feed", "feed_item");
    /** The rows a new library starts with (the default parties), replaced by the copied library's own. */
    private static final List<String> SEEDED = List.of("party", "side");
    private static final int BATCH = 500;

    private LibraryCopy() {
    }

    /** What was copied: the rows of each table and the checksum both libraries' statements have. */
    public record Result(Map<String, Integer> rows, String statementChecksum) {
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no articles, sources or statements yet.
     * @throws StoreException when {@code to} is not empty or the copy does not match (then nothing is kept)
     */
    public static Result copy(Database from, Database to) {
        return to.write(target -> from.read(source -> {
            for (String table : TABLES) {
                if (!SEEDED.contains(table) && count(target, table) > 0) {
                    throw new StoreException(to.name() + ": is not empty (table " + table + " has rows); copy into a"
                            + " new library so that nothing of either is mixed up");
                }
            }
            for (String table : List.of("party", "side")) {
                try (Statement s = target.createStatement()) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (String table : TABLES) {
                rows.put(table, copyTable(source, target, table));
            }
            if (to.dialect() == Dialect.POSTGRESQL) {
                afterCopyToServer(target);
            }
            for (String table : TABLES) {
                int copied = count(target, table);
                if (copied != count(source, table)) {
                    throw new StoreException(to.name() + ": the copy of table " + table + " has " + copied + " rows, "
                            + from.name() + " has " + count(source, table) + "; nothing was kept");
                }
            }
            String checksum = statementChecksum(source);
            if (!checksum.equals(statementChecksum(target))) {
                throw new StoreException(to.name() + ": the copied statements differ from those of " + from.name()
                        + " (checksum); nothing was kept");
            }
            return new Result(rows, checksum);
        }));
    }

    /** A checksum of every statement with all its fields, its tags and its note, in id order. */
    public static String checksum(Database database) {
        return database.read(LibraryCopy::statementChecksum);
    }

    private static int copyTable(Connection source, Connection target, String table) throws SQLException {
        int rows = 0;
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add("\"" + meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT) + "\"");
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement insert = target.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return rows;
    }

    /** Ids given explicitly leave a server's sequences behind: move them past the copied ids; index the articles. */
    private static void afterCopyToServer(Connection target) throws SQLException {
        try (Statement s = target.createStatement()) {
            for (String table : TABLES) {
                if (!List.of("source_alias", "statement_tag", "feed_item", "coding").contains(table)) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false)"
                            + " FROM " + table);
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM article ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            SearchIndex.reindex(Dialect.POSTGRESQL, target, id);
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String statementChecksum(Connection c) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT s.id, s.article_id, s.kind, s.start, s."end", s.text, s.cue_text, s.cue_start, s.cue_end,
                       s.source_id, s.mention, s.stance, s.topic_id, s.flags, s.origin, s.rule, s.confidence, s.status,
                       s.party_id, s.coder, s.modified, s.version, n.text,
                       (SELECT group_concat(CAST(tag_id AS TEXT), ',') FROM (SELECT tag_id FROM statement_tag st
                            WHERE st.statement_id = s.id ORDER BY tag_id) AS tags)
                FROM statement s LEFT JOIN note n ON n.statement_id = s.id ORDER BY s.id""")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    // the same value reads as Integer from one driver and Long from the other
                    String text = value == null ? "\u0000null" : value instanceof Number n && !(value instanceof Double)
                            ? Long.toString(n.longValue()) : value.toString();
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
