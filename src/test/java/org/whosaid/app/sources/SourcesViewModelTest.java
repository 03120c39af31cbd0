package org.whosaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.common.NameScript;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.SourceStats;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

class SourcesViewModelTest {
    @TempDir
    Path dir;
    Services services;
    EditHistory history = new EditHistory();
    SourcesViewModel model;
    SourceNames names;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(dir));
        names = SourceNames.of(services.library());
        model = new SourcesViewModel(services.sources(), services.library(), history, new CurrentThreadTaskExecutor(), id -> { },
                names);
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void choosingASourceLoadsItsLedgerAndAliases() {
        model.select(id("Institute for the Study of War"));
        assertThat(model.ledger()).hasSize(3);
        assertThat(model.aliases()).as("'the institute' is a back-reference, not a name").doesNotContain("institute");

        model.select(id("Russian Defence Ministry"));
        assertThat(model.aliases()).contains("Russian Defense Ministry");
        assertThat(model.parties()).as("the parties the library's sources needed, no seeded 'Other'")
                .contains("Russia", "Ukraine", "United States", "Analysts").doesNotContain("Other");
    }

    @Test
    void mergeMovesTheCountsAndUndoRestoresThem() {
        model.select(id("Russian Ministry of Defence"));

        assertThat(model.mergeInto(id("Russian Defence Ministry"))).isTrue();

        assertThat(model.selectedProperty().get().source().name()).isEqualTo("Russian Defence Ministry");
        assertThat(model.selectedProperty().get().statements()).isEqualTo(6);
        assertThat(model.ledger()).hasSize(6);
        history.undo();
        model.refresh();
        assertThat(stats("Russian Defence Ministry").statements()).isEqualTo(3);
        assertThat(stats("Russian Ministry of Defence").statements()).isEqualTo(3);
    }

    @Test
    void editsApplyToTheChosenSourceAndKeepItChosen() {
        long kyiv = id("Kyiv");
        model.select(kyiv);

        assertThat(model.rename("Government of Ukraine")).isTrue();
        assertThat(model.setParty("Other")).isTrue();
        assertThat(model.addAlias("Ukrainian authorities")).isTrue();

        assertThat(model.selectedId()).contains(kyiv);
        assertThat(model.selectedProperty().get().source().name()).isEqualTo("Government of Ukraine");
        assertThat(model.selectedProperty().get().source().party()).isEqualTo("Other");
        assertThat(model.aliases()).contains("Ukrainian authorities");
        assertThat(model.ledger()).allMatch(a -> a.party().equals("Other"));
    }

    @Test
    void deletingTheChosenSourceLeavesItsStatementsUnattributedAndUndoBringsItBack() {
        long kyiv = id("Kyiv");
        int statements = stats("Kyiv").statements();
        model.select(kyiv);

        assertThat(model.deleteSource()).isTrue();

        assertThat(model.sources()).noneMatch(s -> s.source().name().equals("Kyiv"));
        assertThat(model.selectedId()).isEmpty();
        history.undo();
        model.refresh();
        assertThat(stats("Kyiv").statements()).isEqualTo(statements);
        assertThat(model.deleteSource()).isFalse();
    }

    @Test
    void withoutAChosenSourceNothingHappens() {
        assertThat(model.rename("x")).isFalse();
        assertThat(model.messageProperty().get()).contains("Choose a source");
    }

    private long id(String name) {
        return stats(name).source().id();
    }

    private SourceStats stats(String name) {
        return model.sources().stream().filter(s -> s.source().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void namesAreShownInTheChosenScript() {
        services.sources().addAlias(id("Russian Defence Ministry"), "Минобороны России");
        model.refresh();
        model.select(id("Russian Defence Ministry"));
        assertThat(model.shownName(model.selectedProperty().get().source())).isEqualTo("Russian Defence Ministry");
        names.scriptProperty().set(NameScript.AS_WRITTEN);
        assertThat(model.nameScriptProperty().get()).isEqualTo(NameScript.AS_WRITTEN);
        assertThat(model.shownName(model.selectedProperty().get().source())).isEqualTo("Минобороны России");
        assertThat(model.selectedProperty().get().source().name()).as("what is stored stays").isEqualTo("Russian Defence Ministry");
    }
}
