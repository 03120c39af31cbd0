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

    /** The ids of the full-text matches, without a rank. */
    private static String match(Dialect dialect) {
        return dialect == Dialect.SQLITE ? "SELECT rowid AS id FROM article_fts WHERE article_fts MATCH ?"
                : "SELECT article_id AS id FROM article_search WHERE words @@ CAST(? AS tsquery)";
    }

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
        // The page's ids first, then the summaries of those rows only: PostgreSQL computes a select list's
        // subqueries (the counts, the parties) for every row OFFSET skips, 3 s for the last page of 10,000.
        Page page = pageSql(query, dialect);
        String column = sortColumn(query);
        String text = ArticleRepository.SUMMARY_SQL + " JOIN (" + page.sql() + ") page ON page.id = a.id ORDER BY "
                + (column == null ? "a.id" + direction(query) : "page.k" + direction(query) + nulls(query) + ", a.id"
                + direction(query));
        try (PreparedStatement ps = c.prepareStatement(text)) {
            running.set(ps);
            int n = bind(ps, page.values());
            ps.setInt(n++, limit);
            ps.setInt(n, offset);
            return ArticleRepository.readSummaries(ps);
        }
    }

    /** The ids (and sort keys, as {@code k}) of one page of a query: its SQL, ending in {@code LIMIT ? OFFSET ?}. */
    record Page(String sql, List<String> values) {
    }

    /** The query for the ids of a page of {@code query}, its values to bind in order before the limit and offset. */
    static Page pageSql(LibraryQuery query, Dialect dialect) {
        Sql sql = where(query, dialect, idColumn(query), query.sort() == LibraryQuery.Sort.DEFAULT);
        String column = sortColumn(query);
        if (searchOnly(query) && query.sort() == LibraryQuery.Sort.DEFAULT) {
            // best first among the matches alone: a lookup of every matching article before the sort took 0.2 s
            // for a word most of 100,000 articles hold
            String direction = direction(query);
            return new Page("SELECT m.id, m.rank AS k FROM (" + (dialect == Dialect.SQLITE ? SQLITE_MATCH : POSTGRES_MATCH)
                    + ") m ORDER BY m.rank" + direction + nulls(query) + ", m.id" + direction + " LIMIT ? OFFSET ?",
                    sql.values);
        }
        if (byTally(query)) {
            // the narrow tally leads; the article rows, large with their text, are read only for a filter on them
            boolean onArticle = query.outlet() != null || query.language() != null;
            return new Page("SELECT t.article_id AS id" + (column == null ? "" : ", " + column + " AS k")
                    + " FROM article_tally t" + (onArticle ? " JOIN article a ON a.id = t.article_id" : "")
                    + sql.from + sql.where + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?", sql.values);
        }
        return new Page("SELECT a.id" + (column == null ? "" : ", " + column + " AS k") + " FROM article a"
                + sql.from + sql.where + " ORDER BY " + order(query) + " LIMIT ? OFFSET ?", sql.values);
    }

    private static int count(Connection c, Dialect dialect, LibraryQuery query, AtomicReference<PreparedStatement> running)
            throws SQLException {
        Sql sql = where(query, dialect, "a.id", false);
        // a search alone is counted in the index, without a lookup of each matching article (0.1 s at 100,000)
        String text = searchOnly(query) ? "SELECT count(*) FROM (" + match(dialect) + ") m"
                : "SELECT count(*) FROM article a" + sql.from + sql.where;
        // counting the matches is where PostgreSQL's GIN index pays (0.35 s → 20 ms for "said" at 100,000); ranking
        // them reads every match's words anyway, and there its own plan is the faster one
        SqlWork<Integer> counting = conn -> {
            try (PreparedStatement ps = conn.prepareStatement(text)) {
                running.set(ps);
                bind(ps, sql.values());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        };
        return query.text() == null ? counting.run(c) : SearchIndex.onTheIndex(dialect, c, counting);
    }

    /** The joins and conditions of a query, with the values to bind in order. */
    private record Sql(String from, String where, List<String> values) {
    }

    /** Binds {@code values} from the first parameter on; the index of the next parameter. */
    private static int bind(PreparedStatement ps, List<String> values) throws SQLException {
        int n = 1;
        for (String value : values) {
            ps.setString(n++, value);
        }
        return n;
    }

    /**
     * The joins and conditions of {@code query}, the article's id read as {@code id} (the tally's, when it leads);
     * a search joins its ranked matches ({@code m.rank}) when {@code ranked}, else is a condition on the id.
     */
    private static Sql where(LibraryQuery query, Dialect dialect, String id, boolean ranked) {
        StringBuilder from = new StringBuilder();
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (query.text() != null) {
            // An empty match (only punctuation typed) matches nothing, as a search for it always did.
            String match = dialect == Dialect.SQLITE ? FtsQuery.of(query.text()) : FtsQuery.tsquery(query.text());
            match = match.isEmpty() && dialect == Dialect.SQLITE ? "\"\"" : match;
            if (ranked) {
                from.append(" JOIN (").append(dialect == Dialect.SQLITE ? SQLITE_MATCH : POSTGRES_MATCH)
                        .append(") m ON m.id = a.id");
                if (dialect == Dialect.POSTGRESQL) {
                    values.add(match);
                }
            } else {
                // Sorted by a column, no rank is needed: the sort's index is walked and each article looked up in
                // the matches (the unary plus keeps the planner off the id, which would sort every match first).
                conditions.add("+" + id + " IN (SELECT id FROM (" + match(dialect) + ") m)");
            }
            values.add(match);
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
            conditions.add(id + " " + """
                     IN (SELECT s.article_id FROM statement s JOIN source src ON src.id = s.source_id
                             JOIN party p ON p.id = src.party_id WHERE s.status = 'active' AND p.name = ?)""");
            values.add(query.party());
        }
        if (query.source() != null) {
            conditions.add(id + " " + """
                     IN (SELECT s.article_id FROM statement s JOIN source src ON src.id = s.source_id
                             WHERE s.status = 'active' AND src.name = ?)""");
            values.add(query.source());
        }
        if (query.topic() != null) {
            conditions.add(id + " " + """
                     IN (SELECT s.article_id FROM statement s JOIN topic tp ON tp.id = s.topic_id
                             WHERE s.status = 'active' AND tp.key = ?)""");
            values.add(query.topic());
        }
        if (query.tag() != null) {
            conditions.add(id + " " + """
                     IN (SELECT s.article_id FROM statement s JOIN statement_tag st ON st.statement_id = s.id
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
        String id = idColumn(query);
        return column == null ? id + direction : column + direction + nulls(query) + ", " + id + direction;
    }

    /**
     * The article's id as the page reads it: by a count or in the default order the narrow tally is sorted or walked
     * for the ids and breaks the ties, not the article rows with their text (a page at the end of 100,000 articles
     * read every row, 0.5 s to 5 s).
     */
    private static String idColumn(LibraryQuery query) {
        return byTally(query) ? "t.article_id" : "a.id";
    }

    /** A full-text search with no other filter: the index alone answers it. */
    private static boolean searchOnly(LibraryQuery query) {
        return query.text() != null
                && query.withText(null).equals(LibraryQuery.ALL.sortedBy(query.sort(), query.descending()));
    }

    /** Whether the page's ids are walked in the tally: by a count, or in the default order with no search. */
    private static boolean byTally(LibraryQuery query) {
        return byCount(query) || query.sort() == LibraryQuery.Sort.DEFAULT && query.text() == null;
    }

    private static boolean byCount(LibraryQuery query) {
        return switch (query.sort()) {
            case QUOTES, CLAIMS, UNATTRIBUTED -> true;
            default -> false;
        };
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
            case QUOTES -> "t.quotes";
            case CLAIMS -> "t.claims";
            case UNATTRIBUTED -> "t.unattributed";
        };
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
