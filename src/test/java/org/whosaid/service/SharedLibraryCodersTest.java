package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Statement;
import org.whosaid.store.LibraryLocation;
import org.whosaid.testing.ChildJvm;
import org.whosaid.testing.OnBothDatabases;

/**
 * Two coders on one shared PostgreSQL library, the second a process of its own (the real command line, and a second
 * JVM editing a statement): each sees the other's work, pushed by LISTEN/NOTIFY; a stale edit is refused naming who
 * changed the statement, and goes in once the view is fresh.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // only catches a hang of a child process
class SharedLibraryCodersTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessesWorkIsPushedAndItsEditRefusesMariasStaleOne() throws Exception {
        assumeTrue(OnBothDatabases.postgres().isPresent(), "no test server ($WHOSAID_TEST_PG)");
        LibraryLocation library = ToretskLibrary.create(OnBothDatabases.databases().stream().map(n -> n.getPayload())
                .filter(OnBothDatabases.Target::isPostgres).findFirst().orElseThrow().location(dir, "desk"));
        String url = library.toString();
        Semaphore pushed = new Semaphore(0);
        try (Services maria = Services.open(library); AutoCloseable listening = maria.onChangesElsewhere(pushed::release)) {
            maria.coder().rename("Maria");
            Statement seen = maria.library().statements(1).get(0);

            maria.annotation().editStatement(seen, "note", e -> e.withNote("Maria's first look"));
            seen = maria.library().statement(seen.id()).orElseThrow();

            Path article = Files.writeString(dir.resolve("ivan.txt"),
                    "Ivan's report\n\nThe mayor said on Tuesday that the desalination plant was working again.\n");
            try (ChildJvm ivan = ChildJvm.startCommandLine(dir, "--db", url, "--coder", "Ivan", "import", article.toString())) {
                assertThat(ivan.await(Duration.ofMinutes(2))).as(ivan.errors()).isZero();
            }
            assertThat(pushed.tryAcquire(30, TimeUnit.SECONDS)).as("Ivan's import was pushed to Maria").isTrue();
            assertThat(maria.library().articleCount()).isEqualTo(5);
            assertThat(maria.library().search("desalination")).hasSize(1);

            try (ChildJvm ivan = ChildJvm.start(dir, "note", url, String.valueOf(seen.id()), "Ivan disagrees", "Ivan")) {
                assertThat(ivan.await(Duration.ofMinutes(2))).as(ivan.errors()).isZero();
                assertThat(ivan.lines()).contains("noted " + (seen.version() + 1));
            }
            assertThat(pushed.tryAcquire(30, TimeUnit.SECONDS)).as("Ivan's edit was pushed to Maria").isTrue();

            Statement stale = seen;
            assertThatThrownBy(() -> maria.annotation().editStatement(stale, "note", e -> e.withNote("Maria again")))
                    .isInstanceOf(EditConflict.class).hasMessageContaining("was changed by Ivan");
            Statement fresh = maria.library().statement(seen.id()).orElseThrow();
            assertThat(fresh.note()).isEqualTo("Ivan disagrees");
            assertThat(fresh.edited().coder()).isEqualTo("Ivan");

            maria.annotation().editStatement(fresh, "note", e -> e.withNote("Maria, after reading Ivan's"));
            assertThat(maria.library().statement(seen.id()).orElseThrow().note()).isEqualTo("Maria, after reading Ivan's");
        }
    }
}
