package org.whosaid.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.SourceStats;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    @TempDir
    static Path dir;
    Services services;
    EditHistory history = new EditHistory();
    SourcesView view;

    @Start
    void start(Stage stage) {
        services = Services.open(ToretskLibrary.create(dir.resolve(Long.toString(System.nanoTime()))));
        view = new SourcesView(new SourcesViewModel(services.sources(), services.library(), history, new CurrentThreadTaskExecutor(), id -> { },
                SourceNames.of(services.library())));
        stage.setScene(new Scene((Parent) view.view(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void mergingTwoSourcesMovesTheStatementCountsAndUndoRestoresThem(FxRobot robot) {
        robot.clickOn("Russian Ministry of Defence");
        @SuppressWarnings("unchecked")
        ComboBox<SourceStats> target = robot.lookup("#source-merge-target").queryAs(ComboBox.class);
        SourceStats defenceMinistry = stats(robot, "Russian Defence Ministry");
        robot.interact(() -> target.setValue(defenceMinistry));

        robot.clickOn("#source-merge");

        assertThat(stats(robot, "Russian Defence Ministry").statements()).isEqualTo(6);
        assertThat(table(robot).getItems()).noneMatch(s -> s.source().name().equals("Russian Ministry of Defence"));
        assertThat(robot.lookup("#source-ledger").queryAs(ListView.class).getItems()).hasSize(6);

        robot.interact(() -> {
            history.undo();
            view.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stats(robot, "Russian Defence Ministry").statements()).isEqualTo(3);
        assertThat(stats(robot, "Russian Ministry of Defence").statements()).isEqualTo(3);
    }

    @Test
    void renamingFromTheDetailPaneUpdatesTheTable(FxRobot robot) {
        robot.clickOn("Kyiv");
        robot.clickOn(".text-field").write("Government of Ukraine");
        robot.clickOn("#source-rename");

        assertThat(table(robot).getItems()).anyMatch(s -> s.source().name().equals("Government of Ukraine"));
    }

    @Test
    void theDetailHeadingCountsOneArticleInTheSingular(FxRobot robot) {
        SourceStats inOneArticle = table(robot).getItems().stream().filter(s -> s.articles() == 1).findFirst()
                .orElseThrow();
        robot.clickOn(inOneArticle.source().name());

        assertThat(robot.lookup("#source-name").queryAs(Label.class).getText())
                .endsWith(" in 1 article").doesNotContain("1 statements");
    }

    @SuppressWarnings("unchecked")
    private static TableView<SourceStats> table(FxRobot robot) {
        return robot.lookup("#sources-table").queryAs(TableView.class);
    }

    private static SourceStats stats(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(s -> s.source().name().equals(name)).findFirst().orElseThrow();
    }
}
