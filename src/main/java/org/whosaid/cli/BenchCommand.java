package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.service.bench.BenchmarkReport;
import org.whosaid.service.bench.BenchmarkService;
import org.whosaid.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench [--articles N] [--out FILE]}: throughput, latency and memory figures against the goals. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure analysis, import, search, memory and opening an article on generated"
        + " articles in a temporary database (never yours): analysis, import through `whosaid import`, the Library's"
        + " pages, search, Compare, Audit, window up and peak memory; print the figures beside their goals and put"
        + " them in a Markdown file (replacing the last run for the same article count, keeping the rest).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "How many articles to generate and import (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--postgresql", paramLabel = "URL",
            description = "Also measure the import and the library's figures on a throw-away schema of this PostgreSQL"
                    + " server (postgresql://user@host:port/database; the password from ~/.pgpass or $PGPASSFILE),"
                    + " dropped afterwards, in a column beside SQLite's.")
    String postgresql;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/benchmarks.md",
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1) {
            err.println("whosaid bench: --articles must be at least 1, not " + articles);
            return ExitCode.USAGE;
        }
        java.util.Optional<String> server = java.util.Optional.ofNullable(postgresql);
        if (server.isPresent() && !BenchmarkService.isServerUrl(postgresql)) {
            err.println("whosaid bench: --postgresql takes postgresql://user@host:port/database, not " + postgresql);
            return ExitCode.USAGE;
        }
        BenchmarkReport report = BenchmarkService.withBundledEngine().run(articles, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                err.println("bench: " + message);
                err.flush();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        }, database -> WindowTiming.launchToRenderedLibrary(database, err), server);
        String markdown = report.markdown();
        stdout.print(markdown);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String before = Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        Files.writeString(out, report.mergeInto(before), StandardCharsets.UTF_8);
        stdout.println();
        stdout.println("written to " + out);
        return ExitCode.OK;
    }
}
