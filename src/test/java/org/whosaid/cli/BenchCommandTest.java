package org.whosaid.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return WhoSaidCommand.execute(args, Map.of(), db -> {
            throw new AssertionError("bench must not open the desktop app");
        }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void benchPrintsTheTableAndWritesTheSameReportWithoutTouchingTheUsersDatabase() throws Exception {
        Path report = dir.resolve("docs/benchmarks.md");
        Path userDb = dir.resolve("mine.db");

        assertThat(run("--db", userDb.toString(), "bench", "--articles", "20", "--out", report.toString()))
                .isEqualTo(ExitCode.OK);

        String written = Files.readString(report);
        assertThat(written).startsWith("# WhoSaid benchmarks").contains("| figure | measured | goal |",
                "--articles 20", "cores", "JVM");
        assertThat(out.toString()).contains(written.strip()).contains("written to " + report);
        assertThat(userDb).doesNotExist();
    }

    @Test
    void benchRefusesLessThanOneArticle() {
        assertThat(run("bench", "--articles", "0", "--out", dir.resolve("b.md").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--articles");
        assertThat(dir.resolve("b.md")).doesNotExist();
    }
}
