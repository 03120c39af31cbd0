package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Cancellation;
import org.whosaid.model.LibraryPage;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.LibraryQuery.Sort;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class ArticlePagesTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path folder;
    Database database;
    ArticlePages pages;
    long toretsk;
    List<Long> others = new ArrayList<>();

    @BeforeEach
    void open() {
        database = on.open(folder, "w.db");
        ArticleRepository articles = new ArticleRepository(database);
        toretsk = articles.store(GoldLibrary.toretskContent(), GoldLibrary.toretskAnalysis()).id();
        String[] titles = {"Delta harvest", "alpha harvest", "Charlie harvest", "Bravo harvest", "Echo flood"};
        for (int i = 0; i < titles.length; i++) {
            others.add(articles.store(new ArticleContent(titles[i], null, i % 2 == 0 ? "Ledger" : "Courier", null,
                    "2025-03-0" + (i + 1), i == 4 ? "de" : null, "Farmers met for article " + i + " in Lviv."),
                    Analysis.empty()).id());
        }
        pages = new ArticlePages(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void pagesThroughEveryArticleOldestFirstWithoutOverlap() {
        assertThat(pages.count(LibraryQuery.ALL)).isEqualTo(6);
        List<Long> seen = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            pages.rows(LibraryQuery.ALL, offset, 4).forEach(a -> seen.add(a.id()));
        }
        List<Long> all = new ArrayList<>(List.of(toretsk));
        all.addAll(others);
        assertThat(seen).containsExactlyElementsOf(all);
        assertThat(pages.rows(LibraryQuery.ALL, 6, 4)).isEmpty();
    }

    @Test
    void sortsByAColumnInEitherDirectionWithTheIdBreakingTies() {
        assertThat(pages.rows(LibraryQuery.ALL.sortedBy(Sort.TITLE, false), 0, 3)).extracting(ArticleSummary::title)
                .containsExactly("Bravo harvest", "Charlie harvest", "Delta harvest");
        assertThat(pages.rows(LibraryQuery.ALL.sortedBy(Sort.PUBLISHED, true), 0, 2)).extracting(ArticleSummary::id)
                .containsExactly(others.get(4), others.get(3));
        // Both Ledger and both Courier articles keep their id order within the outlet.
        assertThat(pages.rows(LibraryQuery.ALL.sortedBy(Sort.OUTLET, false), 0, 6)).extracting(ArticleSummary::id)
                .containsExactly(toretsk, others.get(1), others.get(3), others.get(0), others.get(2), others.get(4));
        ArticleSummary mostQuotes = pages.rows(LibraryQuery.ALL.sortedBy(Sort.QUOTES, true), 0, 1).get(0);
        assertThat(mostQuotes.id()).isEqualTo(toretsk);
        assertThat(mostQuotes.quotes()).isPositive();
    }

    @Test
    void filtersAndSearchNarrowTheRowsAndTheCountAlike() {
        LibraryQuery harvest = LibraryQuery.ALL.withText("harv");
        assertThat(pages.count(harvest)).isEqualTo(4);
        LibraryQuery ledgerHarvest = harvest.withFilters(null, null, null, null, "Ledger", null)
                .sortedBy(Sort.TITLE, false);
        assertThat(pages.rows(ledgerHarvest, 0, 10)).extracting(ArticleSummary::title)
                .containsExactly("Charlie harvest", "Delta harvest");
        assertThat(pages.count(ledgerHarvest)).isEqualTo(2);

        LibraryQuery russia = LibraryQuery.ALL.withFilters("Russia", null, null, null, null, null);
        assertThat(pages.rows(russia, 0, 10)).extracting(ArticleSummary::id).containsExactly(toretsk);
        LibraryQuery trump = LibraryQuery.ALL.withFilters(null, "Donald Trump", "toretsk-control", null, null, null);
        assertThat(pages.count(trump)).isEqualTo(1);
        assertThat(pages.count(LibraryQuery.ALL.withFilters(null, null, null, null, null, "de"))).isEqualTo(1);
        assertThat(pages.count(LibraryQuery.ALL.withFilters(null, null, null, null, null,
                LibraryQuery.UNKNOWN_LANGUAGE))).isEqualTo(4);
        assertThat(pages.count(LibraryQuery.ALL.withText("!!!"))).as("nothing searchable typed").isZero();
    }

    @Test
    void theFirstPageComesWithItsTotalAndACancelledOneNotAtAll() {
        LibraryPage first = pages.first(LibraryQuery.ALL, 2, new Cancellation()).orElseThrow();
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.rows()).hasSize(2);
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThat(pages.first(LibraryQuery.ALL, 2, cancelled)).isEmpty();
    }

    @Test
    void choicesAreWhatTheLibraryHolds() {
        assertThat(pages.choices(LibraryQuery.Choice.OUTLET)).containsExactlyInAnyOrder("Ledger", "Courier");
        assertThat(pages.choices(LibraryQuery.Choice.LANGUAGE))
                .containsExactlyInAnyOrder("en", "de", LibraryQuery.UNKNOWN_LANGUAGE);
        assertThat(pages.choices(LibraryQuery.Choice.SOURCE)).contains("Donald Trump");
    }
}
