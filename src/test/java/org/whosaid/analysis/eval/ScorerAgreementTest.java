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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link EvalScorer} against the project's independent scorer on a fixed export of six development articles: the
 * counts are fixed here (so the test runs without Python or {@code ../shared}), and, when {@code python3} and
 * {@code ../shared/tools/score_attribution.py} are there, compared with what that script prints.
 */
class ScorerAgreementTest {

    static final Path SHARED_SCORER = Path.of("../shared/tools/score_attribution.py");

    /** name, then the script's counts: gold, content found, speaker correct, party correct, disputes marked/of, precision right/of. */
    private static final Object[][] EXPECTED = {
            {"toretsk", 18, 18, 18, 15, 2, 2, 18, 18},
            {"bakhmut", 11, 11, 10, 9, 1, 1, 10, 11},
            {"hurricane-helene", 6, 6, 5, 3, 0, 0, 5, 6},
            {"kenya-protests", 9, 9, 8, 6, 1, 1, 8, 9},
            {"real-yahoo-2", 7, 7, 6, 5, 0, 0, 8, 9},
            {"scotus-immunity", 8, 8, 7, 7, 0, 0, 7, 8},
    };

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ScorerAgreementTest.class.getResource(name).toURI());
    }

    static List<Integer> counts(EvalReport r) {
        return List.of(r.goldAttributions(), r.contentFound(), r.speakerCorrect(), r.partyCorrect(), r.disputesMarked(),
                r.goldDisputes(), r.predictedCorrect(), r.predictedAttributed());
    }

    /** The same counts out of the shared scorer's printout, and its F1 last. */
    static List<Number> sharedScorer(Path gold, Path export) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SHARED_SCORER.toString(), gold.toString(), export.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<Number> n = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] parts = line.replaceAll(".*?(\\d+)/(\\d+).*", "$1 $2").split(" ");
            if (line.startsWith("gold attributions")) {
                n.add(Integer.parseInt(line.replaceAll("\\D", "")));
            } else if (line.startsWith("content found")) {
                n.add(Integer.parseInt(parts[0]));
            } else if (line.startsWith("speaker correct") || line.startsWith("party correct")) {
                n.add(Integer.parseInt(parts[0]));
            } else if (line.startsWith("denials marked") || line.startsWith("precision")) {
                n.add(Integer.parseInt(parts[0]));
                n.add(Integer.parseInt(parts[1]));
            } else if (line.startsWith("attribution F1 = ")) {
                n.add(Double.parseDouble(line.substring("attribution F1 = ".length())));
            }
        }
        return n;
    }

    static boolean sharedScorerAvailable() {
        if (!Files.isRegularFile(SHARED_SCORER)) {
            return false;
        }
        try {
            return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void evalGivesTheFixedFiguresOnTheFixedExport() throws Exception {
        List<PredictedArticle> export = PredictedArticle.readExport(resource("/eval/six-articles.export.json"));
        assertThat(export).hasSize(6);
        for (Object[] row : EXPECTED) {
            EvalReport r = EvalScorer.score(GoldAnnotation.read(resource("/gold/" + row[0] + ".gold.json")), export);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                expected.add((Integer) row[i]);
            }
            assertThat(counts(r)).as(row[0] + "\n" + r.format(true)).isEqualTo(expected);
        }
    }

    @Test
    void evalAgreesWithTheSharedScorer() throws Exception {
        Assumptions.assumeTrue(sharedScorerAvailable(), "skipped: python3 or " + SHARED_SCORER + " not available");
        Path exportFile = resource("/eval/six-articles.export.json");
        List<PredictedArticle> export = PredictedArticle.readExport(exportFile);
        for (Object[] row : EXPECTED) {
            Path gold = resource("/gold/" + row[0] + ".gold.json");
            EvalReport r = EvalScorer.score(GoldAnnotation.read(gold), export);
            List<Number> ours = new ArrayList<>(counts(r));
            ours.add(Double.parseDouble(String.format(Locale.ROOT, "%.3f", r.f1())));
            assertThat(ours).as(row[0].toString()).isEqualTo(sharedScorer(gold, exportFile));
        }
    }
}
