package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.LibraryQuery;

/**
 * The Library's first page in each order is read off an index in that order, not by sorting every article: at
 * 100,000 articles a sort by quotes counted every article's statements (0.6 s), a language filter sorted by outlet
 * read every article row (1.5 s) and a search sorted by title looked up every match.
 */
class LibraryOrderPlanTest {
    @TempDir
    Path dir;

    private List<String> plan(LibraryQuery query) {
        try (Database db = Database.open(dir.resolve("plan.db"))) {
            return db.read(c -> {
                ArticlePages.Page page = ArticlePages.pageSql(query, db.dialect());
                List<String> steps = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + page.sql())) {
                    int n = 1;
                    for (String value : page.values()) {
                        ps.setString(n++, value);
                    }
                    ps.setInt(n++, 200);
                    ps.setInt(n, 0);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            steps.add(rs.getString("detail"));
                        }
                    }
                }
                return steps;
            });
        }
    }

    /** A step over the article table itself ("SCAN a", "SEARCH a USING …"), not one of its indexes or the tally. */
    private static boolean readsArticles(String step) {
        return step.equals("SCAN a") || step.equals("SEARCH a") || step.startsWith("SEARCH a USING INTEGER PRIMARY KEY");
    }

    @Test
    void byACountTheNarrowTallyIsSortedNotTheArticleRows() {
        for (LibraryQuery.Sort sort : List.of(LibraryQuery.Sort.QUOTES, LibraryQuery.Sort.UNATTRIBUTED)) {
            assertThat(plan(LibraryQuery.ALL.sortedBy(sort, true))).anyMatch(step -> step.contains("SCAN t"))
                    .noneMatch(LibraryOrderPlanTest::readsArticles);
        }
    }

    @Test
    void inTheDefaultOrderTheNarrowTallyIsWalkedNotTheArticleRows() {
        assertThat(plan(LibraryQuery.ALL)).anyMatch(step -> step.contains("SCAN t"))
                .noneMatch(LibraryOrderPlanTest::readsArticles).noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    @Test
    void aLanguageFilterSortedByAColumnWalksTheirCompositeIndex() {
        assertThat(plan(LibraryQuery.ALL.withFilters(null, null, null, null, null, "en")
                .sortedBy(LibraryQuery.Sort.OUTLET, false)))
                .anyMatch(step -> step.contains("article_by_language_outlet")).noneMatch(step -> step.contains("TEMP B-TREE"));
    }

    @Test
    void aSearchSortedByAColumnWalksTheColumnsIndex() {
        assertThat(plan(LibraryQuery.ALL.withText("said").sortedBy(LibraryQuery.Sort.TITLE, false)))
                .anyMatch(step -> step.contains("article_by_title")).noneMatch(step -> step.contains("TEMP B-TREE"));
        assertThat(plan(LibraryQuery.ALL.withText("said").sortedBy(LibraryQuery.Sort.QUOTES, true)))
                .anyMatch(step -> step.contains("SCAN t")).noneMatch(LibraryOrderPlanTest::readsArticles);
    }
}
