package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** After a bulk import the server's planner knows the new rows; a SQLite file is left without statistics. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class PlannerStatisticsTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void refreshingAnalysesTheServersTablesAndLeavesSqliteAlone() {
        try (Database db = on.open(dir, "stats.db")) {
            db.refreshStatistics();
            boolean analysed = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(on.isPostgres()
                        ? "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'statement'"
                                + " AND schemaname = current_schema() AND last_analyze IS NOT NULL"
                        : "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")) {
                    return rs.next() && rs.getInt(1) > 0;
                }
            });
            assertThat(analysed).isEqualTo(on.isPostgres());
        }
    }

    @Test
    void aSearchCountedOnTheIndexLeavesTheConnectionsPlannerAsItWas() throws Exception {
        try (Database db = on.open(dir, "count.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            articles.store(new org.whosaid.model.ArticleContent("Bridge reopens", null, null, null, null,
                    "en", "The mayor said the bridge would reopen."), new org.whosaid.model.Analysis(
                    java.util.List.of(), java.util.List.of()));
            ArticlePages pages = new ArticlePages(db);
            assertThat(pages.count(org.whosaid.model.LibraryQuery.ALL.withText("bridge"))).isEqualTo(1);
            assertThat(pages.count(org.whosaid.model.LibraryQuery.ALL.withText("harvest"))).isZero();
            if (on.isPostgres()) {
                String seqscan = db.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW enable_seqscan")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(seqscan).isEqualTo("on");
            }
        }
    }
}
