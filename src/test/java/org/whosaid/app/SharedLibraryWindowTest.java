package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.service.Services;
import org.whosaid.store.LibraryLocation;
import org.whosaid.testing.OnBothDatabases;

/**
 * The main window on a shared PostgreSQL library: the status bar and title name the server's library, File offers
 * Open shared library…, and what another coder saves is shown when the server pushes it.
 */
@ExtendWith(ApplicationExtension.class)
class SharedLibraryWindowTest {
    @TempDir
    static Path folder;

    LibraryLocation library;
    Services services;
    MainWindow window;

    @Start
    void start(Stage stage) {
        if (OnBothDatabases.postgres().isEmpty()) {
            return;
        }
        library = OnBothDatabases.databases().stream().map(n -> n.getPayload()).filter(OnBothDatabases.Target::isPostgres)
                .findFirst().orElseThrow().location(folder, "window-" + System.nanoTime());
        GoldLibrary.storeToretsk(library);
        services = Services.open(library);
        window = new MainWindow(stage, new AppContext(services, new CurrentThreadTaskExecutor(), new UndoRedo(),
                (inputs, progress) -> { throw new AssertionError("no import here"); }), Optional.empty(),
                Settings.DEFAULTS.withWindow(0, 0, 1200, 800, false));
        window.setSharedSwitcher(url -> { });
        stage.show();
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void theWindowNamesTheSharedLibraryAndShowsAColleaguesArticleWhenPushed(FxRobot robot) throws Exception {
        assumeTrue(services != null, "no test server ($WHOSAID_TEST_PG)");
        Label status = robot.lookup("#status-database").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Shared: " + library);
        assertThat(window.stage().getTitle()).isEqualTo("WhoSaid \u2014 " + library);
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);

        java.util.concurrent.Semaphore pushed = new java.util.concurrent.Semaphore(0);
        try (AutoCloseable listening = services.onChangesElsewhere(() -> javafx.application.Platform.runLater(() -> {
            window.showChangesByOthers();
            pushed.release();
        }))) {
            GoldLibrary.storeOther(library, "A colleague's article", "The colleague said the ferry was running.");
            assertThat(pushed.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ArticleSummary::title).contains("A colleague's article");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .startsWith("Shown what other coders saved to");
    }
}
