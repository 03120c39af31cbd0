package org.whosaid.service.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.whosaid.service.Progress;
import org.whosaid.testing.SyntheticAnalysis;

/**
 * Runs the benchmark with {@link SyntheticAnalysis} instead of the engine, so that the store figures (import,
 * search, opening an article) include statements while the engine is not there yet.
 * Arguments: article count, output file.
 */
public final class SyntheticBench {
    private SyntheticBench() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        BenchmarkReport report = new BenchmarkService(folder -> SyntheticAnalysis::of, BenchCorpus.bundled())
                .run(articles, Progress.NONE);
        System.out.print(report.markdown());
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report.markdown(), StandardCharsets.UTF_8);
        }
    }
}
