package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.whosaid.fixture.DamagedLibrary;

/**
 * The integrity check runs beside the window's start, not before it: a damaged library still opens, and the user is
 * told, as soon as the check has read the file, that nothing will be written to it.
 */
class DamagedLibraryWindowTest {
    @TempDir
    Path folder;
    String userHome;
    WhoSaidApp application;
    Stage stage;

    @BeforeEach
    void isolateTheHomeFolder() {
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    @AfterEach
    void restoreTheHomeFolder() throws Exception {
        FxToolkit.cleanupApplication(application);
        new FxRobot().interact(() -> stage.hide());
        System.setProperty("user.home", userHome);
    }

    @Test
    void aDamagedLibraryOpensAndTheUserIsToldNothingWillBeWrittenToIt() throws Exception {
        Path db = folder.resolve("damaged.db");
        DamagedLibrary.create(db);
        byte[] before = Files.readAllBytes(db);
        stage = FxToolkit.registerPrimaryStage();
        application = (WhoSaidApp) FxToolkit.setupApplication(WhoSaidApp.class, "--db=" + db, "--coder=Maria");
        FxRobot robot = new FxRobot();
        String header = "WhoSaid will not write to " + db.getFileName() + ": its file is damaged";
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(pane -> header.equals(((DialogPane) pane).getHeaderText())));
        DialogPane told = robot.lookup(".dialog-pane").queryAll().stream().map(DialogPane.class::cast)
                .filter(pane -> header.equals(pane.getHeaderText())).findFirst().orElseThrow();
        assertThat(told.getContentText()).startsWith(db.toAbsolutePath() + ": the database file is damaged (");
        // the status bar says so too, in these words or in those of a read that hit the damaged pages first
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).contains("damaged");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
