package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.model.EditStamp;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.SourceStats;

/** Sources (speakers), their aliases and parties; renaming and merging. */
public final class SourceRepository {
    private static final String SELECT = """
            SELECT src.id, src.name, src.kind, p.name,
                   (SELECT group_concat(alias, '\u001f') FROM source_alias a WHERE a.source_id = src.id),
                   (SELECT count(*) FROM statement s WHERE s.source_id = src.id AND s.status = 'active'),
                   (SELECT count(DISTINCT article_id) FROM statement s WHERE s.source_id = src.id AND s.status = 'active'),
                   src.version, src.coder, src.modified
            FROM source src LEFT JOIN party p ON p.id = src.party_id""";

    private final Database database;

    public SourceRepository(Database database) {
        this.database = database;
    }

    public List<SourceStats> all() {
        return database.read(c -> query(c, SELECT + " ORDER BY src.name COLLATE NOCASE"));
    }

    public Optional<Source> find(long id) {
        return database.read(c -> query(c, SELECT + " WHERE src.id = ?", id)).stream()
                .findFirst().map(SourceStats::source);
    }

    /** The source named so (or with that alias), created with the given kind and party when there is none. */
    public Source findOrCreate(String name, SourceKind kind, String party) {
        long id = database.write(c -> new SourceRows(c).idFor(new SourceMention(name, null, kind, party, List.of())));
        return find(id).orElseThrow();
    }

    public Optional<Source> findByName(String name) {
        return database.read(c -> SourceRows.find(c, name)).flatMap(this::find);
    }

    /**
     * Renames a source, as {@code stamp}'s edit, unless it changed since version {@code expectedVersion} was read or
     * is gone ({@link StaleRowException}, nothing stored).
     */
    public void rename(long id, int expectedVersion, String newName, EditStamp stamp) {
        stamped(id, expectedVersion, "name = ?", newName.strip(), stamp);
    }

    /**
     * Sets the source's party (null for none), creating the party if it is new, as {@code stamp}'s edit; refused like
     * {@link #rename} when the source changed since version {@code expectedVersion}.
     */
    public void setParty(long id, int expectedVersion, String party, EditStamp stamp) {
        database.write(c -> {
            Long partyId = party == null ? null : PartyRepository.idFor(c, party);
            stamped(id, expectedVersion, "party_id = ?", partyId, stamp);
            return null;
        });
    }

