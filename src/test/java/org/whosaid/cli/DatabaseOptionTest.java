package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --db} and {@code $WHOSAID_DB} name a file or a {@code postgresql://} shared library; any other URL is refused
 * before anything is created.
 */
class DatabaseOptionTest {

    @ParameterizedTest
    @ValueSource(strings = {"file:///tmp/x.db", "jdbc:postgresql://host/db", "jdbc:sqlite:library.db", "mysql://host/db"})
    void aUrlIsRefusedAndNothingIsCreated(String url) {
        String scheme = url.substring(0, url.indexOf(':') + 1);
        for (String[] args : new String[][] {{"--db", url, "import", "README.md"}, {"list", "--db", url},
                {"show", "1", "--db=" + url}}) {
            CliRun run = CliRun.run(Map.of(), args);
            assertThat(run.status()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).isEqualTo("whosaid: " + url
                    + ": is not a file path or a postgresql://user@host:port/database URL\n");
            assertThat(Path.of(scheme)).doesNotExist();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql://host/db", "jdbc:sqlite:library.db"})
    void aUrlInTheEnvironmentIsRefusedToo(String url) {
        CliRun run = CliRun.run(Map.of("WHOSAID_DB", url), "list");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(url + ": is not a file path");
        assertThat(Files.exists(Path.of(url.substring(0, url.indexOf(':') + 1)))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://nobody@127.0.0.1:1/whosaid", "postgres://nobody@127.0.0.1:1/whosaid"})
    void aSharedLibraryWhoseServerIsNotThereIsNamedWithTheReason(String url) {
        for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of("WHOSAID_DB", url))) {
            CliRun run = environment.isEmpty() ? CliRun.run(environment, "--db", url, "list") : CliRun.run(environment, "list");
            assertThat(run.status()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(run.err()).startsWith("whosaid: postgresql://nobody@127.0.0.1:1/whosaid: the connection to the server"
                    + " was lost or refused");
        }
        assertThat(Path.of("postgresql:")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void readingCommandsNeverChangeTheLibrary(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path db = dir.resolve("r.db");
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "A headline\n\nKyiv denied on Friday that the city had fallen, an officer said.\n");
        assertThat(CliRun.run(Map.of(), "--db", db.toString(), "import", article.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(db);
        for (String[] args : new String[][] {{"list"}, {"show", "1"}, {"compare"},
                {"export", "--out", dir.resolve("x.json").toString()}}) {
            String[] withDb = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--db", db.toString())).toArray(String[]::new);
            CliRun run = CliRun.run(Map.of(), withDb);
            assertThat(run.status()).as(run.err()).isZero();
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        CliRun write = CliRun.run(Map.of(), "--db", db.toString(), "import", article.toString());
        assertThat(write.status()).as(write.err()).isZero();
    }

    @org.junit.jupiter.api.Test
    void reanalyseReportsProgressOnStderrAndTheCountsOnStdout(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("re.db");
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "A headline\n\nKyiv denied on Friday that the city had fallen, an officer said.\n");
        assertThat(CliRun.run(Map.of(), "--db", db.toString(), "import", article.toString()).status()).isZero();
        CliRun all = CliRun.run(Map.of(), "--db", db.toString(), "reanalyse");
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.err()).isEqualTo("[1/1] A headline\n");
        assertThat(all.out()).matches("1 article re-analysed: (\\d+) statements? before, \\1 after; 0 of your corrections kept\n");
        CliRun missing = CliRun.run(Map.of(), "--db", db.toString(), "reanalyse", "1", "7");
        assertThat(missing.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(missing.err()).contains("no article 7");
    }
}
