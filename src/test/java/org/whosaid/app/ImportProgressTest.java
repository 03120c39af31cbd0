package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.imports.Importer;
import org.whosaid.app.task.UiTaskExecutor;
import org.whosaid.model.ArticleSummary;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;
import org.whosaid.service.Progress;
import org.whosaid.service.Services;

/** Imports running off the FX thread: progress and cancel in the status bar, and one import with the real reader. */
@ExtendWith(ApplicationExtension.class)
class ImportProgressTest {
    @TempDir
    static Path folder;

    Stage stage;
    Services services;
    UiTaskExecutor executor = new UiTaskExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage)
                .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close()));
        executor.shutdown();
        if (services != null) {
            services.close();
        }
    }

    private MainWindow open(FxRobot robot, Importer importer) {
        services = Services.open(folder.resolve("import-" + System.nanoTime() + ".db"));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        robot.interact(() -> {
            AppContext context = importer == null ? AppContext.of(services, executor)
                    : new AppContext(services, executor, new UndoRedo(), importer);
            window.set(new MainWindow(stage, context, Optional.empty(), Settings.DEFAULTS));
            stage.show();
        });
        return window.get();
    }

    @Test
    void progressShowsTheCurrentFileAndCancelStopsTheImport(FxRobot robot) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        MainWindow window = open(robot, (inputs, progress) -> {
            progress.update(0, 3, "first.txt");
            reading.countDown();
            while (!progress.isCancelled()) {
                sleep();
            }
            return new ImportReport(List.of(), true);
        });
        robot.interact(() -> window.importInputs(List.of("first.txt", "second.txt", "third.txt")));
        assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> "first.txt".equals(robot.lookup("#import-current").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#import-progress").query().getParent().isVisible()).isTrue();

        robot.clickOn("#import-cancel");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#import-report").tryQuery().isPresent());
        assertThat(robot.lookup("#import-report").queryAs(TextArea.class).getText()).contains("(cancelled)");
        assertThat(robot.lookup("#import-progress").query().getParent().isVisible()).isFalse();
    }

    @Test
    void aTextFileImportedThroughTheWindowAppearsInTheLibrary(FxRobot robot) throws Exception {
        Path file = folder.resolve("ceasefire.txt");
        Files.writeString(file, "Ceasefire talks resume\n\nNegotiators met on Monday, officials said.\n");
        try (Services probe = Services.open(folder.resolve("probe-" + System.nanoTime() + ".db"))) {
            ImportReport report = probe.imports().importAll(List.of(file.toString()), Progress.NONE);
            assertThat(report.count(ImportOutcome.Result.IMPORTED)).as("the reader imports .txt: %s", report.outcomes())
                    .isEqualTo(1);
        }
        MainWindow window = open(robot, null);
        robot.interact(() -> window.importInputs(List.of(file.toString())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#import-report").tryQuery().isPresent());
        assertThat(robot.lookup("#import-report").queryAs(TextArea.class).getText()).startsWith("1 imported");
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        // The Library reads its rows in the background after the import, as it does after every change.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(a -> a.title().equals("Ceasefire talks resume")));
        assertThat(table.getItems()).extracting(ArticleSummary::title).contains("Ceasefire talks resume");
    }

    @Test
    void anEmptyDatabaseOpensTheSampleInTheReader(FxRobot robot) throws Exception {
        try (Services probe = Services.open(folder.resolve("probe-" + System.nanoTime() + ".db"))) {
            ImportOutcome outcome = probe.imports().importSample();
            assertThat(outcome.result()).as(outcome.describe()).isEqualTo(ImportOutcome.Result.IMPORTED);
        }
        MainWindow window = open(robot, null);
        robot.interact(window::offerSampleIfEmpty);
        // The Reader reads the article in the background: wait for it as for the screen.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.currentView() == ViewId.READER
                && window.readerModel().articleProperty().get() != null);
        assertThat(window.readerModel().articleProperty().get().text()).contains("Toretsk");
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
