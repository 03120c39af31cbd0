package org.whosaid.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Origin;
import org.whosaid.model.Statement;
import org.whosaid.testing.ChildJvm;
import org.whosaid.testing.GeneratedArticles;
import org.whosaid.testing.StoreChild;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WhoSaid process killed hard (SIGKILL) in the middle of writing leaves a sound database in which every article is
 * whole or absent, and everything it reported as saved is still there.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // only catches a hang of a child process
class CrashSafetyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /**
     * How long to let a child go on after it printed the lines we waited for. Killing it right after a line would
     * always hit the same moment (between two transactions); these land anywhere in its loop.
     */
    private static final long[] KILL_DELAYS_MS = {70, 190, 310};

    @Test
    void aKillDuringALargeImportLeavesOnlyWholeArticles() throws Exception {
        Path file = dir.resolve("import.db");
        Database.open(file).close();
        for (int round = 0; round < KILL_DELAYS_MS.length; round++) {
            String prefix = "crash" + round;
            List<String> committed;
            try (ChildJvm child = ChildJvm.start(dir, "import", file.toString(), prefix, "1000000", "25")) {
                assertThat(child.awaitLines(8, PATIENCE)).as("the child imports; stderr: %s", child.errors()).isTrue();
                Thread.sleep(KILL_DELAYS_MS[round]);
                child.killHard();
                committed = child.lines();
            }
            assertThat(committed).noneMatch(line -> line.equals("finished"));
            checkImport(file, prefix, committed);
        }
    }

    private static void checkImport(Path file, String prefix, List<String> committed) {
        try (Database database = Database.open(file)) {
            assertThat(database.integrityCheck()).isEqualTo("ok");
            ArticleRepository articles = new ArticleRepository(database);
            StatementRepository statements = new StatementRepository(database);
            List<ArticleSummary> stored = articles.summaries();
            for (ArticleSummary article : stored) {
                assertThat(statements.ofArticle(article.id())).as(article.title())
                        .hasSize(GeneratedArticles.promisedBy(article.title()));
            }
            long ofThisChild = stored.stream().filter(a -> a.title().startsWith(prefix + " ")).count();
            int lastCommittedIndex = Integer.parseInt(committed.get(committed.size() - 1).split(" ")[1]);
            assertThat(ofThisChild).as("every article reported as committed survived")
                    .isGreaterThanOrEqualTo(lastCommittedIndex + 1)
                    .as("a batch is stored whole or not at all")
                    .isEqualTo(ofThisChild / 25 * 25);
            for (String line : committed) {
                long noted = Long.parseLong(line.split(" ")[2]);
                assertThat(statements.find(noted)).as("the note reported saved on statement %d", noted)
                        .hasValueSatisfying(s -> assertThat(s.note()).isEqualTo("checked by " + prefix + " "
                                + (Integer.parseInt(line.split(" ")[1]) / 25 * 25)));
            }
        }
    }

    @Test
    void aKillDuringReanalysisLeavesEachArticleWithOneWholeAnalysis() throws Exception {
        Path file = dir.resolve("reanalyse.db");
        int count = 150;
        try (Database database = Database.open(file)) {
            List<ArticleRepository.Analysed> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                var content = GeneratedArticles.content("re", i);
                batch.add(new ArticleRepository.Analysed(content,
                        GeneratedArticles.analysis(content.text(), GeneratedArticles.expectedStatements(i), "import")));
            }
            new ArticleRepository(database).storeAll(batch);
        }
        for (long delay : KILL_DELAYS_MS) {
            List<String> reported;
            try (ChildJvm child = ChildJvm.start(dir, "reanalyse", file.toString(), "1000")) {
                assertThat(child.awaitLines(count + 20, PATIENCE)).as("the child re-analyses; stderr: %s",
                        child.errors()).isTrue();
                Thread.sleep(delay);
                child.killHard();
                reported = child.lines();
            }
            checkReanalysis(file, count, reported);
        }
    }

    private static void checkReanalysis(Path file, int count, List<String> reported) {
        Map<Long, Integer> lastRound = new HashMap<>();
        for (String line : reported) {
            String[] parts = line.split(" ");
            lastRound.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
        }
        try (Database database = Database.open(file)) {
            assertThat(database.integrityCheck()).isEqualTo("ok");
            ArticleRepository articles = new ArticleRepository(database);
            StatementRepository statements = new StatementRepository(database);
            assertThat(articles.count()).isEqualTo(count);
            for (ArticleSummary article : articles.summaries()) {
                List<Statement> now = statements.ofArticle(article.id());
                assertThat(now).as(article.title()).isNotEmpty().allMatch(s -> s.origin() == Origin.PARSER);
                List<String> rules = now.stream().map(Statement::rule).distinct().collect(Collectors.toList());
                assertThat(rules).as("one analysis only in %s", article.title()).hasSize(1);
                String rule = rules.get(0);
                int expected = rule.equals("import") ? GeneratedArticles.promisedBy(article.title())
                        : StoreChild.reanalysedCount(article.id(), Integer.parseInt(rule.substring("round-".length())));
                assertThat(now).as("%s after %s", article.title(), rule).hasSize(expected);
                int round = rule.equals("import") ? 0 : Integer.parseInt(rule.substring("round-".length()));
                assertThat(round).as("the re-analysis reported saved for %s survived", article.title())
                        .isGreaterThanOrEqualTo(lastRound.getOrDefault(article.id(), 0));
            }
        }
    }
}
