package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.model.AuditItem;
import org.whosaid.model.EditStamp;
import org.whosaid.model.Origin;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;

/** Statements: reading them with their source, party, topic, tags and note; a reader's edits. */
public final class StatementRepository {
    private static final String SELECT = """
            SELECT s.id, s.article_id, s.kind, s.start, s.end, s.text, s.cue_text, s.cue_start, s.cue_end,
                   s.source_id, src.name, s.mention, src.kind, p.name, s.stance, t.key, s.flags, s.origin, s.rule,
                   s.confidence, s.status,
                   (SELECT group_concat(tag.name, '\u001f') FROM statement_tag st JOIN tag ON tag.id = st.tag_id
                        WHERE st.statement_id = s.id),
                   n.text, s.version, s.coder, s.modified
            FROM statement s
            LEFT JOIN source src ON src.id = s.source_id
            LEFT JOIN party p ON p.id = COALESCE(s.party_id, src.party_id)
            LEFT JOIN topic t ON t.id = s.topic_id
            LEFT JOIN note n ON n.statement_id = s.id
            """;

    private final Database database;

    public StatementRepository(Database database) {
        this.database = database;
    }

    /** All statements of an article, rejected ones included, in text order. */
    public List<Statement> ofArticle(long articleId) {
        return query(SELECT + " WHERE s.article_id = ? ORDER BY s.start, s.end", articleId);
    }

    /** Active statements on a topic, across articles. */
    public List<Statement> ofTopic(String topicKey) {
        return query(SELECT + " WHERE t.key = ? AND s.status = 'active' ORDER BY s.article_id, s.start", topicKey);
    }

    /** Active statements credited to a source, across articles. */
    public List<Statement> ofSource(long sourceId) {
        return query(SELECT + " WHERE s.source_id = ? AND s.status = 'active' ORDER BY s.article_id, s.start",
                sourceId);
    }

    /** Every statement in the library, in article and text order. */
    public List<Statement> all() {
        return query(SELECT + " ORDER BY s.article_id, s.start, s.end");
    }

    public Optional<Statement> find(long id) {
        return query(SELECT + " WHERE s.id = ?", id).stream().findFirst();
    }

    /** Adds a reader's statement over [start, end) of the article text, made by {@code stamp}; returns it as stored. */
    public Statement createUserStatement(long articleId, int start, int end, StatementKind kind, Long sourceId,
                                         EditStamp stamp) {
        long id = database.write(c -> {
            String text = ArticleRepository.find(c, articleId)
                    .orElseThrow(() -> new StoreException("article " + articleId + " does not exist")).text();
            if (start < 0 || end > text.length() || end <= start) {
                throw new StoreException("the selection [" + start + ", " + end + ") is outside the article text");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO statement (article_id, kind, start, "end", text, source_id, stance, origin, rule, confidence,
                        coder, modified)
                    VALUES (?, ?, ?, ?, ?, ?, 'asserts', 'user', 'user-selection', 1.0, ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, articleId);
                ps.setString(2, kind.code());
                ps.setInt(3, start);
                ps.setInt(4, end);
                ps.setString(5, text.substring(start, end));
                ps.setObject(6, sourceId);
                ps.setString(7, stamp.coder());
                ps.setString(8, stamp.at().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    /**
     * Runs {@code work}, which may call any repository of this database, as one transaction: every change it makes
     * is stored, or (when it throws) none.
     */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return database.write(c -> work.get());
    }

    /**
     * Removes a statement for good (used to undo the creation of a reader's statement), unless it changed since
     * version {@code expectedVersion} was read: then nothing is removed and {@link StaleRowException} says who changed it.
     */
    public void delete(long id, int expectedVersion) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement WHERE id = ? AND version = ?")) {
                ps.setLong(1, id);
                ps.setInt(2, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw stale(c, id);
                }
            }
            return null;
        });
    }

    /** What {@link #setOwnParty} did: the party the statement had of its own before (null for none), and the statement now. */
    public record OwnParty(String before, Statement after) {
    }