    /** Sets one column of a source and records who changed it, when, and that its version moved on. */
    private void stamped(long id, int expectedVersion, String assignment, Object value, EditStamp stamp) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE source SET " + assignment
                    + ", coder = ?, modified = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                ps.setObject(1, value);
                ps.setString(2, stamp.coder());
                ps.setString(3, stamp.at().toString());
                ps.setLong(4, id);
                ps.setInt(5, expectedVersion);
                if (ps.executeUpdate() == 0) {
                    throw stale(c, id);
                }
            }
            return null;
        });
    }

    /** Why an update of source {@code id} touched no row: it changed meanwhile, or is gone. */
    private static StaleRowException stale(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coder, modified FROM source WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new StaleRowException("source", id, null, true);
                }
                return new StaleRowException("source", id, stamp(rs.getString(1), rs.getString(2)), false);
            }
        }
    }

    private static EditStamp stamp(String coder, String modified) {
        return coder == null || modified == null ? null : new EditStamp(coder, java.time.Instant.parse(modified));
    }

    public void setKind(long id, SourceKind kind) {
        update(id, "UPDATE source SET kind = ? WHERE id = ?", kind.code());
    }

    public void addAlias(long id, String alias) {
        database.write(c -> {
            SourceRows.addAlias(c, id, alias);
            return null;
        });
    }

    public void removeAlias(long id, String alias) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source_alias WHERE source_id = ? AND alias = ?")) {
                ps.setLong(1, id);
                ps.setString(2, alias);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** What a merge changed, so that it can be undone. */
    public record Merge(Source merged, long intoId, List<Long> movedStatements, List<String> addedAliases) {
    }

    /**
     * Moves every statement and alias of {@code from} to {@code into}, as {@code stamp}'s edit of {@code into}; the
     * first source's name becomes an alias. Refused ({@link StaleRowException}, nothing stored) when either source
     * changed since the versions given were read.
     */
    public Merge merge(Source from, Source into, EditStamp stamp) {
        long fromId = from.id();
        long intoId = into.id();
        if (fromId == intoId) {
            throw new StoreException("a source cannot be merged into itself");
        }
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE source SET coder = ?, modified = ?, version = version + 1 WHERE id = ? AND version = ?""")) {
                ps.setString(1, stamp.coder());
                ps.setString(2, stamp.at().toString());
                ps.setLong(3, intoId);
                ps.setInt(4, into.version());
                if (ps.executeUpdate() == 0) {
                    throw stale(c, intoId);
                }
            }
            Source merged = query(c, SELECT + " WHERE src.id = ?", fromId).stream().findFirst()
                    .map(SourceStats::source).filter(now -> now.version() == from.version()).orElse(null);
            if (merged == null) {
                throw stale(c, fromId);
            }
            Source target = query(c, SELECT + " WHERE src.id = ?", intoId).get(0).source();
            List<Long> moved = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM statement WHERE source_id = ?")) {
                ps.setLong(1, fromId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        moved.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE statement SET source_id = ?, version = version + 1 WHERE source_id = ?")) {
                ps.setLong(1, intoId);
                ps.setLong(2, fromId);
                ps.executeUpdate();
            }
            List<String> added = new ArrayList<>();
            List<String> names = new ArrayList<>(merged.aliases());
            names.add(0, merged.name());
            for (String name : names) {
                boolean known = target.name().equalsIgnoreCase(name)
                        || target.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
                if (!known) {
                    added.add(name);
                }
            }
            delete(c, fromId);
            for (String alias : added) {
                SourceRows.addAlias(c, intoId, alias);
            }
            return new Merge(merged, intoId, moved, added);
        });
    }

    /** The rows a source deletion removed or changed, as they were, for {@link #restore}. */
    public record DeletedSource(String name, List<Map<String, Object>> source, List<Map<String, Object>> aliases,
                                List<Map<String, Object>> statements) {
        public DeletedSource {
            source = List.copyOf(source);
            aliases = List.copyOf(aliases);
            statements = List.copyOf(statements);
        }
    }

    /**
     * Deletes a source: its statements stay, unattributed (no source, no mention, kind unattributed), and the
     * returned rows let {@link #restore} put everything back as it was.
     */
    public DeletedSource deleteRestorably(long id) {
        return database.write(c -> {
            List<Map<String, Object>> source = StoredRows.select(c, "SELECT * FROM source WHERE id = ?", id);
            if (source.isEmpty()) {
                throw new StoreException("source " + id + " does not exist");
            }
            List<Map<String, Object>> aliases = StoredRows.select(c,
                    "SELECT * FROM source_alias WHERE source_id = ?", id);
            List<Map<String, Object>> statements = StoredRows.select(c,
                    "SELECT id, kind, source_id, mention, origin FROM statement WHERE source_id = ?", id);
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE statement SET kind = 'unattributed', source_id = NULL, mention = NULL, origin = 'user',
                        version = version + 1
                    WHERE source_id = ?""")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            delete(c, id);
            return new DeletedSource(String.valueOf(source.get(0).get("name")), source, aliases, statements);
        });
    }

    /** Undoes {@link #deleteRestorably}: the source with its id, aliases and party, credited again as before. */
    public void restore(DeletedSource deleted) {
        database.write(c -> {
            StoredRows.insert(c, "source", deleted.source());
            StoredRows.insert(c, "source_alias", deleted.aliases());
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE statement SET kind = ?, source_id = ?, mention = ?, origin = ?, version = version + 1 WHERE id = ?")) {
                for (Map<String, Object> row : deleted.statements()) {
                    ps.setObject(1, row.get("kind"));
                    ps.setObject(2, row.get("source_id"));
                    ps.setObject(3, row.get("mention"));
                    ps.setObject(4, row.get("origin"));
                    ps.setObject(5, row.get("id"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Reverses a {@link #merge}: the merged source comes back with its aliases and statements. */
    public long undoMerge(Merge merge) {
        Source from = merge.merged();
        return database.write(c -> {
            for (String alias : merge.addedAliases()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM source_alias WHERE source_id = ? AND alias = ?")) {
                    ps.setLong(1, merge.intoId());
                    ps.setString(2, alias);
                    ps.executeUpdate();
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO source (id, name, kind, party_id, version) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, from.id());
                ps.setString(2, from.name());
                ps.setString(3, from.kind().code());
                ps.setObject(4, from.party() == null ? null : PartyRepository.idFor(c, from.party()));
                // a view of the source from before the merge is stale now
                ps.setInt(5, from.version() + 1);
                ps.executeUpdate();
                id = from.id();
            }
            for (String alias : from.aliases()) {
                SourceRows.addAlias(c, id, alias);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE statement SET source_id = ?, version = version + 1 WHERE id = ?")) {
                for (long statement : merge.movedStatements()) {
                    ps.setLong(1, id);
                    ps.setLong(2, statement);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    private static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private void update(long id, String sql, String value) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<SourceStats> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<SourceStats> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String aliases = rs.getString(5);
                    Source source = new Source(rs.getLong(1), rs.getString(2), SourceKind.fromCode(rs.getString(3)),
                            rs.getString(4), aliases == null ? List.of() : Arrays.asList(aliases.split("\u001f")),
                            rs.getInt(8), stamp(rs.getString(9), rs.getString(10)));
                    result.add(new SourceStats(source, rs.getInt(6), rs.getInt(7)));
                }
            }
            return result;
        }
    }
}
