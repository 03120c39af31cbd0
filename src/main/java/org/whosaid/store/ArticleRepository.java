package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.ArticleHeader;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.ArticleTitle;
import org.whosaid.model.Cancellation;

/** Articles: storing one with its analysis in one transaction, listing, finding, deleting. */
public final class ArticleRepository {
    static final String SUMMARY_SQL = """
            SELECT a.id, a.title, a.outlet, a.published,
                   tally.quotes, tally.claims, tally.unattributed,
                   (SELECT group_concat(name, '\u001f') FROM (SELECT DISTINCT p.name FROM statement s
                        JOIN source src ON src.id = s.source_id JOIN party p ON p.id = src.party_id
                        WHERE s.article_id = a.id AND s.status = 'active' ORDER BY p.name) AS names),
                   a.language
            FROM article a LEFT JOIN article_tally tally ON tally.article_id = a.id""";

    private final Database database;

    public ArticleRepository(Database database) {
        this.database = database;
    }

    /** After storing many articles at once: the database's planner statistics brought up to date. */
    public void storedMany() {
        database.refreshStatistics();
    }

    /** The outcome of {@link #store}: the article's id and whether it was already there. */
    public record Stored(long id, boolean duplicate) {
    }

    /** An article as read, with its analysis: what {@link #storeAll} stores. */
    public record Analysed(ArticleContent content, Analysis analysis) {
    }

    /** Stores an article and its analysis in one transaction; an article with the same text hash is not stored twice. */
    public Stored store(ArticleContent content, Analysis analysis) {
        return storeAll(List.of(new Analysed(content, analysis))).get(0);
    }

