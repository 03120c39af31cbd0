package org.whosaid.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchPrintsTheTableAndWritesTheSameReportWithoutTouchingTheUsersDatabase() throws Exception {
        Path report = dir.resolve("docs/benchmarks.md");
        Path userDb = dir.resolve("mine.db");

        CliRun run = CliRun.run(Map.of(), "--db", userDb.toString(), "bench", "--articles", "20", "--out",
                report.toString());
        assertThat(run.status()).isEqualTo(ExitCode.OK);

        String written = Files.readString(report);
        assertThat(written).startsWith("# WhoSaid benchmarks").contains("| figure | measured | goal |",
                "--articles 20", "cores", "JVM");
        String printed = run.out().substring(0, run.out().indexOf("written to ")).strip();
        assertThat(written).contains(printed).contains("| Library first rows (count + first page) |",
                "| Audit, whole library |", "| peak resident memory, import process |");
        assertThat(run.out()).contains("written to " + report);
        assertThat(userDb).doesNotExist();
    }

    @Test
    void benchRefusesLessThanOneArticle() {
        CliRun run = CliRun.run(Map.of(), "bench", "--articles", "0", "--out", dir.resolve("b.md").toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--articles");
        assertThat(dir.resolve("b.md")).doesNotExist();
    }
}
