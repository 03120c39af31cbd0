package org.whosaid.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.Scene;
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

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.service.AgreementService;
import org.whosaid.service.Services;
import org.whosaid.service.undo.EditHistory;

/** The Agreement screen driven like a user: compare two coders' exports, settle a disagreement, undo it. */
@ExtendWith(ApplicationExtension.class)
class AgreementViewTest {
    @TempDir
    static Path dir;
    Path run;
    List<Path> exports;
    Services lead;
    EditHistory history = new EditHistory();
    List<Long> opened = new ArrayList<>();
    AgreementView view;

    @Start
    void start(Stage stage) throws Exception {
        run = dir.resolve(Long.toString(System.nanoTime()));
        exports = TwoCoderExports.write(java.nio.file.Files.createDirectories(run));
        lead = TwoCoderExports.coder(run.resolve("lead"), "Lead");
        view = new AgreementView(new AgreementViewModel(lead.agreement(), history, new CurrentThreadTaskExecutor(),
                opened::add));
        exports.forEach(view.model()::addFile);
        stage.setScene(new Scene((Parent) view.view(), 1300, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        lead.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AgreementViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#agreement-disagreements").queryAs(TableView.class);
    }

    @Test
    void settlingADisagreementKeepsTheChosenCodersCodingInTheLibraryAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn("#agreement-compare");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<AgreementViewModel.Figure> figures = robot.lookup("#agreement-figures").queryAs(TableView.class);
        assertThat(figures.getItems()).extracting(AgreementViewModel.Figure::field, AgreementViewModel.Figure::kappa,
                AgreementViewModel.Figure::alpha).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kind", "0.545", "0.571"),
                org.assertj.core.groups.Tuple.tuple("party", "0.643", "0.667"),
                org.assertj.core.groups.Tuple.tuple("stance", "0.667", "0.690"));
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(robot.lookup("#agreement-summary").queryLabeled().getText()).contains("span F1 Maria/Ivan 0.833");

        robot.clickOn("Geolocated footage showed Russian troops only in the northern and central parts of Toretsk");
        robot.clickOn("#agreement-keep-1");
        WaitForAsyncUtils.waitForFxEvents();

        Statement settled = TwoCoderExports.statement(lead, "Geolocated");
        assertThat(settled.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(settled.party()).isEqualTo("Other");
        assertThat(settled.tags()).contains(AgreementService.CURATED);
        assertThat(settled.edited().coder()).isEqualTo("Lead");
        assertThat(table(robot).getItems()).filteredOn(r -> r.text().startsWith("Geolocated"))
                .singleElement().satisfies(r -> assertThat(r.settled()).isEqualTo("kept Ivan\u2019s"));
        assertThat(robot.lookup("#agreement-message").queryLabeled().getText()).contains("kept Ivan\u2019s coding");

        robot.interact(() -> {
            history.undo();
            view.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Statement undone = TwoCoderExports.statement(lead, "Geolocated");
        assertThat(undone.kind()).isEqualTo(StatementKind.CLAIM);
        assertThat(undone.tags()).doesNotContain(AgreementService.CURATED);
        assertThat(table(robot).getItems()).filteredOn(r -> r.text().startsWith("Geolocated"))
                .singleElement().satisfies(r -> assertThat(r.settled()).isEmpty());
    }

    @Test
    void aDoubleClickOpensTheStatementInTheReader(FxRobot robot) {
        robot.clickOn("#agreement-compare");
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn("it had not seen evidence that Russian forces had seized the entire town");

        assertThat(opened).containsExactly(TwoCoderExports.statement(lead, "it had not seen").id());
    }

    @Test
    void twoCodersPickedFromTheLibraryAreComparedThere(FxRobot robot) throws Exception {
        for (Path export : exports) {
            lead.export().importWebAnnotations(export, false);
        }
        robot.interact(view::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#agreement-compare-library").queryButton().isDisabled()).isTrue();

        robot.clickOn("Maria");
        robot.press(javafx.scene.input.KeyCode.CONTROL).clickOn("Ivan").release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#agreement-compare-library");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.model().coders()).containsExactly("Ivan", "Maria");
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(robot.lookup("#agreement-summary").queryLabeled().getText()).contains("span F1 Ivan/Maria 0.833");

        robot.clickOn("it had not seen evidence that Russian forces had seized the entire town");
        robot.clickOn("#agreement-keep-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(TwoCoderExports.statement(lead, "it had not seen").stance()).isEqualTo(Stance.DENIES);
        assertThat(table(robot).getItems()).filteredOn(r -> r.text().startsWith("it had not seen"))
                .singleElement().satisfies(r -> assertThat(r.settled()).isEqualTo("kept Maria\u2019s"));
    }
}
