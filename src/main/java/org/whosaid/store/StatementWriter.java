package org.whosaid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Span;
import org.whosaid.model.TopicDef;

/**
 * Writes the parser's statements of articles within one write, resolving their sources and topics to rows.
 * One writer serves every article of a batch, so its prepared statement and its source and topic answers are
 * reused instead of being prepared and looked up again for each article.
 */
final class StatementWriter implements AutoCloseable {
    private final Connection c;
    private final SourceRows sources;
    private final TopicRows topics;
    private PreparedStatement insert;

    StatementWriter(Connection c) {
        this.c = c;
        this.sources = new SourceRows(c);
        this.topics = new TopicRows(c);
    }

    void insertParserStatements(long articleId, String text, Analysis analysis) throws SQLException {
        insert(articleId, text, analysis, List.of());
    }

    /**
     * Drops the parser's active statements and inserts the new analysis, except where a user statement or a
     * rejection covers the same text: what a reader corrected or rejected is never overwritten or resurrected. A
     * parser's statement a coder coded as it stood (a colleague's file merged in agreed with it) is theirs too, and
     * stays with their coding.
     */
    void replaceParserStatements(long articleId, String text, Analysis analysis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                DELETE FROM statement WHERE article_id = ? AND origin = 'parser' AND status = 'active'
                    AND id NOT IN (SELECT statement_id FROM coding)""")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
        List<int[]> kept = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start, \"end\" FROM statement WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kept.add(new int[] {rs.getInt(1), rs.getInt(2)});
                }
            }
        }
        insert(articleId, text, analysis, kept);
    }

    private void insert(long articleId, String text, Analysis analysis, List<int[]> kept) throws SQLException {
        for (TopicDef topic : analysis.topics()) {
            topics.idFor(topic.key(), topic.label());
        }
        if (insert == null) {
            insert = c.prepareStatement("""
                    INSERT INTO statement (article_id, kind, start, "end", text, cue_text, cue_start, cue_end, source_id,
                        mention, stance, topic_id, flags, origin, rule, confidence, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'parser', ?, ?, 'active')""");
        }
        PreparedStatement ps = insert;
        int rows = 0;
        for (Attribution a : analysis.attributions()) {
            Span content = a.content();
            if (content.end() > text.length() || mostlyCovered(content, kept)) {
                continue;
            }
            ps.setLong(1, articleId);
            ps.setString(2, a.kind().code());
            ps.setInt(3, content.start());
            ps.setInt(4, content.end());
            ps.setString(5, text.substring(content.start(), content.end()));
            Span cue = a.cue();
            ps.setString(6, cue == null ? null : cue.text());
            ps.setObject(7, cue == null ? null : cue.start());
            ps.setObject(8, cue == null ? null : cue.end());
            ps.setObject(9, a.source() == null ? null : sources.idFor(a.source()));
            ps.setString(10, a.source() == null ? null : a.source().mention());
            ps.setString(11, a.stance().code());
            ps.setObject(12, a.topic() == null ? null : topics.idFor(a.topic(), null));
            ps.setString(13, String.join(",", a.flags()));
            ps.setString(14, a.rule());
            ps.setDouble(15, a.confidence());
            ps.addBatch();
            rows++;
        }
        if (rows > 0) {
            ps.executeBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }

    private static boolean mostlyCovered(Span span, List<int[]> kept) {
        int length = Math.max(1, span.end() - span.start());
        for (int[] k : kept) {
            int overlap = Math.min(span.end(), k[1]) - Math.max(span.start(), k[0]);
            if (overlap * 2 >= length) {
                return true;
            }
        }
        return false;
    }
}
