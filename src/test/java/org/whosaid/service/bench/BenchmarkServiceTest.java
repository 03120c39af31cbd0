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
                .anyMatch(n -> n.startsWith(BenchmarkService.IMPORT))
                .contains(BenchmarkService.SEARCH_MEDIAN, BenchmarkService.SEARCH_P95, BenchmarkService.HEAP,
                        BenchmarkService.OPEN_MEDIAN, BenchmarkService.OPEN_P95, BenchmarkService.LIBRARY_LIST, BenchmarkService.IMPORT_CPU,
                        BenchmarkService.WINDOW_UP);
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
                "≥ 1,000 articles/s", "≤ 50 ms", "≤ 300 MB", "≤ 200 ms", "no display");
        assertThat(markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| figure")))
                .hasSize(report.figures().size());
        assertThat(markdown).doesNotContain("stub");
    }

    @Test
    void theWindowTimeIsAFigureWithItsGoalWhenAWindowCouldBeShown() {
        java.util.List<java.nio.file.Path> timed = new java.util.ArrayList<>();
        BenchmarkReport report = new BenchmarkService(folder -> text -> Analysis.empty(), BenchCorpus.bundled())
                .run(5, Progress.NONE, database -> {
                    timed.add(database);
                    return java.util.OptionalLong.of(1_500);
                });
        assertThat(timed).singleElement().satisfies(db -> assertThat(db.getFileName().toString()).endsWith(".db"));
        BenchmarkReport.Figure window = report.figures().stream()
                .filter(f -> f.name().equals(BenchmarkService.WINDOW_UP)).findFirst().orElseThrow();
        assertThat(window.value()).isEqualTo(1.5);
        assertThat(window.met()).contains(true);
    }

    @Test
    void aRunWhereTheEngineFindsNothingSaysSo() {
        BenchmarkReport report = new BenchmarkService(folder -> text -> Analysis.empty(), BenchCorpus.bundled())
                .run(12, Progress.NONE);
        assertThat(report.statementsStored()).isZero();
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
    void percentilesUseTheNearestRank() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
        assertThat(BenchmarkService.percentile(nanos, 50)).isEqualTo(3.0);
        assertThat(BenchmarkService.percentile(nanos, 95)).isEqualTo(5.0);
        assertThat(BenchmarkService.QUERIES).hasSize(30);
    }
}
