package org.whosaid.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.AttributionEngine;

/** Runs the scorer over every gold file of the development set and holds the parser to a floor. */
class GoldSetTest {

    private static final AttributionEngine ENGINE = AttributionEngine.withLexicons(null);

    /** The article body as the importer stores it: the text after the title line and the blank line. */
    static String body(Path articleFile) throws IOException {
        String raw = Files.readString(articleFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int blank = raw.indexOf("\n\n");
        String body = blank >= 0 ? raw.substring(blank + 2) : raw;
        return body.strip();
    }

    static Path goldDir() throws URISyntaxException {
        return Path.of(GoldSetTest.class.getResource("/gold").toURI());
    }

    static List<Path> goldFiles() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(goldDir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
    }

    static EvalReport evaluate(Path goldFile) throws IOException {
        GoldAnnotation gold = GoldAnnotation.read(goldFile);
        String text = body(goldFile.resolveSibling(gold.article()));
        return EvalScorer.score(gold, text, ENGINE.analyze(text).attributions());
    }

    @Test
    void toretskMeetsItsTarget() throws Exception {
        EvalReport report = evaluate(goldDir().resolve("toretsk.gold.json"));
        assertThat(report.f1()).as(report.format(true)).isGreaterThanOrEqualTo(0.95);
        assertThat(report.denialsMarked()).isEqualTo(report.goldDenials());
        assertThat(report.format(false).lines().reduce((a, b) -> b)).hasValueSatisfying(
                last -> assertThat(last).matches("attribution F1 = [01]\\.\\d{3}"));
    }

    @Test
    void developmentSetStaysAboveItsFloor() throws Exception {
        List<Double> scores = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (Path goldFile : goldFiles()) {
            EvalReport report = evaluate(goldFile);
            scores.add(report.f1());
            summary.append(String.format(Locale.ROOT, "%-28s F1 %.3f  P %.3f  R %.3f%n",
                    goldFile.getFileName(), report.f1(), report.precision(), report.recall()));
            if (Boolean.getBoolean("whosaid.eval.verbose")) {
                summary.append(report.format(true)).append("\n\n");
            }
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        summary.append(String.format(Locale.ROOT, "mean F1 %.3f over %d articles%n", mean, scores.size()));
        System.out.println(summary);
        assertThat(scores).hasSizeGreaterThanOrEqualTo(11);
        assertThat(mean).as(summary.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(scores).as(summary.toString()).allMatch(f1 -> f1 >= 0.85);
    }
}
