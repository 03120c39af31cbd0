package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Analysis;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.StatementRepository;
import org.whosaid.testing.SyntheticAnalysis;

/** One huge article is analysed only up to a bound, and the import says what was left out. */
class AnalysisBoundsTest {
    @TempDir
    Path dir;

    @Test
    void aHugeOneLineArticleIsAnalysedUpToTheBoundsAndSaysSo() throws Exception {
        String sentence = "Officials said \"the convoy was hit near the border on Monday\" and others were silent. ";
        String body = sentence.repeat(3_000_000 / sentence.length());
        Path file = dir.resolve("huge.txt");
        Files.writeString(file, "A huge article\n\n" + body + "\n", StandardCharsets.UTF_8);
        AtomicInteger longestAnalysed = new AtomicInteger();
        try (Database db = Database.open(dir.resolve("b.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            ImportService imports = new ImportService(new ArticleReader(), (text, dateline) -> {
                longestAnalysed.accumulateAndGet(text.length(), Math::max);
                return SyntheticAnalysis.of(text);
            }, articles);
            ImportReport report = imports.importAll(List.of(file.toString()), Progress.NONE);
            ImportOutcome outcome = report.outcomes().get(0);
            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            int stored = articles.find(outcome.articleId()).orElseThrow().text().length();
            assertThat(stored).isGreaterThan(2_990_000);
            assertThat(outcome.describe()).endsWith(String.format(java.util.Locale.ROOT, "\u201cA huge article\u201d (too"
                    + " long to analyse whole: only the first %,d of %,d characters were analysed, and only the first"
                    + " 5,000 statements are kept)", longestAnalysed.get(), stored));
            assertThat(longestAnalysed.get()).isLessThanOrEqualTo(AnalysisBounds.MAX_CHARACTERS);
            assertThat(new StatementRepository(db).ofArticle(outcome.articleId())).hasSize(AnalysisBounds.MAX_STATEMENTS);
        }
    }

    @Test
    void anOrdinaryArticleIsAnalysedWholeWithoutANote() {
        String text = "The mayor said the bridge was open. \u201cWe are safe,\u201d she said.";
        AnalysisBounds.Bounded bounded = AnalysisBounds.analyse((t, d) -> SyntheticAnalysis.of(t), text, null);
        assertThat(bounded.notice()).isNull();
        assertThat(bounded.analysis()).isEqualTo(SyntheticAnalysis.of(text));
    }

    @Test
    void theCutFallsBetweenSentencesAndTheStatementBoundAloneIsNamed() {
        String sentence = "He said \"x is twelve words long at the very least, surely\". ";
        String text = sentence.repeat(AnalysisBounds.MAX_CHARACTERS / sentence.length() + 10);
        AtomicInteger analysed = new AtomicInteger();
        AnalysisBounds.analyse((t, d) -> {
            analysed.set(t.length());
            return Analysis.empty();
        }, text, null);
        assertThat(analysed.get()).isLessThanOrEqualTo(AnalysisBounds.MAX_CHARACTERS)
                .isGreaterThan(AnalysisBounds.MAX_CHARACTERS - 1_000);
        assertThat(text.substring(0, analysed.get())).endsWith(". ");
        String many = sentence.repeat(6_000);
        assertThat(AnalysisBounds.analyse((t, d) -> SyntheticAnalysis.of(t), many, null).notice())
                .isEqualTo("too long to analyse whole: only the first 5,000 statements are kept");
    }

    @Test
    void oneBadByteInUtf8IsReplacedAndReportedWithOrWithoutAByteOrderMark() throws Exception {
        byte[] text = "Kyiv talks\n\nThe mayor of Kyiv said the caf\u00e9 was open again on Monday.\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = text.clone();
        bad[30] = (byte) 0xFF;
        byte[] withMark = new byte[bad.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(bad, 0, withMark, 3, bad.length);
        Files.write(dir.resolve("no-mark.txt"), bad);
        Files.write(dir.resolve("mark.txt"), withMark);
        for (String name : List.of("no-mark.txt", "mark.txt")) {
            try (Database db = Database.open(dir.resolve(name + ".db"))) {
                ImportService imports = new ImportService(new ArticleReader(), (body, dateline) -> SyntheticAnalysis.of(body),
                        new ArticleRepository(db));
                ImportOutcome outcome = imports.importAll(List.of(dir.resolve(name).toString()), Progress.NONE)
                        .outcomes().get(0);
                assertThat(outcome.result()).as(outcome.describe()).isEqualTo(ImportOutcome.Result.IMPORTED);
                assertThat(outcome.describe()).endsWith("(1 character could not be decoded and shows as \ufffd)");
            }
        }
    }

    @Test
    void aFullDiskStopsTheImportWithOneClearMessage() throws Exception {
        List<String> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = dir.resolve("a" + i + ".txt");
            Files.writeString(file, "Article " + i + "\n\n" + ("Officials said the talks in town " + i
                    + " went on. ").repeat(400));
            inputs.add(file.toString());
        }
        try (Database db = Database.open(dir.resolve("full.db"))) {
            org.whosaid.store.TestDatabases.limitPages(db, 100);
            ImportReport report = new ImportService(new ArticleReader(), (body, dateline) -> SyntheticAnalysis.of(body),
                    new ArticleRepository(db)).importAll(inputs, Progress.NONE);
            assertThat(report.count(ImportOutcome.Result.IMPORTED)).isBetween(1L, 11L);
            assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.describe()).matches(
                    "failed .*a\\d+\\.txt: .*full.db: the disk is full; the change was not saved;"
                            + " the import stopped here \\(\\d+ more not tried\\)"));
            assertThat(report.outcomes()).hasSizeLessThan(inputs.size());
        }
    }
}
