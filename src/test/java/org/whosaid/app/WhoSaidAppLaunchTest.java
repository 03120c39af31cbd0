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

        // first start: the window is up, and asks who is coding
        javafx.scene.control.DialogPane ask = robot.lookup("#coder-dialog").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> {
            javafx.scene.control.TextField name = (javafx.scene.control.TextField) ask.lookup(".text-field");
            name.setText("Maria");
            ((javafx.scene.control.Button) ask.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-coder").queryAs(Label.class).getText()).isEqualTo("Maria");
        assertThat(SettingsFile.beside(db, Settings.class).read().orElseThrow().coder()).isEqualTo("Maria");
    }
}
