package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Cancellation;
import org.whosaid.model.LibraryPage;
import org.whosaid.model.LibraryQuery;

/**
 * The Library's rows a page at a time: the articles matching a {@link LibraryQuery}, sorted and filtered in SQL
 * ({@code LIMIT}/{@code OFFSET}), their number, and the values each filter offers. Nothing here reads every
 * article: at 100,000 articles the Library needs a page of them, not all of them in memory.
 */
public final class ArticlePages {
    /** The full-text match as a table of (id, rank), best first by ascending rank: FTS5's bm25 on SQLite. */
    private static final String SQLITE_MATCH = "SELECT rowid AS id, bm25(article_fts) AS rank FROM article_fts"
            + " WHERE article_fts MATCH ?";
    /** The same on PostgreSQL ({@link SearchIndex}'s words), its rank negated so that ascending is best first too. */
    private static final String POSTGRES_MATCH = "SELECT article_id AS id, -ts_rank(words, CAST(? AS tsquery)) AS rank"
            + " FROM article_search WHERE words @@ CAST(? AS tsquery)";

    private final Database database;

    public ArticlePages(Database database) {
        this.database = database;
    }

    /** The rows {@code offset} to {@code offset + limit} of the query, in its order. */
    public List<ArticleSummary> rows(LibraryQuery query, int offset, int limit) {
        return database.read(c -> rows(c, database.dialect(), query, offset, limit, new AtomicReference<>()));
    }

    /** How many articles match the query. */
    public int count(LibraryQuery query) {
        return database.read(c -> count(c, database.dialect(), query, new AtomicReference<>()));
    }

    /**
     * The first {@code limit} rows and the total, read together (one lock, so they agree), stopped by
     * {@code cancel} even while a query runs; empty when cancelled, so a superseded query never shows.
     */
    public Optional<LibraryPage> first(LibraryQuery query, int limit, Cancellation cancel) {
        AtomicReference<PreparedStatement> running = new AtomicReference<>();
        return database.read(c -> {
            if (!cancel.start(() -> interrupt(running.get()))) {
                return Optional.<LibraryPage>empty();
            }
            try {
                int total = count(c, database.dialect(), query, running);
                List<ArticleSummary> rows = cancel.isCancelled() ? List.of() : rows(c, database.dialect(), query, 0, limit, running);
                return cancel.isCancelled() ? Optional.<LibraryPage>empty() : Optional.of(new LibraryPage(total, rows));
            } catch (SQLException e) {
                if (cancel.isCancelled()) {
                    return Optional.<LibraryPage>empty();
                }
                throw e;
            } finally {
                cancel.finish();
            }
        });
    }

