package org.whosaid.service.bench;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.service.Progress;
import org.whosaid.store.ContentHash;
import org.whosaid.testing.SyntheticAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkServiceTest {

    @Test
    void aSmallRunReportsEveryFigureWithSaneNumbers() {
        BenchmarkReport report = new BenchmarkService(folder -> SyntheticAnalysis::of, BenchCorpus.bundled())
                .run(50, Progress.NONE);

        assertThat(report.articles()).isEqualTo(50);
        assertThat(report.corpusTexts()).isGreaterThanOrEqualTo(9);
        assertThat(report.statementsStored()).isPositive();
        assertThat(report.figures()).extracting(BenchmarkReport.Figure::name)
                .anyMatch(n -> n.startsWith(BenchmarkService.ANALYSIS_ONE_THREAD))
                .anyMatch(n -> n.startsWith(BenchmarkService.ANALYSIS_ALL_CORES))
                .contains(BenchmarkService.IMPORT, BenchmarkService.IMPORT_WALL, BenchmarkService.IMPORT_CPU,
                        BenchmarkService.PEAK_IMPORT, BenchmarkService.LIBRARY_FIRST, BenchmarkService.LIBRARY_SORTED,
                        BenchmarkService.LIBRARY_LAST, BenchmarkService.SEARCH_MEDIAN, BenchmarkService.SEARCH_P95,
                        BenchmarkService.OPEN_MEDIAN, BenchmarkService.OPEN_P95, BenchmarkService.COMPARE_TOPICS,
                        BenchmarkService.COMPARE_TOPIC, BenchmarkService.AUDIT, BenchmarkService.WINDOW_UP,
                        BenchmarkService.PEAK_BENCH)
                .doesNotContain(BenchmarkService.PEAK_WINDOW);
        assertThat(report.statementsStored()).as("the import stored the articles' statements").isPositive();
        for (BenchmarkReport.Figure figure : report.figures()) {
            if (figure.name().equals(BenchmarkService.WINDOW_UP)) {
                assertThat(figure.isMeasured()).isFalse();
                assertThat(figure.elsewhere()).contains("no display");
                continue;
            }
            assertThat(figure.value()).as(figure.name()).isPositive().isFinite();
            if (figure.goal() != null) {
                assertThat(figure.ratio()).as(figure.name()).hasValueSatisfying(r -> assertThat(r).isPositive());
            }
        }
        String markdown = report.markdown();
        assertThat(markdown).contains("cores", "JVM", "| figure | measured | goal | measured / goal | met |",
                "≥ 1,000 articles/s", "≥ 500 articles/s", "≤ 50 ms", "≤ 300 ms", "≤ 500 ms", "≤ 500 MB", "≤ 200 ms",
                "no display");
        assertThat(markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| figure")))
                .hasSize(report.figures().size());
        assertThat(markdown).doesNotContain("stub");
    }

    @Test
    void theWindowTimeIsAFigureWithItsGoalWhenAWindowCouldBeShown() {
        java.util.List<String> timed = new java.util.ArrayList<>();
        BenchmarkReport report = new BenchmarkService(folder -> text -> Analysis.empty(), BenchCorpus.bundled())
                .run(5, Progress.NONE, database -> {
                    timed.add(database);
                    return java.util.Optional.of(new BenchmarkService.WindowUp(1_500, java.util.OptionalDouble.of(321)));
                }, java.util.Optional.empty());
        assertThat(timed).singleElement().satisfies(db -> assertThat(db).endsWith(".db"));
        BenchmarkReport.Figure window = report.figures().stream()
                .filter(f -> f.name().equals(BenchmarkService.WINDOW_UP)).findFirst().orElseThrow();
        assertThat(window.value()).isEqualTo(1.5);
        assertThat(window.met()).contains(true);
        assertThat(report.figure(BenchmarkService.PEAK_WINDOW)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualTo(321);
            assertThat(f.met()).contains(true);
        });
    }

    @Test
    void aRunWhereTheEngineFindsNothingSaysSo() {
        BenchmarkReport report = new BenchmarkService(folder -> text -> Analysis.empty(), BenchCorpus.bundled())
                .run(12, Progress.NONE);
        assertThat(report.markdown()).contains("stub");
    }

    @Test
    void generatedArticlesAreAllDistinctAndRepeatable() {
        BenchCorpus corpus = BenchCorpus.bundled();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ArticleContent article = corpus.article(i);
            assertThat(article.text().length()).as("article %d", i).isGreaterThan(1_500);
            assertThat(hashes.add(ContentHash.of(article.text()))).as("article %d is new", i).isTrue();
        }
        assertThat(corpus.article(1234)).isEqualTo(corpus.article(1234));
        assertThat(corpus.article(corpus.baseCount()).text()).isNotEqualTo(corpus.article(0).text());
    }

    @Test
    void aReportReplacesItsOwnCountsSectionAndKeepsTheRestOfTheDocument() {
        BenchmarkReport report = new BenchmarkReport(20, 9, 400, "2026-12-02 18:00",
                new BenchmarkReport.Machine(2, "JVM", "Linux", 512),
                java.util.List.of(BenchmarkReport.Figure.measured("x", 1, "ms", BenchmarkReport.Goal.atMost(2))),
                java.util.List.of(), java.util.List.of("a note"));
        String other = report.markdown().replace("--articles 20", "--articles 100000").replace("a note", "its own note");
        String first = report.mergeInto(BenchmarkReport.TITLE + "\n" + other + "\n## Measured by hand\n\nkept\n");
        assertThat(first).startsWith(BenchmarkReport.TITLE).contains(report.markdown(), other, "## Measured by hand");
        BenchmarkReport later = new BenchmarkReport(20, 9, 400, "2026-12-02 19:00", report.machine(),
                report.figures(), java.util.List.of(), java.util.List.of("another note"));
        String second = later.mergeInto(first);
        assertThat(second).contains(later.markdown(), other, "kept").doesNotContain("a note");
        assertThat(second.split("--articles 20`", -1)).as("one section for 20 articles").hasSize(2);
    }

    @Test
    void figuresMeasuredOnPostgresqlStandInAColumnBesideTheSameFiguresOnSqlite() {
        BenchmarkReport report = new BenchmarkReport(20, 9, 400, "2026-12-03 06:00",
                new BenchmarkReport.Machine(2, "JVM", "Linux", 512),
                java.util.List.of(BenchmarkReport.Figure.measured("analysis", 900, "articles/s", null),
                        BenchmarkReport.Figure.measured("search", 12, "ms", BenchmarkReport.Goal.atMost(50))),
                java.util.List.of(BenchmarkReport.Figure.measured("search", 75, "ms", BenchmarkReport.Goal.atMost(50))),
                java.util.List.of());
        assertThat(report.table()).contains("| figure | measured | goal | measured / goal | met | on PostgreSQL | met |",
                "| analysis | 900 articles/s | — | — | — | — | — |", "| search | 12 ms | ≤ 50 ms | 0.24 | yes | 75 ms | **no** |");
    }

    @Test
    void onAServerTheSameFiguresAreMeasuredInAThrowAwaySchemaThatIsDroppedAfterwards() throws Exception {
        String server = System.getenv(org.whosaid.testing.OnBothDatabases.VARIABLE);
        org.junit.jupiter.api.Assumptions.assumeTrue(server != null, "no PostgreSQL test server ($WHOSAID_TEST_PG)");
        org.whosaid.store.PostgresUrl url = org.whosaid.store.PostgresUrl.parse(server);
        BenchmarkReport report = new BenchmarkService(folder -> SyntheticAnalysis::of, BenchCorpus.bundled())
                .run(8, Progress.NONE, database -> java.util.Optional.empty(), java.util.Optional.of(server));
        assertThat(report.onPostgres()).extracting(BenchmarkReport.Figure::name)
                .contains(BenchmarkService.IMPORT, BenchmarkService.LIBRARY_FIRST, BenchmarkService.SEARCH_P95,
                        BenchmarkService.COMPARE_TOPICS, BenchmarkService.AUDIT)
                .doesNotContain(BenchmarkService.ANALYSIS_ONE_THREAD);
        assertThat(report.onPostgres()).filteredOn(BenchmarkReport.Figure::isMeasured)
                .allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(report.table()).contains("on PostgreSQL");
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://" + url.host() + ":" + url.port() + "/"
                + url.database(), url.user(), url.passwordGiven().orElse(""));
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.schemata"
                     + " WHERE schema_name LIKE '" + BenchmarkService.BENCH_SCHEMA + "%'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("benchmark schemas left on the server").isZero();
        }
    }

    @Test
    void onlyABenchmarksOwnSchemaCanBeDropped() {
        org.whosaid.store.PostgresUrl library = org.whosaid.store.PostgresUrl.parse("postgresql://u@localhost:1/db?schema=desk");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.whosaid.store.Database.dropBenchmarkSchema(library,
                BenchmarkService.BENCH_SCHEMA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a benchmark schema");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.whosaid.store.Database.dropBenchmarkSchema(
                library.inSchema("x"), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articlesAreWrittenAsMarkdownFilesWithTheirTitleDateAndOutlet(@org.junit.jupiter.api.io.TempDir
                                                                     java.nio.file.Path dir) throws Exception {
        ArticleContent article = BenchCorpus.bundled().article(3);
        java.nio.file.Path folder = BenchmarkService.writeArticles(dir.resolve("a"), java.util.List.of(article));
        ArticleContent read = new org.whosaid.ingest.ArticleReader().readFile(folder.resolve("0000001.md"));
        assertThat(read.title()).isEqualTo(article.title());
        assertThat(read.published()).startsWith(article.published());
        assertThat(read.text()).contains(article.text().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
        assertThat(BenchmarkService.percentile(nanos, 50)).isEqualTo(3.0);
        assertThat(BenchmarkService.percentile(nanos, 95)).isEqualTo(5.0);
        assertThat(LibraryBench.QUERIES).hasSize(30);
    }
}
