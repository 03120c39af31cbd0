package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.Statement;
import org.whosaid.service.settings.SettingsFile;
import org.whosaid.service.undo.Edit;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class LibraryServiceDeleteTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path folder;

    @Test
    void deletingAnArticleCanBeUndoneWithItsStatementsTagsAndNotes() {
        var db = on.location(folder, "w.db");
        long id = GoldLibrary.storeToretsk(db);
        try (Services services = Services.open(db)) {
            Statement first = services.library().statements(id).get(0);
            services.annotation().editStatement(first, "code", e -> e.withTags(List.of("check")).withNote("why"));
            List<Statement> before = services.library().statements(id);

            Edit delete = services.library().deleteArticle(id);
            assertThat(services.library().article(id)).isEmpty();
            assertThat(services.library().statements(id)).isEmpty();
            assertThat(services.library().search("Toretsk")).isEmpty();

            delete.undo();
            assertThat(services.library().article(id)).isPresent();
            assertThat(services.library().statements(id)).isEqualTo(before);
            assertThat(services.library().search("Toretsk")).containsExactly(id);

            delete.redo();
            assertThat(services.library().articleCount()).isZero();
        }
    }

    @Test
    void filtersOfferTheSourcesTopicsAndTagsOfActiveStatementsAndFindTheirArticles() {
        var db = on.location(folder, "w.db");
        long id = GoldLibrary.storeToretsk(db);
        GoldLibrary.storeOther(db, "Harvest festival in Lviv", "Farmers in Lviv celebrated the harvest on Sunday.");
        try (Services services = Services.open(db)) {
            LibraryService library = services.library();
            Statement first = library.statements(id).get(0);
            services.annotation().editStatement(first, "tag", e -> e.withTags(List.of("check")));
            assertThat(library.choices(LibraryQuery.Choice.SOURCE)).contains("Volodymyr Zelensky", "Donald Trump");
            assertThat(library.choices(LibraryQuery.Choice.TOPIC)).contains("toretsk-control");
            assertThat(library.choices(LibraryQuery.Choice.TAG)).containsExactly("check");
            LibraryQuery tagged = LibraryQuery.ALL.withFilters(null, null, null, "check", null, null);
            assertThat(library.page(tagged, 0, 10)).extracting(ArticleSummary::id).containsExactly(id);
            assertThat(library.count(tagged)).isEqualTo(1);

            services.annotation().editStatement(library.statement(first.id()).orElseThrow(), "reject",
                    e -> e.withStatus(org.whosaid.model.Status.REJECTED));
            assertThat(library.choices(LibraryQuery.Choice.TAG)).isEmpty();
            assertThat(library.count(tagged)).isZero();
            assertThat(library.count(LibraryQuery.ALL)).isEqualTo(2);
        }
    }

    @Test
    void settingsAreWrittenAtomicallyAndReadBack() throws Exception {
        SettingsFile<Sample> file = SettingsFile.beside(folder.resolve("data").resolve("w.db"), Sample.class);
        assertThat(file.read()).isEmpty();
        file.write(new Sample("dark", 3));
        assertThat(file.read()).contains(new Sample("dark", 3));
        assertThat(file.file().getParent()).isDirectoryNotContaining("glob:**.tmp");
    }

    record Sample(String theme, int count) {
    }
}
