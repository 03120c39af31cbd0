package org.whosaid.app.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.service.ImportReport;
import org.whosaid.service.Progress;
import org.whosaid.service.Services;

/** The Reader's header shows the metadata the importer kept out of the text: the dateline and the corrections box. */
@ExtendWith(ApplicationExtension.class)
class ReaderHeaderTest {
    @TempDir
    static Path dir;
    Services services;
    ReaderViewModel reader;
    long imported;

    @Start
    void start(Stage stage) {
        services = Services.open(dir.resolve("reader-" + System.nanoTime() + ".db"));
        ImportReport report = services.imports().importAll(List.of("src/test/resources/pages/dateline-correction.html"),
                Progress.NONE);
        imported = report.outcomes().get(0).articleId();
        reader = new ReaderViewModel(services.library(), services.annotation(), new UndoRedo(), new CurrentThreadTaskExecutor());
        ReaderView view = new ReaderView(reader, new InspectorViewModel(reader, services.library(), services.annotation(),
                org.whosaid.app.common.SourceNames.of(services.library())),
                topic -> { });
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theDatelineAndTheCorrectionsBoxAreInTheHeaderNotInTheText(FxRobot robot) {
        assertThat(robot.lookup("#reader-corrections").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> reader.open(imported));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reader-subtitle").queryAs(Label.class).getText())
                .startsWith("NARVA, Veldra (AP)  \u00b7  The Daily Courier");
        Label corrections = robot.lookup("#reader-corrections").queryAs(Label.class);
        assertThat(corrections.isVisible()).isTrue();
        assertThat(corrections.getText()).startsWith("Correction: An earlier version of this article misstated");
        assertThat(robot.lookup("#reader-text").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class).getText())
                .startsWith("Floodwaters destroyed").doesNotContain("earlier version");
    }
}
