package org.whosaid.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.testing.ChildJvm;
import org.whosaid.testing.GeneratedArticles;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop app open on a database while the command line imports into the same file, both writing. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // only catches a hang of a child process
class TwoProcessesTest {
    private static final int APP_ARTICLES = 10;
    private static final int CLI_ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void theAppAndTheCommandLineWriteTheSameDatabaseWithoutLockErrors() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Database database = Database.open(file)) {
            List<ArticleRepository.Analysed> seed = new ArrayList<>();
            for (int i = 0; i < APP_ARTICLES; i++) {
                var content = GeneratedArticles.content("app", i);
                seed.add(new ArticleRepository.Analysed(content,
                        GeneratedArticles.analysis(content.text(), GeneratedArticles.expectedStatements(i), "import")));
            }
            new ArticleRepository(database).storeAll(seed);
        }

        try (Services app = Services.open(file)) {
            List<ArticleSummary> before = app.library().summaries();
            assertThat(before).hasSize(APP_ARTICLES);
            List<Long> appStatements = before.stream()
                    .flatMap(a -> app.library().statements(a.id()).stream()).map(Statement::id).toList();

            int edits = 0;
            int created = 0;
            int whileCliWrote = 0;
            int exit;
            try (ChildJvm cli = ChildJvm.start(dir, "import", file.toString(), "cli",
                    String.valueOf(CLI_ARTICLES), "10")) {
                while (cli.isRunning() || edits < 20) {
                    long statementId = appStatements.get(edits % appStatements.size());
                    String note = "app edit " + edits;
                    app.annotation().editStatement(app.library().statement(statementId).orElseThrow(), "note", e -> e.withNote(note));
                    assertThat(app.library().statement(statementId).orElseThrow().note()).isEqualTo(note);
                    if (edits % 10 == 0) {
                        long articleId = before.get(created % APP_ARTICLES).id();
                        app.annotation().createStatement(articleId, 0, 8, StatementKind.QUOTE, "App Reader");
                        created++;
                    }
                    app.library().summaries();
                    app.library().search("confirmed witnesses");
                    edits++;
                    int cliCommits = cli.lines().size();
                    if (cliCommits > 0 && cliCommits < CLI_ARTICLES / 10 && cli.isRunning()) {
                        whileCliWrote++;
                    }
                }
                assertThat(whileCliWrote).as("app edits made between the command line's commits").isPositive();
                exit = cli.await(Duration.ofSeconds(60));
                assertThat(cli.errors()).doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("busy");
                assertThat(exit).as("the command line's exit status; stderr: %s", cli.errors()).isZero();
                assertThat(cli.lines()).last().isEqualTo("finished");
            }

            List<ArticleSummary> after = app.library().summaries();
            assertThat(after).as("the app sees the new articles on refresh").hasSize(APP_ARTICLES + CLI_ARTICLES);
            for (ArticleSummary article : after) {
                int promised = GeneratedArticles.promisedBy(article.title());
                int userMade = (int) app.library().statements(article.id()).stream()
                        .filter(s -> "user-selection".equals(s.rule())).count();
                assertThat(app.library().statements(article.id())).as(article.title()).hasSize(promised + userMade);
            }
            assertThat(app.library().statements(before.get(0).id()))
                    .anyMatch(s -> "App Reader".equals(s.sourceName()));
            int lastEdit = edits - 1;
            long lastEdited = appStatements.get(lastEdit % appStatements.size());
            assertThat(app.library().statement(lastEdited).orElseThrow().note()).isEqualTo("app edit " + lastEdit);
            assertThat(app.library().search("cli")).hasSize(CLI_ARTICLES);
            assertThat(app.integrityCheck()).isEqualTo("ok");
        }
    }
}
