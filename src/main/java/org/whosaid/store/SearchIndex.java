package org.whosaid.store;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Full-text search on PostgreSQL, answering as FTS5 does on SQLite. SQLite's triggers index an article's title and
 * text with the unicode61 tokenizer (words of letters, digits and private-use characters; case folded; diacritics
 * removed); here the same words are computed in Java and stored as a {@code tsvector} (GIN-indexed), because
 * PostgreSQL's own parser reads URLs, e-mail addresses and decimals as single tokens and folds case by the server's
 * locale. Queries are built from the same words ({@link FtsQuery}), so both databases find the same articles.
 */
final class SearchIndex {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{Co}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** PostgreSQL refuses a lexeme of 2 KB or more; no real word is that long. */
    private static final int MAX_WORD_BYTES = 2046;

    private SearchIndex() {
    }

    /**
     * Runs a full-text query with PostgreSQL's planner kept off sequential scans: it costs a scan of the search words
     * without the work of matching each article's words (0.35 s to count "said" at 100,000 articles, where the GIN
     * index answers in 20 ms), and so scans whenever most articles match. SQLite's full-text index is always used.
     */
    static <T> T onTheIndex(Dialect dialect, Connection c, SqlWork<T> work) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return work.run(c);
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
        }
        try {
            return work.run(c);
        } finally {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("RESET enable_seqscan");
            } catch (SQLException e) {
                // the connection is gone, or its transaction failed and is rolled back with the setting
            }
        }
    }

    /** The words of {@code text} as unicode61 with {@code remove_diacritics 2} indexes them, each once. */
    static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(fold(text))) {
            if (!word.isEmpty() && word.getBytes(StandardCharsets.UTF_8).length <= MAX_WORD_BYTES) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * Lower case, and Latin letters without their diacritics, as unicode61 compares words: it folds "é" to "e" but
     * keeps Cyrillic "ё" and "й" apart from "е" and "и".
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp > 0x7f && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                folded.append(MARKS.matcher(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD)).replaceAll(""));
            } else {
                folded.appendCodePoint(cp);
            }
        });
        return folded.toString();
    }

    /** Indexes (again) an article that was just stored or changed; SQLite's triggers do this themselves. */
    static void index(Dialect dialect, Connection c, long articleId, String title, String text) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        Set<String> words = words(title + " " + text);
        Array array = c.createArrayOf("text", words.toArray());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_search (article_id, words) VALUES (?, array_to_tsvector(?))
                ON CONFLICT (article_id) DO UPDATE SET words = excluded.words""")) {
            ps.setLong(1, articleId);
            ps.setArray(2, array);
            ps.executeUpdate();
        } finally {
            array.free();
        }
    }

    /** Indexes an article again from its stored title and text (after they changed, or a restore). */
    static void reindex(Dialect dialect, Connection c, long articleId) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT title, text FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    index(dialect, c, articleId, rs.getString(1), rs.getString(2));
                }
            }
        }
    }
}
