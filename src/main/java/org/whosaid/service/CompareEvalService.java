package org.whosaid.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.whosaid.analysis.eval.CompareScorer;

/**
 * Scores cross-article linking on a compare gold file: imports the gold's articles into a temporary database (never
 * the user's), exports it as whosaid-export/1 JSON and scores that as {@code score_compare.py} does.
 */
public final class CompareEvalService {

    /** The report; its last line is {@code compare F1 = X}. */
    public String evaluate(Path goldFile) {
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException(goldFile + ": no such compare gold file");
        }
        List<String> articles = articlesOf(goldFile);
        Path folder;
        try {
            folder = Files.createTempDirectory("whosaid-compare-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary database folder: " + e.getMessage(), e);
        }
        try (Services services = Services.open(folder.resolve("compare.db"))) {
            ImportReport report = services.imports().importAll(articles, Progress.NONE);
            for (ImportOutcome o : report.outcomes()) {
                if (o.result() == ImportOutcome.Result.FAILED) {
                    throw new IllegalArgumentException(o.input() + ": " + o.reason());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.export().write("json", List.of(), out);
            return CompareScorer.score(goldFile, new ObjectMapper().readTree(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the scored library: " + e.getMessage(), e);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary folder is harmless
            }
        }
    }

    /** The article files the gold names, relative to its folder, in a stable order. */
    static List<String> articlesOf(Path goldFile) {
        JsonNode gold;
        try {
            gold = new ObjectMapper().readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(goldFile + ": not a compare gold file: " + e.getMessage(), e);
        }
        Path folder = goldFile.toAbsolutePath().getParent();
        TreeSet<String> files = new TreeSet<>();
        gold.path("questions").forEach(q -> q.path("members").forEach(m -> files.add(m.path("article").asText())));
        gold.path("unlinked").forEach(u -> files.add(u.path("article").asText()));
        List<String> paths = files.stream().map(f -> folder.resolve(f).toString()).toList();
        for (String p : paths) {
            if (!Files.isRegularFile(Path.of(p))) {
                throw new IllegalArgumentException(goldFile + ": names the article " + p + ", which does not exist");
            }
        }
        return paths;
    }
}
