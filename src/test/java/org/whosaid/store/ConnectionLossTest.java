package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.OnBothDatabases;

/**
 * A shared library whose server ends its connection mid-session (pg_terminate_backend, as a restarting or failing
 * server does): a write in flight is refused with a clear message and nothing of it is kept; reading goes on at once
 * on a new connection, and so does writing once the server answers.
 */
class ConnectionLossTest {
    @TempDir
    Path dir;
    PostgresUrl url;

    @BeforeEach
    void server() {
        assumeTrue(OnBothDatabases.postgres().isPresent(), "no test server ($WHOSAID_TEST_PG)");
        url = ((LibraryLocation.Shared) OnBothDatabases.databases().stream().map(n -> n.getPayload())
                .filter(OnBothDatabases.Target::isPostgres).findFirst().orElseThrow().location(dir, "lossy")).url();
    }

    @Test
    void aReadAfterTheConnectionWasEndedConnectsAgain() throws Exception {
        try (Database db = Database.open(url)) {
            ArticleRepository articles = new ArticleRepository(db);
            articles.store(article("Before", "The mayor said the bridge was open."), Analysis.empty());
            terminate(db);
            assertThat(articles.count()).isEqualTo(1);
            assertThat(articles.search("bridge")).hasSize(1);
            articles.store(article("After", "The governor said the road was closed."), Analysis.empty());
            assertThat(articles.count()).isEqualTo(2);
        }
    }

    @Test
    void aWriteWhoseConnectionIsEndedMidTransactionKeepsNothingAndSaysWhy() throws Exception {
        try (Database db = Database.open(url)) {
            ArticleRepository articles = new ArticleRepository(db);
            StatementRepository statements = new StatementRepository(db);
            assertThatThrownBy(() -> statements.inOneTransaction(() -> {
                articles.store(article("Half", "The first half was written."), Analysis.empty());
                try {
                    terminate(db);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return articles.store(article("Other half", "The second half never arrived."), Analysis.empty());
            })).isInstanceOf(StoreException.class)
                    .hasMessageContaining(url.toString())
                    .hasMessageContaining("the connection to the server was lost")
                    .hasMessageContaining("nothing half-written was kept")
                    .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.CONNECTION_LOST));

            assertThat(articles.count()).as("neither half was kept").isZero();
            articles.store(article("Whole", "Written once the server answered again."), Analysis.empty());
            assertThat(articles.count()).isEqualTo(1);
        }
    }

    /** Ends the library's connection from another one, as the server's administrator (or a restart) would. */
    private void terminate(Database db) throws Exception {
        int pid = TestDatabases.backendPid(db);
        OnBothDatabases.execute(url, "SELECT pg_terminate_backend(" + pid + ")");
    }

    private static ArticleContent article(String title, String text) {
        return new ArticleContent(title, null, null, null, null, "en", text);
    }
}
