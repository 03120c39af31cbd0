package org.whosaid.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareScorerTest {

    private static final Path SET = Path.of("src/test/resources/compare");

    @TempDir
    Path dir;

    /**
     * Two articles; one question with a member in each (party A asserts, party B denies) and an unlinked item in the
     * first, all three predicted in one topic. By hand: all pairs tp 1 fp 2 (P 1/3, R 1); cross pairs tp 1 fp 1
     * (P 1/2, R 1, F1 2/3); the conflict is found but not strictly (both predicted asserts); party 1/2, stance 1/2.
     */
    @Test
    void aTinyCaseScoredByHand() throws IOException {
        Files.writeString(dir.resolve("a1.txt"), "One\n\nCorvania said the depot was hit. It said the rain was heavy.\n");
        Files.writeString(dir.resolve("a2.txt"), "Two\n\nVarnia denied the depot was hit.\n");
        Files.writeString(dir.resolve("gold.json"), """
                {"questions": [{"id": "q", "question": "Was the depot hit?", "conflict": true, "members": [
                  {"article": "a1.txt", "content": "the depot was hit", "source": "Corvania", "party": ["A"], "stance": "asserts"},
                  {"article": "a2.txt", "content": "the depot was hit", "source": "Varnia", "party": ["B"], "stance": "denies"}]}],
                 "unlinked": [{"article": "a1.txt", "content": "the rain was heavy"}]}""");
        String export = """
                {"articles": [
                  {"id": 1, "title": "One", "text": "x", "statements": [
                    {"id": 11, "text": "the depot was hit", "source": {"party": "A"}, "stance": "asserts", "topic": "t"},
                    {"id": 12, "text": "the rain was heavy", "source": {"party": "A"}, "stance": "asserts", "topic": "t"}]},
                  {"id": 2, "title": "Two", "text": "y", "statements": [
                    {"id": 21, "text": "the depot was hit", "source": {"party": "C"}, "stance": "asserts", "topic": "t"}]}],
                 "topics": [{"id": "t", "statements": [11, 12, 21]}]}""";
        String report = CompareScorer.score(dir.resolve("gold.json"), new ObjectMapper().readTree(export));
        assertThat(report).contains("links, all pairs: P 0.333 (1/3) R 1.000 (1/1) F1 0.500");
        assertThat(report).contains("links, cross-article pairs: P 0.500 (1/2) R 1.000 (1/1) F1 0.667");
        assertThat(report).contains("false links from unlinked items: 2 pairs (1 cross-article); 1/1 matched unlinked");
        assertThat(report).contains("conflicts found: 1/1 (1.000); with predicted stances opposite too: 0/1");
        assertThat(report).contains("party accuracy: 0.500 (1/2 matched attributed members)");
        assertThat(report).contains("stance accuracy: 0.500 (1/2 matched members)");
        assertThat(report).endsWith("compare F1 = 0.667\n");
    }

    @Test
    void agreesWithScoreCompareOnAFixedExport() throws Exception {
        Path gold = SET.resolve("gold.json");
        Path export = SET.resolve("fixed-export.json");
        String java = CompareScorer.score(gold, new ObjectMapper().readTree(export.toFile()));
        assertThat(java).contains("articles matched: 18/18").contains("members found: 82/82");
        String python = runPython(SET.resolve("score_compare.py"), gold, export);
        assumeTrue(python != null, "python3 is not available: the agreement with score_compare.py was not checked");
        assertThat(java).isEqualTo(python);
    }

    private static String runPython(Path script, Path gold, Path export) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", script.toString(), gold.toString(), export.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        }
    }
}
