package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole-library Audit's list of unsourced statements is read off an index in its own order: at 100,000 articles a
 * sort of every unsourced statement to list the first 500 took most of the Audit's time.
 */
class AuditQueryPlanTest {
    @TempDir
    Path dir;

    @Test
    void theUnsourcedListIsReadInIndexOrderWithoutASort() {
        try (Database db = Database.open(dir.resolve("plan.db"))) {
            List<String> plan = db.read(c -> {
                List<String> steps = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "EXPLAIN QUERY PLAN SELECT s.id FROM statement s WHERE " + StatementRepository.UNSOURCED
                                + StatementRepository.UNSOURCED_ORDER + " LIMIT 500")) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                return steps;
            });
            assertThat(plan).anyMatch(step -> step.contains("statement_unsourced"))
                    .noneMatch(step -> step.contains("TEMP B-TREE"));
        }
    }
}
