package org.whosaid.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Scene;
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
import org.whosaid.app.task.DeferredTaskExecutor;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.service.Services;

/** The Library table over rows paged from the database, two at a time: shown rows load, a header click sorts. */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {
    @TempDir
    static Path dir;
    Services services;
    DeferredTaskExecutor tasks = new DeferredTaskExecutor();
    LibraryView view;

    @Start
    void start(Stage stage) {
        Path db = dir.resolve(System.nanoTime() + ".db");
        GoldLibrary.storeToretsk(db);
        GoldLibrary.storeOther(db, "Harvest festival in Lviv", "Farmers in Lviv celebrated the harvest on Sunday.");
        GoldLibrary.storeOther(db, "Apple harvest in Uzhhorod", "Farmers in Uzhhorod picked apples.");
        GoldLibrary.storeOther(db, "Zinc mine reopens", "The zinc mine near Kryvyi Rih reopened.");
        GoldLibrary.storeOther(db, "Maize prices", "Maize prices rose in Odesa.");
        services = Services.open(db);
        LibraryViewModel model = new LibraryViewModel(services.library(), tasks, new UndoRedo(), 2);
        view = new LibraryView(model, id -> { });
        stage.setScene(new Scene(view, 1300, 700));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Runs the queued reads on the FX thread, as the app's executor publishes results, until none is left. */
    private void settle(FxRobot robot) {
        for (int i = 0; i < 5; i++) {
            robot.interact(tasks::runAll);
        }
    }

    @Test
    void theRowsTheTableShowsAreReadPageByPageAndCounted(FxRobot robot) {
        settle(robot);
        TableView<ArticleSummary> table = view.table();
        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getItems()).noneMatch(LibraryViewModel::isLoading);
        assertThat(robot.lookup("#library-count").queryAs(Label.class).getText()).isEqualTo("5 articles");
        assertThat(robot.lookup("Maize prices").tryQuery()).as("the last page's row is drawn").isPresent();
    }

    @Test
    void everyFilterSaysWhatItIsBeforeAndAfterItsChoicesLoad(FxRobot robot) {
        // Before the queued reads run the boxes have no options yet: a blank box would not say what it filters.
        for (String name : java.util.List.of("party", "source", "topic", "tag", "outlet", "language")) {
            assertThat(buttonText(robot, name)).as(name).isEqualToIgnoringCase(name + ": any");
        }
        settle(robot);
        for (String name : java.util.List.of("party", "source", "topic", "tag", "outlet", "language")) {
            assertThat(buttonText(robot, name)).as(name).isEqualToIgnoringCase(name + ": any");
        }
    }

    private static String buttonText(FxRobot robot, String filter) {
        javafx.scene.control.ComboBox<?> box = robot.lookup("#filter-" + filter).queryAs(javafx.scene.control.ComboBox.class);
        return robot.from(box).lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class).getText();
    }

    @Test
    void clickingAColumnHeaderSortsInTheDatabase(FxRobot robot) {
        settle(robot);
        robot.clickOn(".column-header .label");
        settle(robot);
        TableView<ArticleSummary> table = view.table();
        assertThat(table.getItems()).extracting(ArticleSummary::title).startsWith("Apple harvest in Uzhhorod",
                "Harvest festival in Lviv", "Maize prices");
        robot.clickOn(".column-header .label");
        settle(robot);
        assertThat(table.getItems().get(0).title()).isEqualTo("Zinc mine reopens");

        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(view.selectedIds()).containsExactly(table.getItems().get(0).id());
    }
}
