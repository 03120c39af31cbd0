package org.whosaid.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleSummary;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TestDatabases;
import org.whosaid.testing.SyntheticAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/**
 * The user's import analyses on every core and stores many articles per transaction: still every article whole
 * with its statements or absent, outcomes in the order of the inputs, one bad article failing alone, a cancel
 * keeping whole articles only, duplicates found as before.
 */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class ImportBatchTest {
    @Parameter
    OnBothDatabases.Target on;

    /** More than one batch, so that failures and cancels land inside batches and across their borders. */
    private static final int FILES = ImportService.BATCH + 60;

    @TempDir
    Path dir;

    private List<String> writeArticles(int count, int poisoned) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("a%04d.txt", i));
            String extra = i == poisoned ? " Mayor Ilsen said the poison was found." : "";
            Files.writeString(file, "Article " + i + "\n\nOfficial Kalvar said the bridge " + i + " was closed."
                    + extra + " Police Chief Ostrel denied that anyone was hurt in town " + i + ".\n");
            files.add(file.toString());
        }
        return files;
    }

    /** Analysis that finishes in a shuffled order across the workers. */
    private static Analysis slowly(String text) {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return SyntheticAnalysis.of(text);
    }

    private static void assertEveryStoredArticleIsWhole(Database db) {
        ArticleRepository articles = new ArticleRepository(db);
        StatementRepository statements = new StatementRepository(db);
        for (long id : articles.ids()) {
            String text = articles.find(id).orElseThrow().text();
            assertThat(statements.ofArticle(id)).as("statements of #%d", id)
                    .hasSize(SyntheticAnalysis.of(text).attributions().size());
        }
    }

    private ImportService imports(Database db, Function<String, Analysis> analyzer) {
        return new ImportService(new ArticleReader(), (text, dateline) -> analyzer.apply(text), new ArticleRepository(db));
    }

    @Test
    void outcomesFollowTheInputsWhateverOrderTheWorkersFinishIn() throws Exception {
        List<String> files = writeArticles(FILES, -1);
        try (Database db = on.open(dir, "lib.db")) {
            ImportReport report = imports(db, ImportBatchTest::slowly).importAll(List.of(dir.resolve("in").toString()),
                    Progress.NONE);

            assertThat(report.outcomes()).extracting(ImportOutcome::input).containsExactlyElementsOf(files);
            assertThat(report.outcomes()).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.IMPORTED);
            assertThat(report.outcomes()).extracting(ImportOutcome::title).first().isEqualTo("Article 0");
            // ids are given in input order too, batch after batch
            List<Long> ids = report.outcomes().stream().map(ImportOutcome::articleId).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
            assertEveryStoredArticleIsWhole(db);
        }
    }

    @Test
    void anArticleThatCannotBeStoredFailsAloneInItsBatch() throws Exception {
        int poisoned = 17;
        List<String> files = writeArticles(FILES, poisoned);
        try (Database db = on.open(dir, "lib.db")) {
            TestDatabases.refuseStatementsContaining(db, "poison");
            ImportReport report = imports(db, ImportBatchTest::slowly).importAll(files, Progress.NONE);

            assertThat(report.failures()).singleElement().satisfies(f -> {
                assertThat(f.input()).isEqualTo(files.get(poisoned));
                assertThat(f.reason()).startsWith("could not be stored: ").contains("refused poison");
            });
            assertThat(report.count(ImportOutcome.Result.IMPORTED)).isEqualTo(FILES - 1);
            assertThat(report.outcomes()).extracting(ImportOutcome::input).containsExactlyElementsOf(files);
            ArticleRepository articles = new ArticleRepository(db);
            assertThat(articles.count()).isEqualTo(FILES - 1);
            assertThat(articles.idsByTitle("Article " + poisoned)).as("nothing of it half-stored").isEmpty();
            assertEveryStoredArticleIsWhole(db);
        }
    }

    @Test
    void anArticleWhoseAnalysisFailsFailsAloneAndTheOthersAreStoredWhole() throws Exception {
        int broken = ImportService.BATCH + 3;
        List<String> files = writeArticles(FILES, broken);
        Function<String, Analysis> analyzer = text -> {
            if (text.contains("poison")) {
                throw new IllegalStateException("the engine tripped");
            }
            return slowly(text);
        };
        try (Database db = on.open(dir, "lib.db")) {
            ImportReport report = imports(db, analyzer).importAll(files, Progress.NONE);

            assertThat(report.failures()).singleElement().satisfies(f -> {
                assertThat(f.input()).isEqualTo(files.get(broken));
                assertThat(f.reason()).contains("could not be analysed", "the engine tripped");
            });
            assertThat(new ArticleRepository(db).count()).isEqualTo(FILES - 1);
            assertEveryStoredArticleIsWhole(db);
        }
    }

    @Test
    void aCancelInTheMiddleOfABatchKeepsWholeArticlesOnlyAndSaysWhatItStored() throws Exception {
        List<String> files = writeArticles(FILES, -1);
        AtomicBoolean cancelled = new AtomicBoolean();
        Progress cancelsPartWay = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done >= 40) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try (Database db = on.open(dir, "lib.db")) {
            ImportReport report = imports(db, ImportBatchTest::slowly).importAll(files, cancelsPartWay);

            assertThat(report.cancelled()).isTrue();
            long imported = report.count(ImportOutcome.Result.IMPORTED);
            assertThat(imported).as("what was analysed before the cancel is kept").isBetween(40L, (long) FILES - 1);
            assertThat(report.outcomes()).extracting(ImportOutcome::input)
                    .containsExactlyElementsOf(files.subList(0, (int) imported));
            ArticleRepository articles = new ArticleRepository(db);
            assertThat(articles.count()).as("the report says what is stored").isEqualTo((int) imported);
            assertThat(articles.summaries()).extracting(ArticleSummary::id)
                    .containsExactlyElementsOf(report.outcomes().stream().map(ImportOutcome::articleId).toList());
            assertEveryStoredArticleIsWhole(db);
        }
    }

    @Test
    void duplicatesAreFoundWithinABatchAndAgainstTheLibrary() throws Exception {
        List<String> files = writeArticles(30, -1);
        Path copy = dir.resolve("in/copy-of-a0003.txt");
        Files.copy(Path.of(files.get(3)), copy);
        try (Database db = on.open(dir, "lib.db")) {
            ImportReport first = imports(db, ImportBatchTest::slowly).importAll(List.of(dir.resolve("in").toString()),
                    Progress.NONE);
            assertThat(first.count(ImportOutcome.Result.IMPORTED)).isEqualTo(30);
            assertThat(first.outcomes()).filteredOn(o -> o.input().equals(copy.toString())).singleElement()
                    .satisfies(o -> {
                        assertThat(o.result()).isEqualTo(ImportOutcome.Result.DUPLICATE);
                        assertThat(o.articleId()).isEqualTo(first.outcomes().stream()
                                .filter(x -> x.input().equals(files.get(3))).findFirst().orElseThrow().articleId());
                    });

            ImportReport again = imports(db, ImportBatchTest::slowly).importAll(files, Progress.NONE);
            assertThat(again.outcomes()).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.DUPLICATE);
            assertThat(new ArticleRepository(db).count()).isEqualTo(30);
        }
    }
}
