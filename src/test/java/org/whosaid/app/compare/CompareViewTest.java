package org.whosaid.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
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

import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Account;
import org.whosaid.model.Stance;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    @TempDir
    static Path dir;
    Services services;
    final List<Long> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        services = Services.open(ToretskLibrary.create(dir.resolve(Long.toString(System.nanoTime()))));
        EditHistory history = new EditHistory();
        CompareViewModel model = new CompareViewModel(services.compare(), history, new CurrentThreadTaskExecutor(), opened::add,
                SourceNames.of(services.library()));
        CompareView view = new CompareView(model, new PartiesViewModel(services.parties(), history, model::refresh));
        stage.setScene(new Scene((Parent) view.view(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsRussiaAssertingAndUkraineDenyingInTheirOwnColumns(FxRobot robot) {
        Label conflict = robot.lookup("#compare-conflict").queryAs(Label.class);
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getText()).contains("Conflict: asserted by Russia, Analysts; denied by Ukraine");

        Set<Node> russia = robot.lookup("#column-russia .account-card").queryAll();
        Set<Node> ukraine = robot.lookup("#column-ukraine .account-card").queryAll();
        assertThat(russia).extracting(n -> ((Account) n.getUserData()).stance()).contains(Stance.ASSERTS)
                .doesNotContain(Stance.DENIES);
        assertThat(ukraine).extracting(n -> ((Account) n.getUserData()).stance()).contains(Stance.DENIES);
        assertThat(robot.lookup("#column-russia .stance-asserts").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#column-ukraine .stance-denies").queryAll()).isNotEmpty();
    }

    @Test
    void clickingACardOpensItsStatementInTheReader(FxRobot robot) {
        Node card = robot.lookup("#column-ukraine .account-card").query();

        robot.clickOn(card);

        assertThat(opened).containsExactly(((Account) card.getUserData()).statementId());
    }

    @Test
    void choosingAnotherTopicInTheListShowsItsAccounts(FxRobot robot) {
        robot.clickOn(ToretskLibrary.MEETING_LABEL + "  (2)");

        assertThat(robot.lookup("#compare-heading").queryAs(Label.class).getText())
                .startsWith(ToretskLibrary.MEETING_LABEL);
        assertThat(robot.lookup("#column-united-states .account-card").queryAll()).hasSize(1);
        assertThat(robot.lookup("#compare-conflict").queryAs(Label.class).isVisible()).isFalse();
    }
}
