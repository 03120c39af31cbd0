package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

class AttributionEngineTest {

    static String toretsk() throws IOException {
        String raw = new String(AttributionEngineTest.class.getResourceAsStream("/gold/toretsk.txt").readAllBytes(), StandardCharsets.UTF_8);
        return raw.substring(raw.indexOf("\n\n") + 2).strip();
    }

    @Test
    void toretskConflictRussiaAssertsUkraineDenies() throws IOException {
        Analysis analysis = ENGINE.analyze(toretsk());
        List<Attribution> onTopic = analysis.attributions().stream().filter(a -> "toretsk-control".equals(a.topic()))
                .filter(a -> a.source() != null).toList();
        assertThat(onTopic).anyMatch(a -> a.stance() == Stance.ASSERTS && a.source().party().equals("Russia")
                && a.content().text().contains("Dzerzhinsk"));
        assertThat(onTopic).anyMatch(a -> a.stance() == Stance.ASSERTS && a.source().mention().equals("Russia"));
        assertThat(onTopic).anyMatch(a -> a.stance() == Stance.DENIES && a.source().mention().equals("Kyiv"));
        assertThat(onTopic).anyMatch(a -> a.stance() == Stance.DENIES && a.source().mention().startsWith("A Ukrainian officer"));
        assertThat(onTopic).filteredOn(a -> a.stance() == Stance.DENIES).allMatch(a -> a.source().party().equals("Ukraine"));
        assertThat(analysis.topics()).anyMatch(t -> t.key().equals("toretsk-control") && t.label().equals("Does Russia control Toretsk?"));
    }

    @Test
    void toretskCasualtyFigureWithoutSourceIsUnattributed() throws IOException {
        assertThat(ENGINE.analyze(toretsk()).attributions())
                .anyMatch(a -> a.kind() == StatementKind.UNATTRIBUTED && a.source() == null && a.cue() == null
                        && a.content().text().startsWith("A drone strike on the city of Sumy"));
    }

    @Test
    void everyStatementRecordsItsRuleConfidenceAndExactSpan() throws IOException {
        String text = toretsk();
        for (Attribution a : ENGINE.analyze(text).attributions()) {
            assertThat(a.rule()).isNotBlank();
            assertThat(a.confidence()).isBetween(0.0, 1.0);
            assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
            if (a.cue() != null) {
                assertThat(text.substring(a.cue().start(), a.cue().end())).isEqualTo(a.cue().text());
            }
        }
    }

    @Test
    void oneEngineServesManyThreads() throws Exception {
        String text = toretsk();
        Analysis expected = ENGINE.analyze(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Analysis>> results = IntStream.range(0, 16).mapToObj(i -> pool.submit(() -> ENGINE.analyze(text))).toList();
            for (Future<Analysis> r : results) {
                assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLexiconInTheDataFolderOverridesTheBundledOne(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("reporting-verbs.json"),
                "{\"verbs\": [{\"lemma\": \"blurt\", \"forms\": [\"blurted\"]}], \"participles\": []}");
        AttributionEngine custom = AttributionEngine.withLexicons(dataDir);
        assertThat(custom.analyze("The minister blurted that the deal was dead.").attributions())
                .anyMatch(a -> a.kind() == StatementKind.CLAIM && a.content().text().equals("the deal was dead"));
        assertThat(custom.analyze("The minister said that the deal was dead.").attributions())
                .noneMatch(a -> a.kind() == StatementKind.CLAIM);
    }

    @Test
    void emptyAndBlankText() {
        assertThat(ENGINE.analyze("")).isEqualTo(Analysis.empty());
        assertThat(ENGINE.analyze(" \n\n\t ")).isEqualTo(Analysis.empty());
        assertThat(ENGINE.analyze(null)).isEqualTo(Analysis.empty());
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // a guard against runaway work, not a benchmark
    void aSingleFiveMegabyteLine() {
        String sentence = "Officials said \"the convoy was hit near the border, and 12 people died\" while others were silent… ";
        String line = sentence.repeat(5_000_000 / sentence.length() + 1);
        assertThat(line.length()).isGreaterThan(5_000_000);
        Analysis analysis = ENGINE.analyze(line);
        assertThat(analysis.attributions()).isNotEmpty();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fiveMegabytesWithoutPunctuationOrWithRepeatedCues() {
        assertThat(ENGINE.analyze("he said ".repeat(650_000)).attributions()).isNotNull();
        assertThat(ENGINE.analyze("word ".repeat(1_000_000)).attributions()).isEmpty();
        assertThat(ENGINE.analyze("“".repeat(100_000) + "”".repeat(100_000) + "\"".repeat(100_000)).attributions()).isNotNull();
    }

    @Test
    void unbalancedQuoteMarks() {
        Analysis analysis = ENGINE.analyze("“We will not give up,\" the mayor said. He added: “The city stands.\nOfficials said 12 people died.");
        assertThat(analysis.attributions()).anyMatch(a -> a.content().text().equals("12 people died"));
    }

    @Test
    void textWithoutPunctuation() {
        Analysis analysis = ENGINE.analyze("the minister said the talks had failed and the army would fight on");
        assertThat(analysis.attributions()).anyMatch(a -> a.kind() == StatementKind.CLAIM
                && a.content().text().equals("the talks had failed and the army would fight on"));
    }

    @Test
    void mixedCyrillicAndLatin() {
        Analysis analysis = ENGINE.analyze("«Город Торецк освобождён», the Russian Defense Ministry said. Министерство обороны заявило об этом в пятницу.");
        assertThat(analysis.attributions()).anyMatch(a -> a.kind() == StatementKind.QUOTE
                && a.content().text().equals("Город Торецк освобождён") && a.source().name().equals("Russian Defence Ministry"));
    }

    @Test
    void controlCharacters() {
        String text = "Kyiv\u0000 denied\u0007 the claim.\u001B[31m The army said\u0008 12 soldiers were killed.\r\n\u0085\u2028Officials said the\u200B town was\ufeff quiet.";
        Analysis analysis = ENGINE.analyze(text);
        for (Attribution a : analysis.attributions()) {
            assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
        }
        assertThat(analysis.attributions()).isNotEmpty();
    }

    @Test
    void throughputIsPrintedNotAsserted() throws IOException {
        String text = toretsk();
        int articles = 1_000;
        for (int i = 0; i < 300; i++) {
            ENGINE.analyze(text); // let the JIT compile the hot paths first
        }
        long start = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            ENGINE.analyze(text);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("analysed %d articles of %d chars in %.2f s: %.0f articles/s on one thread%n",
                articles, text.length(), seconds, articles / seconds);
    }
}
