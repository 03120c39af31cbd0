package org.whosaid.service.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.whosaid.model.ArticleContent;
import org.whosaid.service.Services;

/**
 * For performance work on Compare and Audit: writes N bench articles as files (args: folder, N) or times the topic
 * list and the whole-library Audit of a library built from them with {@code whosaid import} (args: library file, rounds).
 */
public final class CompareTiming {
    private CompareTiming() {
    }

    public static void main(String[] args) {
        if (!args[0].endsWith(".db")) {
            BenchCorpus corpus = BenchCorpus.bundled();
            List<ArticleContent> contents = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                contents.add(corpus.article(i));
            }
            BenchmarkService.writeArticles(Path.of(args[0]), contents);
            return;
        }
        try (Services services = Services.open(Path.of(args[0]))) {
            for (int r = 0; r < Integer.parseInt(args[1]); r++) {
                long start = System.nanoTime();
                int topics = services.compare().topics().size();
                long compare = System.nanoTime();
                services.audit().library(500);
                long audit = System.nanoTime();
                System.out.printf(Locale.ROOT, "topic list %.0f ms (%d topics), audit %.0f ms%n", (compare - start) / 1e6,
                        topics, (audit - compare) / 1e6);
            }
        }
    }
}
