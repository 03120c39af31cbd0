package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.whosaid.app.common.Highlighting;
import org.whosaid.app.common.SuggestingField;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;
import org.whosaid.service.Services;
import org.whosaid.service.settings.SettingsFile;

/** Drives the real main window like a user, on a real database holding the Toretsk article and its gold statements. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path folder;

    Path db;
    Services services;
    MainWindow window;
    long toretsk;

    @Start
    void start(Stage stage) {
        db = folder.resolve("ui-" + System.nanoTime() + ".db");
        toretsk = GoldLibrary.storeToretsk(db);
        GoldLibrary.storeOther(db, "Harvest festival draws crowds in Lviv", "Farmers in Lviv celebrated the harvest.");
        services = Services.open(db);
        AppContext context = new AppContext(services, new CurrentThreadTaskExecutor(), new UndoRedo(),
                (inputs, progress) -> {
                    progress.update(0, inputs.size(), inputs.get(0));
                    long id = GoldLibrary.storeOther(db, "Imported through the window", "Text of " + inputs.get(0));
                    return new ImportReport(List.of(
                            new ImportOutcome(inputs.get(0), ImportOutcome.Result.IMPORTED, id, "Imported", null),
                            ImportOutcome.failed("broken.html", "no article text found")), false);
                });
        window = new MainWindow(stage, context, Optional.of(SettingsFile.beside(db, Settings.class)),
                Settings.DEFAULTS.withWindow(0, 0, 1200, 800, false));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != window.stage())
                .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close()));
        services.close();
    }

    @Test
    void searchNarrowsTheListAsYouType(FxRobot robot) {
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#library-search").write("harv");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ArticleSummary::title)
                .containsExactly("Harvest festival draws crowds in Lviv");
        assertThat(robot.lookup(".search-match").queryLabeled().getText()).isEqualTo("Harv");
        assertThat(robot.lookup("#library-count").queryLabeled().getText()).isEqualTo("1 article");
    }

    @Test
    void changingThePartyInTheInspectorSavesItRecoloursTheTextAndUndoRestoresBoth(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        assertThat(first.party()).isEqualTo("Russia");
        StyleClassedTextArea text = robot.lookup("#reader-text").query();
        String russia = "c-p" + partyId("Russia");
        String ukraine = "c-p" + partyId("Ukraine");
        assertThat(text.getStyleOfChar(first.start() + 1)).contains(russia);

        robot.clickOn("#inspector-party");
        robot.clickOn("Ukraine");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("This source everywhere");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Ukraine");
        assertThat(text.getStyleOfChar(first.start() + 1)).contains(ukraine).doesNotContain(russia);
        ComboBox<String> party = robot.lookup("#inspector-party").queryComboBox();
        assertThat(party.getValue()).isEqualTo("Ukraine");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Russia");
        assertThat(text.getStyleOfChar(first.start() + 1)).contains(russia);
        assertThat(party.getValue()).isEqualTo("Russia");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Ukraine");
    }

    private long partyId(String name) {
        return services.library().parties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void f5ShowsArticlesAnotherProcessImported(FxRobot robot) throws Exception {
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        int before = table.getItems().size();
        try (org.whosaid.service.Services other = org.whosaid.service.Services.open(db)) {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("other", ".txt");
            java.nio.file.Files.writeString(file, "From the command line\n\nThe mayor said the bridge reopened.\n");
            assertThat(other.imports().importAll(List.of(file.toString()),
                    org.whosaid.service.Progress.NONE).failures()).isEmpty();
        }
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before + 1);
    }

    @Test
    void compareAccountsOpensTheTopicOfTheSelectedStatementSideBySide(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        assertThat(first.topic()).isEqualTo("toretsk-control");
        robot.clickOn("#inspector-compare");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentView()).isEqualTo(ViewId.COMPARE);
        assertThat(robot.lookup("#compare-heading").queryLabeled().getText()).contains("Does Russia control Toretsk?");
        assertThat(robot.lookup("#column-russia").tryQuery()).isPresent();
        assertThat(robot.lookup("#column-ukraine").tryQuery()).isPresent();
    }

    @Test
    void hoveringAStatementShowsItsSourcePartyAndStance(FxRobot robot) throws Exception {
        openToretskByDoubleClick(robot);
        StyleClassedTextArea text = robot.lookup("#reader-text").query();
        Statement kyiv = window.readerModel().statements().stream()
                .filter(s -> "Kyiv".equals(s.sourceName())).findFirst().orElseThrow();
        robot.interact(() -> text.showParagraphAtTop(text.offsetToPosition(kyiv.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds bounds = WaitForAsyncUtils.asyncFx(() -> text.getCharacterBoundsOnScreen(
                kyiv.start() + 2, kyiv.start() + 3).orElseThrow()).get();
        robot.moveTo(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                        && t.getText().contains("Kyiv (Ukraine), denies")));
    }

    @Test
    void keysMoveBetweenStatementsSetThePartyAndToggleTheStance(FxRobot robot) {
        openToretskByDoubleClick(robot);
        List<Statement> all = window.readerModel().statements();
        robot.clickOn("#statement-list");
        robot.interact(() -> window.readerModel().select(all.get(0)));
        robot.type(KeyCode.J);
        assertThat(window.readerModel().selectedProperty().get().id()).isEqualTo(all.get(1).id());
        robot.type(KeyCode.K);
        Statement selected = window.readerModel().selectedProperty().get();
        assertThat(selected.id()).isEqualTo(all.get(0).id());
        robot.type(KeyCode.D);
        assertThat(services.library().statement(selected.id()).orElseThrow().stance().code()).isEqualTo("denies");
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("This source everywhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(selected.id()).orElseThrow().party()).isEqualTo("Analysts");
    }

    @Test
    void aNumberKeyAsksBeforeChangingTheSourceEverywhereAndUndoRestoresIt(FxRobot robot) {
        openToretskByDoubleClick(robot);
        List<Statement> all = window.readerModel().statements();
        Statement first = all.stream().filter(s -> s.sourceId() != null && all.stream()
                .anyMatch(o -> o.id() != s.id() && s.sourceId().equals(o.sourceId()))).findFirst().orElseThrow();
        Statement sameSource = all.stream().filter(o -> o.id() != first.id() && first.sourceId().equals(o.sourceId()))
                .findFirst().orElseThrow();
        String before = first.party();
        robot.clickOn("#statement-list");
        robot.interact(() -> window.readerModel().select(first));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).as("nothing before the answer")
                .isEqualTo(before);

        robot.clickOn("This statement");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Analysts");
        assertThat(services.library().statement(sameSource.id()).orElseThrow().party()).isEqualTo(sameSource.party());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo(before);
    }

    @Test
    void selectingTextAndPressingAMakesANewStatement(FxRobot robot) {
        openToretskByDoubleClick(robot);
        StyleClassedTextArea text = robot.lookup("#reader-text").query();
        String article = services.library().article(toretsk).orElseThrow().text();
        int start = article.indexOf("Sumy");
        robot.clickOn(text);
        robot.interact(() -> text.selectRange(start, start + "Sumy".length()));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        Statement made = window.readerModel().selectedProperty().get();
        assertThat(made.text()).isEqualTo("Sumy");
        assertThat(made.origin().code()).isEqualTo("user");
        assertThat(services.library().statements(toretsk)).anyMatch(s -> s.id() == made.id());
        assertThat(text.getStyleOfChar(start + 1)).contains(Highlighting.UNATTRIBUTED, Highlighting.SELECTED);

        robot.clickOn("#toggle-quote");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#toggle-unattributed").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("a statement without a source stays unattributed").isTrue();

        robot.clickOn("#inspector-source").write("Sumy regional governor").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Statement credited = services.library().statement(made.id()).orElseThrow();
        assertThat(credited.sourceName()).isEqualTo("Sumy regional governor");
        assertThat(credited.kind()).isEqualTo(StatementKind.CLAIM);
    }

    @Test
    void theSourceFieldCompletesExistingSources(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        SuggestingField source = robot.lookup("#inspector-source").queryAs(SuggestingField.class);
        robot.clickOn(source);
        robot.interact(source::clear);
        robot.write("zelen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.suggestions()).containsExactly("Volodymyr Zelensky");
        assertThat(source.getText()).isEqualTo("zelen");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().sourceName())
                .isEqualTo("Volodymyr Zelensky");
    }

    /** Issue 10, defect 1: completion saved "Russian Defence Ministry" mid-word, then Enter made "NavyRussian...". */
    @Test
    void typingANewSourceNameSavesExactlyThatNameAndOnlyOnEnter(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        String before = first.sourceName();
        SuggestingField source = robot.lookup("#inspector-source").queryAs(SuggestingField.class);
        robot.clickOn(source);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Russian ");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.suggestions()).contains("Russian Defence Ministry");
        assertThat(source.getText()).isEqualTo("Russian ");
        assertThat(services.library().statement(first.id()).orElseThrow().sourceName())
                .as("nothing is saved before Enter").isEqualTo(before);
        robot.write("Navy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).isEqualTo("Russian Navy");
        assertThat(source.getCaretPosition()).isEqualTo("Russian Navy".length());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services.library().statement(first.id()).orElseThrow().sourceName()).isEqualTo("Russian Navy");
        List<String> names = services.library().sources().stream().map(s -> s.source().name()).toList();
        assertThat(names).contains("Russian Navy", "Russian Defence Ministry")
                .noneMatch(n -> n.contains("Navy") && !n.equals("Russian Navy"))
                .noneMatch(n -> n.startsWith("Russian ") && n.length() > "Russian ".length()
                        && !List.of("Russian Navy", "Russian Defence Ministry", "Russian military bloggers").contains(n));
    }

    @Test
    void escapePutsBackTheSavedSourceAndSavesNothing(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        SuggestingField source = robot.lookup("#inspector-source").queryAs(SuggestingField.class);
        robot.clickOn(source);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Ukrainian ");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).isEqualTo(first.sourceName());
        assertThat(services.library().statement(first.id()).orElseThrow().sourceName()).isEqualTo(first.sourceName());
        long sources = services.library().sources().size();
        robot.write("General Staff");
        robot.clickOn("#inspector-note");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).as("leaving the field saves nothing").isEqualTo(first.sourceName());
        assertThat(services.library().sources()).hasSize((int) sources);
    }

    @Test
    void theTopicFieldSavesOnlyOnEnter(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        SuggestingField topic = robot.lookup("#inspector-topic").queryAs(SuggestingField.class);
        robot.clickOn(topic);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("navy-losses");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().topic()).isEqualTo(first.topic());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().topic()).isEqualTo("navy-losses");
    }

    /** Issue 10, defect 6: Ctrl+Z in a field undoes its typing first, then the library's last edit. */
    @Test
    void ctrlZInAFieldUndoesItsTypingThenTheLibrarysEdit(FxRobot robot) {
        openToretskByDoubleClick(robot);
        Statement first = window.readerModel().selectedProperty().get();
        robot.clickOn("#inspector-tags").write("checked").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().tags()).containsExactly("checked");

        TextField tags = robot.lookup("#inspector-tags").query();
        robot.interact(tags::end);
        robot.write(", later");
        assertThat(tags.getText()).isEqualTo("checked, later");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tags.getText()).as("the typing is undone first").isEqualTo("checked");
        assertThat(services.library().statement(first.id()).orElseThrow().tags()).containsExactly("checked");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.library().statement(first.id()).orElseThrow().tags()).as("then the saved edit").isEmpty();
        assertThat(tags.getText()).isEmpty();

        SuggestingField source = robot.lookup("#inspector-source").queryAs(SuggestingField.class);
        robot.clickOn(source).write("x");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(source.getText()).isEqualTo(first.sourceName());
    }

    @Test
    void editReanalyseRunsTheEngineOnTheSelectedArticlesOrAllAndReportsTheSummary(FxRobot robot) {
        robot.clickOn("Harvest festival draws crowds in Lviv");
        robot.clickOn("Edit").clickOn("Re-analyse selected articles");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusText()).as("the engine found the one claim of the article stored without statements")
                .isEqualTo("1 article re-analysed: 0 statements before, 1 after; 0 of your corrections kept");

        int before = statementCount();
        robot.clickOn("Edit").clickOn("Re-analyse all articles");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusText()).isEqualTo("2 articles re-analysed: " + before
                + " statements before, " + statementCount() + " after; 0 of your corrections kept");
    }

    private int statementCount() {
        return services.library().summaries().stream().mapToInt(a -> services.library().statements(a.id()).size()).sum();
    }

    @Test
    void importThroughTheWindowShowsTheReportAndTheNewArticle(FxRobot robot) {
        robot.interact(() -> window.importInputs(List.of("piece.txt")));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea report = robot.lookup("#import-report").query();
        assertThat(report.getText()).startsWith("1 imported, 0 already in the library, 1 failed")
                .contains("failed broken.html: no article text found");
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        assertThat(table.getItems()).extracting(ArticleSummary::title).contains("Imported through the window");
    }

    @Test
    void deletingAnArticleAsksFirstAndCanBeUndone(FxRobot robot) {
        TableView<ArticleSummary> table = robot.lookup("#library-table").queryTableView();
        robot.clickOn("Harvest festival draws crowds in Lviv");
        robot.type(KeyCode.DELETE);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(services.library().articleCount()).isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
    }

    @Test
    void themeSwitchIsRememberedInTheSettingsFile(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        assertThat(window.settings().theme()).isEqualTo(Theme.DARK);
        assertThat(SettingsFile.beside(db, Settings.class).read().orElseThrow().theme()).isEqualTo(Theme.DARK);
        robot.clickOn("#theme-toggle");
        assertThat(SettingsFile.beside(db, Settings.class).read().orElseThrow().lastDatabase())
                .isEqualTo(db.toAbsolutePath().toString());
    }

    @Test
    void navigationShowsEveryScreen(FxRobot robot) throws java.util.concurrent.TimeoutException {
        // Screens are built and filled off the FX thread: wait for each one, as a user would, instead of racing it.
        robot.clickOn("#nav-compare");
        showsUp(robot, "#compare-topics");
        robot.clickOn("#nav-sources");
        showsUp(robot, "#sources-table");
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.currentView() == ViewId.AUDIT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.currentView() == ViewId.LIBRARY);
        robot.type(KeyCode.F1);
        showsUp(robot, "Keyboard shortcuts");
    }

    private static void showsUp(FxRobot robot, String query) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private void openToretskByDoubleClick(FxRobot robot) {
        robot.doubleClickOn("Russia takes control of a strategic Ukrainian city while Kyiv denies as fierce battles "
                + "in the eastern front continues");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentView()).isEqualTo(ViewId.READER);
    }
}
