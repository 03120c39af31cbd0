package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whosaid.model.SourceMention;

/** Finds or creates the source row for a mention (by name or alias), remembering answers within one write. */
final class SourceRows {
    private final Connection c;
    private final Map<String, Long> known = new HashMap<>();
    private Dialect dialect;

    SourceRows(Connection c) {
        this.c = c;
    }

    long idFor(SourceMention mention) throws SQLException {
        String key = mention.name().toLowerCase(java.util.Locale.ROOT);
        Long cached = known.get(key);
        if (cached != null) {
            // A later mention in the same article ("the Defence Ministry") is another name for the source too.
            if (nameLike(mention.mention(), mention.name())) {
                addAlias(c, cached, mention.mention());
            }
            return cached;
        }
        long id = find(c, mention.name()).orElse(-1L);
        if (id < 0) {
            id = bySurname(mention);
        }
        if (id < 0) {
            id = insert(mention);
        }
        Set<String> aliases = new LinkedHashSet<>(mention.aliases());
        if (nameLike(mention.mention(), mention.name())) {
            aliases.add(mention.mention());
        }
        for (String alias : aliases) {
            addAlias(c, id, alias);
        }
        known.put(key, id);
        return id;
    }

    /**
     * Whether a mention can name its source in any article. Pronouns and common-noun back-references ("He", "the
     * ministry", "officials") only make sense where they stand: stored as aliases, they would credit another
     * article's "he" to this source.
     */
    static boolean nameLike(String mention, String canonicalName) {
        if (mention == null) {
            return false;
        }
        String[] words = stripArticle(mention).split("\\s+");
        if (words.length == 1 && PRONOUNS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0))) {
                return true;
            }
        }
        // One capitalised word ("Zelensky", "Russia") names the source when the full name has it; "Officials" and
        // "the ministry" do not.
        String word = words[0].toLowerCase(java.util.Locale.ROOT);
        return words.length == 1 && word.length() > 2 && Character.isUpperCase(words[0].codePointAt(0))
                && java.util.Arrays.stream(
                canonicalName.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(part -> part.startsWith(word) && !part.equals(canonicalName.toLowerCase(java.util.Locale.ROOT)));
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
            "them", "us", "this", "that", "these", "those", "who");

    /** The source whose name or one of whose aliases is {@code name}, ignoring case and a leading "the". */
    static Optional<Long> find(Connection c, String name) throws SQLException {
        String bare = stripArticle(name);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM source WHERE name = ? OR name = ?
                UNION ALL
                SELECT source_id FROM source_alias WHERE alias = ? OR alias = ?
                LIMIT 1""")) {
            ps.setString(1, name);
            ps.setString(2, bare);
            ps.setString(3, name);
            ps.setString(4, bare);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * A person named by a surname alone ("Sharif") in a later article is the one person of the library whose name ends
     * so ("Shehbaz Sharif"), and keeps that person's party; two such people leave it a new source.
     */
    private long bySurname(SourceMention mention) throws SQLException {
        String name = mention.name();
        if (mention.kind() != org.whosaid.model.SourceKind.PERSON || name.length() < 3 || name.indexOf(' ') >= 0
                || !Character.isUpperCase(name.codePointAt(0))) {
            return -1;
        }
        if (dialect == null) {
            dialect = Dialect.of(c);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM source WHERE kind = 'person' AND " + dialect.likeIgnoringCase("name") + " ESCAPE '\\' LIMIT 2")) {
            ps.setString(1, "% " + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                long id = rs.getLong(1);
                return rs.next() ? -1 : id;
            }
        }
    }

    static void addAlias(Connection c, long sourceId, String alias) throws SQLException {
        String bare = stripArticle(alias);
        if (bare.isBlank()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO source_alias (source_id, alias)
                SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM source WHERE id = ? AND name = ?)
                ON CONFLICT DO NOTHING""")) {
            ps.setLong(1, sourceId);
            ps.setString(2, bare);
            ps.setLong(3, sourceId);
            ps.setString(4, bare);
            ps.executeUpdate();
        }
    }

    private long insert(SourceMention mention) throws SQLException {
        Long partyId = mention.party() == null ? null : PartyRepository.idFor(c, mention.party());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO source (name, kind, party_id) VALUES (?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, mention.name());
            ps.setString(2, mention.kind().code());
            ps.setObject(3, partyId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static String stripArticle(String name) {
        String s = name.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).strip() : s;
    }
}