    private static void interrupt(PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the query then runs to its end and its result is dropped as cancelled
        }
    }

    private static List<ArticleSummary> rows(Connection c, Dialect dialect, LibraryQuery query, int offset, int limit,
                                           AtomicReference<PreparedStatement> running) throws SQLException {
        Sql sql = where(query, dialect);
        // The page's ids first, then the summaries of those rows only: PostgreSQL computes a select list's
        // subqueries (the counts, the parties) for every row OFFSET skips, 3 s for the last page of 10,000.
        String column = sortColumn(query);
        String inner = "SELECT a.id" + (column == null ? "" : ", " + column + " AS k") + " FROM article a" + sql.from
                + sql.where + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?";
        String text = ArticleRepository.SUMMARY_SQL + " JOIN (" + inner + ") page ON page.id = a.id ORDER BY "
                + (column == null ? "a.id" + direction(query) : "page.k" + direction(query) + nulls(query) + ", a.id"
                + direction(query));
        try (PreparedStatement ps = c.prepareStatement(text)) {
            running.set(ps);
            int n = sql.bind(ps);
            ps.setInt(n++, limit);
            ps.setInt(n, offset);
            return ArticleRepository.readSummaries(ps);
        }
    }

    private static int count(Connection c, Dialect dialect, LibraryQuery query, AtomicReference<PreparedStatement> running)
            throws SQLException {
        Sql sql = where(query, dialect);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article a" + sql.from + sql.where)) {
            running.set(ps);
            sql.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The joins and conditions of a query, with the values to bind in order. */
    private record Sql(String from, String where, List<String> values) {
        int bind(PreparedStatement ps) throws SQLException {
            int n = 1;
            for (String value : values) {
                ps.setString(n++, value);
            }
            return n;
        }
    }

    private static Sql where(LibraryQuery query, Dialect dialect) {
        StringBuilder from = new StringBuilder();
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (query.text() != null) {
            // An empty match (only punctuation typed) matches nothing, as a search for it always did.
            if (dialect == Dialect.SQLITE) {
                String match = FtsQuery.of(query.text());
                from.append(" JOIN (").append(SQLITE_MATCH).append(") m ON m.id = a.id");
                values.add(match.isEmpty() ? "\"\"" : match);
            } else {
                String match = FtsQuery.tsquery(query.text());
                from.append(" JOIN (").append(POSTGRES_MATCH).append(") m ON m.id = a.id");
                values.add(match);
                values.add(match);
            }
        }
        if (query.outlet() != null) {
            conditions.add("a.outlet = ?");
            values.add(query.outlet());
        }
        if (LibraryQuery.UNKNOWN_LANGUAGE.equals(query.language())) {
            conditions.add("a.language IS NULL");
        } else if (query.language() != null) {
            conditions.add("a.language = ?");
            values.add(query.language());
        }
        if (query.party() != null) {
            conditions.add("""
                    a.id IN (SELECT s.article_id FROM statement s JOIN source src ON src.id = s.source_id
                             JOIN party p ON p.id = src.party_id WHERE s.status = 'active' AND p.name = ?)""");
            values.add(query.party());
        }
        if (query.source() != null) {
            conditions.add("""
                    a.id IN (SELECT s.article_id FROM statement s JOIN source src ON src.id = s.source_id
                             WHERE s.status = 'active' AND src.name = ?)""");
            values.add(query.source());
        }
        if (query.topic() != null) {
            conditions.add("""
                    a.id IN (SELECT s.article_id FROM statement s JOIN topic t ON t.id = s.topic_id
                             WHERE s.status = 'active' AND t.key = ?)""");
            values.add(query.topic());
        }
        if (query.tag() != null) {
            conditions.add("""
                    a.id IN (SELECT s.article_id FROM statement s JOIN statement_tag st ON st.statement_id = s.id
                             JOIN tag ON tag.id = st.tag_id WHERE s.status = 'active' AND tag.name = ?)""");
            values.add(query.tag());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Sql(from.toString(), where, values);
    }

    /** The ORDER BY of a query; the article id breaks ties, so pages never overlap or skip a row. */
    private static String order(LibraryQuery query) {
        String column = sortColumn(query);
        String direction = direction(query);
        return column == null ? "a.id" + direction : column + direction + nulls(query) + ", a.id" + direction;
    }

    private static String direction(LibraryQuery query) {
        return query.descending() ? " DESC" : "";
    }

    /** SQLite's own placement of nulls, said in standard SQL so that every database agrees. */
    private static String nulls(LibraryQuery query) {
        return query.descending() ? " NULLS LAST" : " NULLS FIRST";
    }

    /** What the rows are ordered by before their id, or null when by id alone. */
    private static String sortColumn(LibraryQuery query) {
        return switch (query.sort()) {
            case DEFAULT -> query.text() != null ? "m.rank" : null;
            case TITLE -> "a.title";
            case OUTLET -> "a.outlet";
            case PUBLISHED -> "a.published";
            case LANGUAGE -> "a.language";
            case QUOTES -> count("quote");
            case CLAIMS -> count("claim");
            case UNATTRIBUTED -> count("unattributed");
        };
    }

    private static String count(String kind) {
        return "(SELECT count(*) FROM statement s WHERE s.article_id = a.id AND s.status = 'active' AND s.kind = '"
                + kind + "')";
    }

    /** The distinct values of one filter over the whole library; what the filter's list offers. */
    private static String choiceSql(LibraryQuery.Choice choice) {
        return switch (choice) {
            case SOURCE -> "SELECT DISTINCT src.name FROM source src WHERE src.id IN"
                    + " (SELECT s.source_id FROM statement s WHERE s.status = 'active')";
            case TOPIC -> "SELECT DISTINCT t.key FROM topic t WHERE t.id IN"
                    + " (SELECT s.topic_id FROM statement s WHERE s.status = 'active')";
            case TAG -> "SELECT DISTINCT tag.name FROM tag JOIN statement_tag st ON st.tag_id = tag.id"
                    + " JOIN statement s ON s.id = st.statement_id WHERE s.status = 'active'";
            case OUTLET -> "SELECT DISTINCT outlet FROM article WHERE outlet IS NOT NULL AND outlet <> ''";
            case LANGUAGE -> "SELECT DISTINCT language FROM article";
        };
    }

    /** The values {@code choice} offers; a language that is not known is {@link LibraryQuery#UNKNOWN_LANGUAGE}. */
    public List<String> choices(LibraryQuery.Choice choice) {
        return database.read(c -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(choiceSql(choice)); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString(1);
                    values.add(value == null ? LibraryQuery.UNKNOWN_LANGUAGE : value);
                }
            }
            return values;
        });
    }
}
