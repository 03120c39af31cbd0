package org.whosaid.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    @TempDir
    static Path dir;
    Services services;

    @Start
    void start(Stage stage) {
        services = Services.open(ToretskLibrary.create(dir.resolve(Long.toString(System.nanoTime()))));
        AuditView view = new AuditView(new AuditViewModel(services.audit(), services.library(), new CurrentThreadTaskExecutor(), id -> { }));
        stage.setScene(new Scene((Parent) view.view(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsFiguresUnattributedClaimsAndAChartOfVoices(FxRobot robot) {
        assertThat(robot.lookup("#audit-scope").queryAs(ComboBox.class).getValue()).isEqualTo(AuditViewModel.LIBRARY);
        assertThat(robot.lookup("#audit-share").queryAs(Label.class).getText()).isEqualTo("89% attributed");
        assertThat(robot.lookup("#audit-unattributed").queryAs(ListView.class).getItems()).hasSize(3);
        BarChart<?, ?> chart = robot.lookup("#audit-voices").queryAs(BarChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(4);
    }

    @Test
    void choosingAnArticleNarrowsTheAudit(FxRobot robot) {
        robot.clickOn("#audit-scope");
        robot.clickOn(LabeledMatchers.hasText("#4 Russia claims capture of Toretsk; Ukraine says battle continues"));

        assertThat(robot.lookup("#audit-summary").queryAs(Label.class).getText())
                .startsWith("5 statements in 1 article");
        assertThat(robot.lookup("#audit-unattributed").queryAs(ListView.class).getItems()).hasSize(1);
    }
}