    /**
     * Stores many articles with their analyses in one transaction: all of them are stored, or none (each article
     * with all its statements either way). Much faster than one {@link #store} per article; callers bound the
     * batch size. Articles whose text hash is already stored, or repeated within the batch, are not stored twice.
     */
    public List<Stored> storeAll(List<Analysed> batch) {
        List<String> hashes = batch.stream().map(a -> ContentHash.of(a.content().text())).toList();
        String imported = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return database.write(c -> {
            List<Stored> result = new ArrayList<>(batch.size());
            try (PreparedStatement byHash = c.prepareStatement("SELECT id FROM article WHERE hash = ?");
                 PreparedStatement insert = c.prepareStatement("""
                         INSERT INTO article (title, byline, outlet, url, published, imported, language, text, hash,
                             dateline, corrections)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement fillIn = c.prepareStatement("""
                         UPDATE article SET title = CASE WHEN title = '(untitled)' THEN ? ELSE title END,
                             byline = coalesce(byline, ?), outlet = coalesce(outlet, ?), url = coalesce(url, ?),
                             published = coalesce(published, ?), language = coalesce(language, ?),
                             dateline = coalesce(dateline, ?), corrections = coalesce(corrections, ?)
                         WHERE id = ?""");
                 StatementWriter statements = new StatementWriter(c)) {
                for (int i = 0; i < batch.size(); i++) {
                    ArticleContent content = batch.get(i).content();
                    Optional<Long> existing = idByHash(byHash, hashes.get(i));
                    if (existing.isPresent()) {
                        // Another copy of the same story (a saved page and its print view, say) may know what the
                        // first one lacked; it fills gaps and never overwrites.
                        fillIn.setString(1, content.title());
                        fillIn.setString(2, content.byline());
                        fillIn.setString(3, content.outlet());
                        fillIn.setString(4, content.url());
                        fillIn.setString(5, content.published());
                        fillIn.setString(6, content.language());
                        fillIn.setString(7, content.dateline());
                        fillIn.setString(8, content.corrections());
                        fillIn.setLong(9, existing.get());
                        fillIn.executeUpdate();
                        SearchIndex.reindex(database.dialect(), c, existing.get());
                        result.add(new Stored(existing.get(), true));
                        continue;
                    }
                    insert.setString(1, content.title());
                    insert.setString(2, content.byline());
                    insert.setString(3, content.outlet());
                    insert.setString(4, content.url());
                    insert.setString(5, content.published());
                    insert.setString(6, imported);
                    insert.setString(7, content.language());
                    insert.setString(8, content.text());
                    insert.setString(9, hashes.get(i));
                    insert.setString(10, content.dateline());
                    insert.setString(11, content.corrections());
                    insert.executeUpdate();
                    long id;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    SearchIndex.index(database.dialect(), c, id, content.title(), content.text());
                    statements.insertParserStatements(id, content.text(), batch.get(i).analysis());
                    result.add(new Stored(id, false));
                }
            }
            return result;
        });
    }

    /** Replaces the parser's statements of an article with a new analysis; user statements and rejections stay. */
    public void reanalyse(long articleId, Analysis analysis) {
        database.write(c -> {
            String text = find(c, articleId).map(Article::text)
                    .orElseThrow(() -> new StoreException("article " + articleId + " does not exist"));
            try (StatementWriter statements = new StatementWriter(c)) {
                statements.replaceParserStatements(articleId, text, analysis);
            }
            return null;
        });
    }

    public Optional<Article> find(long id) {
        return database.read(c -> find(c, id));
    }

    public Optional<Long> idByHash(String hash) {
        return database.read(c -> idByHash(c, hash));
    }

    /** Ids of the articles with this URL (indexed), oldest first. */
    public List<Long> idsByUrl(String url) {
        return ids("SELECT id FROM article WHERE url = ? ORDER BY id", url);
    }

    /** Ids of the articles with exactly this title (indexed), oldest first. */
    public List<Long> idsByTitle(String title) {
        return ids("SELECT id FROM article WHERE title = ? ORDER BY id", title);
    }

    private List<Long> ids(String sql, String value) {
        if (value == null) {
            return List.of();
        }
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** The ids of stored articles by their URL, for those of {@code urls} that are stored (at most 500 asked at once). */
    public Map<String, Long> idsByUrl(List<String> urls) {
        if (urls.isEmpty()) {
            return Map.of();
        }
        if (urls.size() > 500) {
            throw new IllegalArgumentException("at most 500 URLs at once");
        }
        return database.read(c -> {
            Map<String, Long> ids = new LinkedHashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(urls.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT url, min(id) FROM article WHERE url IN (" + marks + ") GROUP BY url")) {
                for (int i = 0; i < urls.size(); i++) {
                    ps.setString(i + 1, urls.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return ids;
        });
    }

    public List<ArticleSummary> summaries() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + " ORDER BY a.id")) {
                return readSummaries(ps);
            }
        });
    }

    public Optional<ArticleSummary> summary(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + " WHERE a.id = ?")) {
                ps.setLong(1, id);
                return readSummaries(ps).stream().findFirst();
            }
        });
    }

    /**
     * Articles whose title or text matches a full-text query, best first. Each word of the query is matched as a
     * prefix, so results narrow as the user types; FTS syntax characters are neutralised. A statement is always a
     * stretch of its article's text, so matching the articles finds every article one of its statements would:
     * searching the statement index as well cost five to eight times more for common words and found nothing new.
     */
    public List<Long> search(String query) {
        return search(query, new Cancellation()).orElseThrow();
    }

    /**
     * As {@link #search(String)}, stopped by {@code cancel} even while the query runs (sqlite3_interrupt through
     * {@link java.sql.Statement#cancel()}); empty when it was cancelled, so a superseded search yields no result.
     * The connection runs one statement at a time under the database's lock, so the interrupt can only reach this
     * query, and {@link Cancellation#finish()} runs before the lock is released.
     */
    public Optional<List<Long>> search(String query, Cancellation cancel) {
        boolean sqlite = database.dialect() == Dialect.SQLITE;
        String match = sqlite ? FtsQuery.of(query) : FtsQuery.tsquery(query);
        if (match.isEmpty()) {
            return cancel.isCancelled() ? Optional.empty() : Optional.of(List.of());
        }
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sqlite
                    ? "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY bm25(article_fts)"
                    // ts_rank counts the matched words (the index keeps no positions); ties oldest first
                    : "SELECT article_id FROM article_search WHERE words @@ CAST(? AS tsquery)"
                            + " ORDER BY ts_rank(words, CAST(? AS tsquery)) DESC, article_id")) {
                ps.setString(1, match);
                if (!sqlite) {
                    ps.setString(2, match);
                }
                if (!cancel.start(() -> interrupt(ps))) {
                    return Optional.empty();
                }
                try {
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return cancel.isCancelled() ? Optional.empty() : Optional.of(ids);
                } catch (SQLException e) {
                    if (cancel.isCancelled()) {
                        return Optional.empty();
                    }
                    throw e;
                } finally {
                    cancel.finish();
                }
            }
        });
    }

    private static void interrupt(PreparedStatement running) {
        try {
            running.cancel();
        } catch (SQLException e) {
            // the query then runs to its end and its result is dropped as cancelled
        }
    }

    /** Ids of the articles whose stored text contains {@code snippet} exactly (case and all), oldest first. */
    public List<Long> containing(String snippet) {
        if (snippet == null || snippet.isEmpty()) {
            return List.of();
        }
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE instr(text, ?) > 0 ORDER BY id")) {
                ps.setString(1, snippet);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Every article's id and title, oldest first (read from the title index, not the article rows). */
    public List<ArticleTitle> titles() {
        return database.read(c -> {
            List<ArticleTitle> titles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM article ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.add(new ArticleTitle(rs.getLong(1), rs.getString(2)));
                }
            }
            return titles;
        });
    }

    /** The title, outlet and date of each of these articles (absent ids are left out), without their texts. */
    public Map<Long, ArticleHeader> headers(java.util.Collection<Long> ids) {
        List<Long> wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
        return database.read(c -> {
            Map<Long, ArticleHeader> headers = new java.util.HashMap<>();
            for (int from = 0; from < wanted.size(); from += HEADER_CHUNK) {
                List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + HEADER_CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id, title, outlet, published FROM article WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            headers.put(rs.getLong(1), new ArticleHeader(rs.getLong(1), rs.getString(2),
                                    rs.getString(3), rs.getString(4)));
                        }
                    }
                }
            }
            return headers;
        });
    }

    /** Ids bound per query by {@link #headers}, well under every database's limit of parameters. */
    private static final int HEADER_CHUNK = 500;

    /** Every article's id, oldest first. */
    public List<Long> ids() {
        return database.read(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    public int count() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    public void delete(long id) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The tables an article's rows live in, in the order they must be restored (parents first). */
    private static final List<String> OWNED_TABLES = List.of("source", "source_alias", "article", "statement",
            "statement_tag", "note", "coding");

    /**
     * Deletes an article with its statements, and the sources only its statements had (a source left with no
     * statement is clutter in the Sources screen), returning every removed row so that {@link #restore} can undo it.
     */
    public DeletedArticle deleteRestorably(long id) {
        return database.write(c -> {
            Article article = find(c, id).orElseThrow(() -> new StoreException("article " + id + " does not exist"));
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            String orphans = """
                    SELECT DISTINCT source_id FROM statement WHERE article_id = ? AND source_id IS NOT NULL
                        AND source_id NOT IN (SELECT source_id FROM statement
                                              WHERE article_id <> %d AND source_id IS NOT NULL)""".formatted(id);
            rows.put("source", StoredRows.select(c, "SELECT * FROM source WHERE id IN (" + orphans + ")", id));
            rows.put("source_alias", StoredRows.select(c,
                    "SELECT * FROM source_alias WHERE source_id IN (" + orphans + ")", id));
            rows.put("article", StoredRows.select(c, "SELECT * FROM article WHERE id = ?", id));
            rows.put("statement", StoredRows.select(c, "SELECT * FROM statement WHERE article_id = ?", id));
            rows.put("statement_tag", StoredRows.select(c, """
                    SELECT st.* FROM statement_tag st JOIN statement s ON s.id = st.statement_id
                    WHERE s.article_id = ?""", id));
            rows.put("note", StoredRows.select(c, """
                    SELECT n.* FROM note n JOIN statement s ON s.id = n.statement_id WHERE s.article_id = ?""", id));
            rows.put("coding", StoredRows.select(c, """
                    SELECT k.* FROM coding k JOIN statement s ON s.id = k.statement_id WHERE s.article_id = ?""", id));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
                for (Map<String, Object> source : rows.get("source")) {
                    ps.setObject(1, source.get("id"));
                    ps.executeUpdate();
                }
            }
            return new DeletedArticle(id, article.title(), rows);
        });
    }

    /**
     * Puts back an article removed by {@link #deleteRestorably}, with the same ids, statements, tags, notes and the
     * sources that went with it.
     */
    public void restore(DeletedArticle deleted) {
        database.write(c -> {
            for (String table : OWNED_TABLES) {
                StoredRows.insert(c, table, deleted.rowsByTable().getOrDefault(table, List.of()));
            }
            SearchIndex.reindex(database.dialect(), c, deleted.id());
            return null;
        });
    }

    private static Optional<Long> idByHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE hash = ?")) {
            return idByHash(ps, hash);
        }
    }

    private static Optional<Long> idByHash(PreparedStatement byHash, String hash) throws SQLException {
        byHash.setString(1, hash);
        try (ResultSet rs = byHash.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    static Optional<Article> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, title, byline, outlet, url, published, imported, language, text, hash, dateline, corrections
                FROM article WHERE id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Article(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12)));
            }
        }
    }

    static List<ArticleSummary> readSummaries(PreparedStatement ps) throws SQLException {
        List<ArticleSummary> result = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String parties = rs.getString(8);
                result.add(new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        parties == null ? List.of() : Arrays.asList(parties.split("\u001f")), rs.getString(9)));
            }
        }
        return result;
    }
}
