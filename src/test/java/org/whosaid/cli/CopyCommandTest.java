package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Statement;
import org.whosaid.service.Services;
import org.whosaid.store.Database;
import org.whosaid.store.LibraryCopy;
import org.whosaid.store.LibraryLocation;
import org.whosaid.testing.OnBothDatabases;

/** {@code whosaid copy}: a library moves to a PostgreSQL server and back whole, coders' edits and all, verified. */
class CopyCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFileGoesToTheServerAndBackWithEveryCodersEdits() throws Exception {
        assumeTrue(OnBothDatabases.postgres().isPresent(), "no test server ($WHOSAID_TEST_PG)");
        Path file = codedLibrary();
        String server = serverLocation("copy");

        CliRun there = CliRun.run(Map.of(), "copy", "--from", file.toString(), "--to", server);
        assertThat(there.status()).as(there.err()).isZero();
        String checksum;
        try (Database original = Database.open(file)) {
            checksum = LibraryCopy.checksum(original);
        }
        assertThat(there.out()).contains("  article        4\n").contains("statements checksum " + checksum);

        try (Services shared = Services.openShared(server)) {
            assertThat(shared.library().articleCount()).isEqualTo(4);
            assertThat(shared.library().search("Toretsk")).hasSize(4);
            Statement edited = shared.library().statements(1).get(0);
            assertThat(edited.note()).isEqualTo("checked against the map");
            assertThat(edited.tags()).containsExactly("verify");
            assertThat(edited.edited().coder()).isEqualTo("Maria");
            // new rows get new ids on the server: its sequences were moved past the copied ones
            shared.annotation().createStatement(2, 0, 5, org.whosaid.model.StatementKind.UNATTRIBUTED, null);
        }

        Path back = dir.resolve("back.db");
        CliRun home = CliRun.run(Map.of(), "copy", "--from", server, "--to", back.toString());
        assertThat(home.status()).as(home.err()).isZero();
        try (Services returned = Services.open(back)) {
            assertThat(returned.library().statements(1).get(0).note()).isEqualTo("checked against the map");
            assertThat(returned.library().search("Toretsk")).hasSize(4);
        }
    }

    @Test
    void aCopyIntoALibraryWithArticlesIsRefusedAndNothingIsMixed() {
        Path file = codedLibrary();
        Path other = ToretskLibrary.create(dir.resolve("other"));
        CliRun run = CliRun.run(Map.of(), "copy", "--from", file.toString(), "--to", other.toString());
        assertThat(run.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.err()).contains(other.toString() + ": is not empty (table article has rows)");
        try (Services untouched = Services.open(other)) {
            assertThat(untouched.library().articleCount()).isEqualTo(4);
        }
    }

    @Test
    void aFileCopiesIntoANewFileWithTheSameStatements() {
        Path file = codedLibrary();
        Path copy = dir.resolve("copy.db");
        CliRun run = CliRun.run(Map.of(), "copy", "--from", file.toString(), "--to", copy.toString());
        assertThat(run.status()).as(run.err()).isZero();
        try (Database a = Database.open(file); Database b = Database.open(copy)) {
            assertThat(LibraryCopy.checksum(b)).isEqualTo(LibraryCopy.checksum(a));
        }
        CliRun missing = CliRun.run(Map.of(), "copy", "--from", dir.resolve("none.db").toString(), "--to",
                dir.resolve("x.db").toString());
        assertThat(missing.err()).contains("none.db: no library here to copy");
    }

    private Path codedLibrary() {
        Path file = ToretskLibrary.create(dir);
        try (Services services = Services.open(file)) {
            services.coder().rename("Maria");
            Statement first = services.library().statements(1).get(0);
            services.annotation().editStatement(first, "code",
                    e -> e.withTags(List.of("verify")).withNote("checked against the map"));
        }
        return file;
    }

    private String serverLocation(String name) {
        return OnBothDatabases.databases().stream().map(n -> n.getPayload()).filter(OnBothDatabases.Target::isPostgres)
                .findFirst().orElseThrow().location(dir, name).toString();
    }
}
