package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.service.Services;

/** The main window's export, annotation import and sample, without a window, on the synchronous executor. */
class MainWindowViewModelTest {
    @TempDir
    Path folder;
    Services services;
    MainWindowViewModel model;

    @BeforeEach
    void open() {
        Path db = folder.resolve("w.db");
        GoldLibrary.storeToretsk(db);
        services = Services.open(db);
        model = new MainWindowViewModel(services, new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void exportWritesTheFormatTheDialogSettledOnUnderItsExtension() throws Exception {
        String offered = ExportChoice.initialName(0, "json");
        ExportChoice.Target target = ExportChoice.resolve(folder.resolve(offered), "csv", offered);
        model.export(List.of(), target);
        Path written = folder.resolve("whosaid-library.csv");
        assertThat(written).exists();
        assertThat(Files.readString(written)).doesNotStartWith("{");
        assertThat(model.messageProperty().get()).isEqualTo("Exported the library as csv to " + written);
    }

    @Test
    void aFileThatIsNotAnnotationsIsReportedAndChangesNothing() throws Exception {
        Path bad = folder.resolve("notes.jsonld");
        Files.writeString(bad, "not json at all");
        long before = model.libraryChangedProperty().get();
        model.importAnnotations(bad, false, edit -> { });
        assertThat(model.problemProperty().get().header()).isEqualTo("Annotations not imported");
        assertThat(model.problemProperty().get().text()).startsWith(bad.toString());
        assertThat(model.libraryChangedProperty().get()).isEqualTo(before);
    }

    @Test
    void theSampleIsImportedAndOpened() {
        List<Long> opened = new ArrayList<>();
        try (Services empty = Services.open(folder.resolve("empty.db"))) {
            MainWindowViewModel fresh = new MainWindowViewModel(empty, new CurrentThreadTaskExecutor());
            fresh.importSample(opened::add);
            assertThat(opened).hasSize(1);
            assertThat(empty.library().article(opened.get(0))).isPresent();
            assertThat(fresh.libraryChangedProperty().get()).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseIsNotSwitchedDuringAnImport() {
        assertThat(model.maySwitchDatabase(true)).isFalse();
        assertThat(model.messageProperty().get()).contains("Wait for the import");
        assertThat(model.maySwitchDatabase(false)).isTrue();
    }
}
