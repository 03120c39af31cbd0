package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.service.settings.SettingsFile;

/** Starts the real application class with {@code --db=FILE}, as the launcher does, and closes it again. */
class WhoSaidAppLaunchTest {
    @TempDir
    Path folder;
    String userHome;
    WhoSaidApp application;
    Stage stage;

    @BeforeEach
    void isolateTheHomeFolder() {
        // The app remembers the last database beside the default one, in the home folder: keep the real one out.
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", folder.resolve("home").toString());
    }

    @AfterEach
    void restoreTheHomeFolder() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxRobot robot = new FxRobot();
        robot.interact(() -> stage.hide());
        System.setProperty("user.home", userHome);
    }

    @Test
    void opensTheDatabaseGivenWithDbAndRemembersIt() throws Exception {
        Path db = folder.resolve("library").resolve("news.db");
        java.nio.file.Files.createDirectories(db.getParent());
        GoldLibrary.storeToretsk(db);
        stage = FxToolkit.registerPrimaryStage();
        application = (WhoSaidApp) FxToolkit.setupApplication(WhoSaidApp.class, "--db=" + db);
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText())
                .isEqualTo(db.toAbsolutePath().toString());
        TableView<?> table = robot.lookup("#library-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        Path home = folder.resolve("home").resolve(".whosaid").resolve("whosaid.db");
        assertThat(SettingsFile.beside(home, Settings.class).read().orElseThrow().lastDatabase())
                .isEqualTo(db.toAbsolutePath().toString());
    }
}
