package org.whosaid.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.app.task.DeferredTaskExecutor;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.LibraryQuery;
import org.whosaid.service.Services;

class LibraryViewModelTest {
    @TempDir
    Path folder;
    Services services;
    UndoRedo undoRedo = new UndoRedo();
    LibraryViewModel library;
    long toretsk;

    @BeforeEach
    void open() {
        Path db = folder.resolve("w.db");
        toretsk = GoldLibrary.storeToretsk(db);
        GoldLibrary.storeOther(db, "Harvest festival in Lviv", "Farmers in Lviv celebrated the harvest on Sunday.");
        services = Services.open(db);
        library = new LibraryViewModel(services.library(), new CurrentThreadTaskExecutor(), undoRedo);
        library.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void listsEveryArticleWithItsCounts() {
        assertThat(library.articles()).hasSize(2);
        ArticleSummary first = library.articles().stream().filter(a -> a.id() == toretsk).findFirst().orElseThrow();
        assertThat(first.quotes()).isGreaterThan(0);
        assertThat(first.parties()).contains("Russia", "Ukraine");
    }

    @Test
    void searchNarrowsAsYouType() {
        library.queryProperty().set("harv");
        assertThat(library.articles()).extracting(ArticleSummary::title).containsExactly("Harvest festival in Lviv");
        library.queryProperty().set("");
        assertThat(library.articles()).hasSize(2);
    }

    @Test
    void aSearchSupersededByTheNextKeystrokeIsCancelledAndNeverQueries() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        LibraryViewModel typing = new LibraryViewModel(services.library(), deferred, undoRedo);
        typing.refresh();
        deferred.runAll();

        typing.queryProperty().set("h");
        typing.queryProperty().set("ha");
        typing.queryProperty().set("harv");
        List<DeferredTaskExecutor.Ran> ran = deferred.runAll();

        assertThat(ran).hasSize(3);
        assertThat(ran.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.task().isCancelled()).isTrue();
            assertThat(r.result()).as("a cancelled search stops before querying").isNull();
        });
        assertThat(ran.get(2).task().isCancelled()).isFalse();
        assertThat(typing.articles()).extracting(ArticleSummary::title).containsExactly("Harvest festival in Lviv");
    }

    @Test
    void filtersByPartySourceTopicAndOutlet() {
        assertThat(library.partyOptions()).contains(LibraryViewModel.ANY, "Russia");
        library.partyFilterProperty().set("Russia");
        assertThat(library.articles()).extracting(ArticleSummary::id).containsExactly(toretsk);
        library.partyFilterProperty().set(LibraryViewModel.ANY);
        library.sourceFilterProperty().set("Donald Trump");
        assertThat(library.articles()).extracting(ArticleSummary::id).containsExactly(toretsk);
        library.sourceFilterProperty().set(LibraryViewModel.ANY);
        library.outletFilterProperty().set("Wire");
        assertThat(library.articles()).extracting(ArticleSummary::title).containsExactly("Harvest festival in Lviv");
        library.outletFilterProperty().set(LibraryViewModel.ANY);
        library.topicFilterProperty().set("toretsk-control");
        assertThat(library.articles()).extracting(ArticleSummary::id).containsExactly(toretsk);
    }

    @Test
    void filtersByLanguageDetectedOnImport() {
        services.imports().importContents(java.util.List.of(new org.whosaid.model.ArticleContent("Бои у Торецка", null,
                "ТАСС", null, null, null, "В Минобороны России заявили, что подразделения заняли выгодные рубежи.")),
                org.whosaid.service.Progress.NONE);
        library.refresh();
        assertThat(library.languageOptions()).contains(LibraryViewModel.ANY, "Russian");
        library.languageFilterProperty().set("Russian");
        assertThat(library.articles()).extracting(ArticleSummary::title).containsExactly("Бои у Торецка");
        assertThat(library.articles().get(0).language()).isEqualTo("ru");
    }

    @Test
    void deleteIsUndoable() {
        ArticleSummary lviv = library.articles().stream().filter(a -> a.id() != toretsk).findFirst().orElseThrow();
        library.delete(lviv);
        assertThat(library.articles()).extracting(ArticleSummary::id).containsExactly(toretsk);
        undoRedo.undo();
        assertThat(library.articles()).hasSize(2);
    }

    /** Three more articles (five in all) and a model reading two rows at a time, its tasks run when the test says. */
    private LibraryViewModel pagedByTwo(DeferredTaskExecutor deferred) {
        Path db = folder.resolve("w.db");
        GoldLibrary.storeOther(db, "Apple harvest in Uzhhorod", "Farmers in Uzhhorod picked apples.");
        GoldLibrary.storeOther(db, "Zinc mine reopens", "The zinc mine near Kryvyi Rih reopened.");
        GoldLibrary.storeOther(db, "Maize prices", "Maize prices rose in Odesa.");
        LibraryViewModel paged = new LibraryViewModel(services.library(), deferred, undoRedo, 2);
        paged.refresh();
        deferred.runAll();
        return paged;
    }

    @Test
    void readsTheFirstPageThenEachFurtherPageWhenItsRowsAreShown() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        LibraryViewModel paged = pagedByTwo(deferred);
        assertThat(paged.articles()).as("every match counted, not only the rows read").hasSize(5);
        assertThat(paged.articles().get(0).id()).isEqualTo(toretsk);
        assertThat(paged.articles().get(1).title()).isEqualTo("Harvest festival in Lviv");

        assertThat(LibraryViewModel.isLoading(paged.articles().get(2))).as("page 2 not read yet").isTrue();
        assertThat(LibraryViewModel.isLoading(paged.articles().get(3))).isTrue();
        assertThat(deferred.runAll()).as("one read for the page, however many of its rows were shown").hasSize(1);
        assertThat(paged.articles().get(2).title()).isEqualTo("Apple harvest in Uzhhorod");
        assertThat(paged.articles().get(3).title()).isEqualTo("Zinc mine reopens");

        assertThat(LibraryViewModel.isLoading(paged.articles().get(4))).isTrue();
        deferred.runAll();
        assertThat(paged.articles().get(4).title()).isEqualTo("Maize prices");
        assertThat(deferred.runAll()).as("loaded pages are not read again").isEmpty();
    }

    @Test
    void sortingAndFilteringAskTheDatabaseAgainForTheFirstPageAndTheCount() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        LibraryViewModel paged = pagedByTwo(deferred);
        paged.sortBy(LibraryQuery.Sort.TITLE, true);
        assertThat(deferred.runAll()).as("one load for column and direction together").hasSize(1);
        assertThat(paged.articles()).hasSize(5);
        assertThat(paged.articles().subList(0, 2)).extracting(ArticleSummary::title)
                .containsExactly("Zinc mine reopens", "Russia takes control of a strategic Ukrainian city while Kyiv"
                        + " denies as fierce battles in the eastern front continues");
        paged.articles().get(2);
        deferred.runAll();
        assertThat(paged.articles().get(2).title()).isEqualTo("Maize prices");

        paged.outletFilterProperty().set("Wire");
        deferred.runAll();
        assertThat(paged.articles()).as("the count follows the filter").hasSize(4);
        assertThat(paged.articles().get(0).title()).isEqualTo("Zinc mine reopens");
        paged.queryProperty().set("harvest");
        deferred.runAll();
        assertThat(paged.articles()).extracting(ArticleSummary::title)
                .containsExactly("Harvest festival in Lviv", "Apple harvest in Uzhhorod");
    }

    @Test
    void aPageReadForAnEarlierOrderIsDroppedAndReadAgainForTheNewOne() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        LibraryViewModel paged = pagedByTwo(deferred);
        paged.articles().get(2);
        paged.sortBy(LibraryQuery.Sort.TITLE, false);
        deferred.runAll();
        assertThat(LibraryViewModel.isLoading(paged.articles().get(2)))
                .as("the oldest-first page 2 is not shown under the title order").isTrue();
        paged.articles().get(4);
        assertThat(deferred.runAll()).as("pages 2 and 3 read for the title order").hasSize(2);
        assertThat(paged.articles()).extracting(ArticleSummary::title).containsExactly("Apple harvest in Uzhhorod",
                "Harvest festival in Lviv", "Maize prices", "Russia takes control of a strategic Ukrainian city while"
                        + " Kyiv denies as fierce battles in the eastern front continues", "Zinc mine reopens");
    }

    @Test
    void aRowStillLoadingIsNeverDeleted() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        LibraryViewModel paged = pagedByTwo(deferred);
        paged.delete(paged.articles().get(4));
        assertThat(services.library().articleCount()).isEqualTo(5);
    }

    @Test
    void highlightsTheStartsOfQueryWords() {
        library.queryProperty().set("toretsk cont");
        assertThat(LibraryViewModel.matches("Russia takes control of Toretsk", library.highlightedWords()))
                .extracting(r -> r[0] + "-" + r[1]).containsExactly("13-17", "24-31");
    }
}
