package org.whosaid.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

@ExtendWith(ApplicationExtension.class)
class PartiesPaneTest {
    @TempDir
    static Path dir;
    Services services;
    EditHistory history;

    @Start
    void start(Stage stage) {
        services = Services.open(ToretskLibrary.create(dir.resolve(Long.toString(System.nanoTime()))));
        history = new EditHistory();
        CompareViewModel compare = new CompareViewModel(services.compare(), history, new CurrentThreadTaskExecutor(),
                id -> { }, SourceNames.of(services.library()));
        CompareView view = new CompareView(compare, new PartiesViewModel(services.parties(), history, compare::refresh));
        stage.setScene(new Scene((Parent) view.view(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void addAPartyGroupTwoPartiesIntoASideAndCompareFollows(FxRobot robot) {
        robot.clickOn("#compare-parties");
        robot.clickOn("#party-name").write("Corvania");
        robot.clickOn("#party-add");
        ListView<PartiesViewModel.Row> list = robot.lookup("#party-list").queryListView();
        assertThat(list.getItems()).extracting(PartiesViewModel.Row::name).contains("Corvania");
        assertThat(services.parties().all()).anyMatch(p -> p.name().equals("Corvania"));

        assertThat(robot.lookup("#column-russia").tryQuery()).isPresent();
        assertThat(robot.lookup("#column-analysts").tryQuery()).isPresent();
        robot.interact(() -> { // a multiple selection, as Ctrl+click makes it
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                String name = list.getItems().get(i).name();
                if (name.equals("Russia") || name.equals("Analysts")) {
                    list.getSelectionModel().select(i);
                }
            }
        });
        robot.clickOn("#party-side").write("Kremlin view");
        robot.clickOn("#party-group");

        assertThat(robot.lookup("#column-kremlin-view").tryQuery()).as("one column for the side").isPresent();
        assertThat(robot.lookup("#column-russia").tryQuery()).isEmpty();
        assertThat(robot.lookup("#column-analysts").tryQuery()).isEmpty();
        assertThat(services.parties().sides()).containsEntry("russia", "Kremlin view")
                .containsEntry("analysts", "Kremlin view");

        robot.interact(() -> history.undo());
        assertThat(services.parties().sides()).isEmpty();
    }
}
