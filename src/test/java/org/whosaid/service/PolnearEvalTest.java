package org.whosaid.service;

import org.whosaid.service.eval.EvalService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} on the PolNeAR dev compartment agrees with the shared scorer on an export of the same analysis. Reads
 * {@code ../shared/polnear/} when it is there (development data that never enters this repository), else skips.
 */
class PolnearEvalTest {

    private static final Path DEV = Path.of("../shared/polnear/dev");
    private static final Path GOLD = DEV.resolve("polnear-dev.gold.json");
    private static final Path SCORER = Path.of("../shared/tools/score_attribution.py");

    @Test
    void evalAndTheSharedScorerGiveTheSameFiguresOnPolnearDev(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(GOLD), "skipped: PolNeAR is not at " + DEV.toAbsolutePath());
        EvalService eval = new EvalService();
        EvalService.Result fresh = eval.evaluate(List.of(GOLD), null, null, false);
        assertThat(fresh.total().goldAttributions()).isGreaterThan(1000);

        Path export = dir.resolve("export.json");
        try (Services services = Services.open(dir.resolve("pn.db"))) {
            services.imports().importAll(List.of(DEV.resolve("articles").toString()), Progress.NONE);
            services.export().writeFile("json", List.of(), export);
        }
        EvalService.Result fromExport = eval.evaluate(List.of(GOLD), null, export, false);
        assertThat(fromExport.report()).isEqualTo(fresh.report());

        Assumptions.assumeTrue(Files.isRegularFile(SCORER), "skipped the comparison: no " + SCORER);
        Process p;
        try {
            p = new ProcessBuilder("python3", SCORER.toString(), GOLD.toString(), export.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("skipped the comparison: no python3 (" + e.getMessage() + ")");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).as(out).startsWith("attribution F1 = ");
        double shared = Double.parseDouble(last.substring("attribution F1 = ".length()));
        assertThat(fresh.f1()).as(out + "\n" + fresh.report()).isCloseTo(shared, within(0.005));
        assertThat(out).contains(String.format("precision              %d/%d", fresh.total().predictedCorrect(),
                fresh.total().predictedAttributed()));
        assertThat(out).contains(String.format("speaker correct        %d/%d", fresh.total().speakerCorrect(),
                fresh.total().goldAttributions()));
    }
}