    /**
     * Gives one statement its own party (null: its source's again), marking it the reader's so re-analysis keeps it,
     * unless it changed since version {@code expectedVersion} was read ({@link StaleRowException}, nothing stored).
     */
    public OwnParty setOwnParty(long id, int expectedVersion, String party, EditStamp stamp) {
        String before = database.write(c -> {
            String own = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.name FROM statement s JOIN party p ON p.id = s.party_id WHERE s.id = ?")) {
                ps.setLong(1, id);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    own = rs.next() ? rs.getString(1) : null;
                }
            }
            Long partyId = party == null ? null : PartyRepository.idFor(c, party);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE statement SET party_id = ?, origin = 'user', coder = ?, modified = ?, version = version + 1
                    WHERE id = ? AND version = ?""")) {
                ps.setObject(1, partyId);
                ps.setString(2, stamp.coder());
                ps.setString(3, stamp.at().toString());
                ps.setLong(4, id);
                ps.setInt(5, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw stale(c, id);
                }
            }
            return own;
        });
        return new OwnParty(before, find(id).orElseThrow());
    }

    /**
     * Sets every editable field of a statement at once, as {@code stamp}'s edit; returns it as stored. The edit is
     * refused, with nothing stored, when the statement changed since version {@code expectedVersion} was read or is
     * gone ({@link StaleRowException}).
     */
    public Statement apply(long id, int expectedVersion, StatementEdit edit, EditStamp stamp) {
        database.write(c -> {
            Long topicId = edit.topic() == null ? null : new TopicRows(c).idFor(edit.topic(), null);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE statement SET kind = ?, source_id = ?, stance = ?, topic_id = ?, status = ?, origin = ?,
                        mention = CASE WHEN CAST(? AS BIGINT) IS NULL THEN NULL ELSE mention END,
                        coder = ?, modified = ?, version = version + 1
                    WHERE id = ? AND version = ?""")) {
                ps.setString(1, edit.kind().code());
                ps.setObject(2, edit.sourceId());
                ps.setString(3, edit.stance().code());
                ps.setObject(4, topicId);
                ps.setString(5, edit.status().code());
                ps.setString(6, edit.origin().code());
                ps.setObject(7, edit.sourceId());
                ps.setString(8, stamp.coder());
                ps.setString(9, stamp.at().toString());
                ps.setLong(10, id);
                ps.setInt(11, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw stale(c, id);
                }
            }
            writeTags(c, id, edit.tags());
            writeNote(c, id, edit.note(), stamp.at());
            return null;
        });
        return find(id).orElseThrow();
    }

    /**
     * Active statements counted by what the library's audit tells apart: sourced or not, the party heard, quote or
     * not, and whether the source is vague or anonymous. Counted in SQL over a covering index, so a whole-library
     * audit at 100,000 articles reads a few hundred groups, not two million statements.
     */
    public record Tally(boolean sourced, String party, boolean quote, boolean weak, int count) {
    }

    public List<Tally> tallies() {
        return database.read(c -> {
            Map<Long, String> partyNames = partyNames(c);
            Map<Long, Long> sourceParty = new HashMap<>();
            Map<Long, Boolean> anonymous = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, party_id FROM source");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    anonymous.put(id, "anonymous".equals(rs.getString(2)));
                    long party = rs.getLong(3);
                    if (!rs.wasNull()) {
                        sourceParty.put(id, party);
                    }
                }
            }
            List<Tally> tallies = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT source_id, party_id, kind, flags, count(*) FROM statement WHERE status = 'active'
                    GROUP BY source_id, party_id, kind, flags""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sourceId = rs.getLong(1);
                    Long source = rs.wasNull() ? null : Long.valueOf(sourceId);
                    long partyId = rs.getLong(2);
                    Long party = rs.wasNull() ? (source == null ? null : sourceParty.get(source)) : Long.valueOf(partyId);
                    String kind = rs.getString(3);
                    String flagText = rs.getString(4);
                    List<String> flags = flagText == null ? List.of() : List.of(flagText.split(","));
                    boolean sourced = source != null && !"unattributed".equals(kind);
                    boolean weak = sourced && (flags.contains(AuditItem.ANONYMOUS_SOURCE) || flags.contains(AuditItem.VAGUE_SOURCE)
                            || anonymous.getOrDefault(source, false));
                    tallies.add(new Tally(sourced, party == null ? null : partyNames.get(party), "quote".equals(kind),
                            weak, rs.getInt(5)));
                }
            }
            return tallies;
        });
    }

    static final String UNSOURCED = "s.status = 'active' AND (s.source_id IS NULL OR s.kind = 'unattributed')";

    /**
     * The first {@code limit} active statements with no source: the reader's own marks first, then most check-worthy
     * first (the parser stores a claim's check-worthiness as its confidence), text order among equals.
     */
    public List<Statement> unsourced(int limit) {
        return query(SELECT + " WHERE " + UNSOURCED + UNSOURCED_ORDER + " LIMIT ?", limit);
    }

    /** The order of {@link #unsourced}, that of the index {@code statement_unsourced} (V12), so no sort is needed. */
    static final String UNSOURCED_ORDER = " ORDER BY CASE WHEN s.origin = 'user' THEN 0 ELSE 1 END,"
            + " s.confidence DESC, s.article_id, s.start, s.end";

    /** The first {@code limit} sourced active statements whose source is vague or anonymous, in text order. */
    public List<Statement> weaklySourced(int limit) {
        return query(SELECT + """
                 WHERE s.status = 'active' AND s.source_id IS NOT NULL AND s.kind <> 'unattributed'
                   AND ((',' || s.flags || ',') LIKE ? OR (',' || s.flags || ',') LIKE ? OR src.kind = 'anonymous')
                 ORDER BY s.article_id, s.start, s.end LIMIT ?""",
                "%," + AuditItem.ANONYMOUS_SOURCE + ",%", "%," + AuditItem.VAGUE_SOURCE + ",%", limit);
    }

    /**
     * Active statements on a topic counted by topic, whether they have a source, the party heard and the stance:
     * what the Compare screen's topic list shows (parties heard, asserted against denied), without reading them.
     */
    public record TopicTally(String topicKey, boolean sourced, String party, Stance stance, int count) {
    }

    public List<TopicTally> topicTallies() {
        return database.read(c -> {
            Map<Long, String> topicKeys = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, key FROM topic");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    topicKeys.put(rs.getLong(1), rs.getString(2));
                }
            }
            Map<Long, String> partyNames = partyNames(c);
            Map<Long, Long> sourceParty = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, party_id FROM source WHERE party_id IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sourceParty.put(rs.getLong(1), rs.getLong(2));
                }
            }
            List<TopicTally> tallies = new ArrayList<>();
            // Grouped by ids over a covering index; the names are looked up here, once per group.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT topic_id, source_id, party_id, stance, count(*) FROM statement
                    WHERE status = 'active' AND topic_id IS NOT NULL
                    GROUP BY topic_id, source_id, party_id, stance""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String topic = topicKeys.get(rs.getLong(1));
                    long sourceId = rs.getLong(2);
                    Long source = rs.wasNull() ? null : Long.valueOf(sourceId);
                    long partyId = rs.getLong(3);
                    Long party = rs.wasNull() ? (source == null ? null : sourceParty.get(source))
                            : Long.valueOf(partyId);
                    tallies.add(new TopicTally(topic, source != null, party == null ? null : partyNames.get(party),
                            Stance.fromCode(rs.getString(4)), rs.getInt(5)));
                }
            }
            return tallies;
        });
    }

    /**
     * What a topic list needs of a statement whose words may make a conflict (a figure, a side named): its topic, its
     * place in Compare's date order, party, stance and text, without its tags, note, source or article.
     */
    public record Worded(String topicKey, long statementId, long articleId, String published, String party,
                         Stance stance, String text) {
    }

    /**
     * The active statements with a source and a stance other than questioning on the topics whose keys match one of
     * {@code keyPatterns} (SQL LIKE patterns: "casualties-%") or are one of {@code keys}: the only ones whose words
     * can make a conflict there.
     */
    public List<Worded> wordedOnTopics(List<String> keyPatterns, java.util.Collection<String> keys) {
        if (keyPatterns.isEmpty() && keys.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>(java.util.Collections.nCopies(keyPatterns.size(), "t.key LIKE ?"));
        if (!keys.isEmpty()) {
            conditions.add("t.key IN (" + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")");
        }
        List<String> values = new ArrayList<>(keyPatterns);
        values.addAll(keys);
        return database.read(c -> {
            List<Worded> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.key, s.id, s.article_id, a.published, p.name, s.stance, s.text
                    FROM statement s
                    JOIN topic t ON t.id = s.topic_id
                    JOIN article a ON a.id = s.article_id
                    LEFT JOIN source src ON src.id = s.source_id
                    LEFT JOIN party p ON p.id = COALESCE(s.party_id, src.party_id)
                    WHERE s.status = 'active' AND s.source_id IS NOT NULL AND s.stance <> 'questions'
                      AND (""" + String.join(" OR ", conditions) + ")")) {
                for (int i = 0; i < values.size(); i++) {
                    ps.setString(i + 1, values.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Worded(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), Stance.fromCode(rs.getString(6)), rs.getString(7)));
                    }
                }
            }
            return result;
        });
    }

    private static Map<Long, String> partyNames(Connection c) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM party"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    /** Every tag name in use or defined, sorted. */
    public List<String> tags() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM tag ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    private static void writeTags(Connection c, long id, List<String> tags) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM statement_tag WHERE statement_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        for (String tag : tags) {
            if (tag.isBlank()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tag (name) VALUES (?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, tag.strip());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO statement_tag (statement_id, tag_id) SELECT ?, id FROM tag WHERE name = ?
                    ON CONFLICT DO NOTHING""")) {
                ps.setLong(1, id);
                ps.setString(2, tag.strip());
                ps.executeUpdate();
            }
        }
    }

    private static void writeNote(Connection c, long id, String note, Instant at) throws SQLException {
        if (note == null || note.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE statement_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO note (statement_id, text, updated) VALUES (?, ?, ?)
                ON CONFLICT (statement_id) DO UPDATE SET text = excluded.text, updated = excluded.updated""")) {
            ps.setLong(1, id);
            ps.setString(2, note);
            ps.setString(3, at.toString());
            ps.executeUpdate();
        }
    }

    /** Why an update or delete of statement {@code id} touched no row: it changed meanwhile, or is gone. */
    private static StaleRowException stale(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coder, modified FROM statement WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new StaleRowException("statement", id, null, true);
                }
                return new StaleRowException("statement", id, stamp(rs.getString(1), rs.getString(2)), false);
            }
        }
    }

    private List<Statement> query(String sql, Object... args) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<Statement> result = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
                return result;
            }
        });
    }

    private static Statement read(ResultSet rs) throws SQLException {
        String text = rs.getString(6);
        int start = rs.getInt(4);
        String cueText = rs.getString(7);
        Span cue = cueText == null ? null : new Span(rs.getInt(8), rs.getInt(9), cueText);
        long sourceId = rs.getLong(10);
        boolean hasSource = !rs.wasNull();
        String sourceKind = rs.getString(13);
        String flags = rs.getString(17);
        String tags = rs.getString(22);
        return new Statement(rs.getLong(1), rs.getLong(2), StatementKind.fromCode(rs.getString(3)),
                new Span(start, rs.getInt(5), text), cue,
                hasSource ? sourceId : null, rs.getString(11), rs.getString(12),
                sourceKind == null ? null : SourceKind.fromCode(sourceKind), rs.getString(14),
                Stance.fromCode(rs.getString(15)), rs.getString(16),
                flags == null || flags.isEmpty() ? List.of() : Arrays.asList(flags.split(",")),
                Origin.fromCode(rs.getString(18)), rs.getString(19), rs.getDouble(20),
                Status.fromCode(rs.getString(21)),
                tags == null ? List.of() : Arrays.asList(tags.split("\u001f")), rs.getString(23), rs.getInt(24),
                stamp(rs.getString(25), rs.getString(26)));
    }

    private static EditStamp stamp(String coder, String modified) {
        return coder == null || modified == null ? null : new EditStamp(coder, Instant.parse(modified));
    }
}
