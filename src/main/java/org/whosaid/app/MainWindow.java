package org.whosaid.app;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.whosaid.app.common.NameScript;
import org.whosaid.app.agreement.AgreementView;
import org.whosaid.app.audit.AuditView;
import org.whosaid.app.common.FieldUndo;
import org.whosaid.app.common.Screen;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.compare.CompareView;
import org.whosaid.app.sources.SourcesView;
import org.whosaid.service.ExportService;
import org.whosaid.app.imports.ImportReportDialog;
import org.whosaid.app.imports.ImportViewModel;
import org.whosaid.app.library.LibraryView;
import org.whosaid.app.library.LibraryViewModel;
import org.whosaid.app.reader.InspectorViewModel;
import org.whosaid.app.reader.ReaderView;
import org.whosaid.app.reader.ReaderViewModel;
import org.whosaid.service.settings.SettingsFile;

/**
 * The main window: menus, navigation between the screens, the status bar with the database and import progress,
 * drag and drop of files, folders and links, theme switching and the remembered window geometry.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppContext context;
    private final Optional<SettingsFile<Settings>> settingsFile;
    private Settings settings;
    private final SourceNames names;

    private final LibraryViewModel libraryModel;
    private final org.whosaid.app.agreement.AgreementViewModel agreementModel;
    private final ReaderViewModel readerModel;
    private final ImportViewModel importModel;
    private final LibraryView libraryView;
    /** Built on the Reader's first show: the rich text view is the costliest part of starting the window. */
    private ReaderView readerView;
    private final Views views;
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<ViewId, ToggleButton> navButtons = new java.util.EnumMap<>(ViewId.class);
    private final Label message = new Label();
    private final Label coder = new Label(null, new FontIcon(Feather.USER));
    private ViewId current;
    private Alert failureAlert;
    private final ReanalyseAction reanalyse;
    private final MainWindowViewModel windowModel;
    private final MenuItem openDatabase = new MenuItem("Open database\u2026", new FontIcon(Feather.DATABASE));
    private final MenuItem newDatabase = new MenuItem("New database\u2026", new FontIcon(Feather.PLUS_CIRCLE));
    private final MenuItem openShared = new MenuItem("Open shared library\u2026", new FontIcon(Feather.SERVER));
    private Consumer<String> sharedSwitcher;
    private Consumer<java.nio.file.Path> databaseSwitcher;

    private final Map<ViewId, Screen> screens = new EnumMap<>(ViewId.class);

    public MainWindow(Stage stage, AppContext context, Optional<SettingsFile<Settings>> settingsFile, Settings settings) {
        this.stage = stage;
        this.context = context;
        this.settingsFile = settingsFile;
        this.settings = settings;
        ViewModels models = ViewModels.wire(context, this::openStatement);
        names = models.names();
        names.scriptProperty().set(settings.names());
        names.scriptProperty().addListener((o, was, now) -> {
            this.settings = this.settings.withNames(now);
            saveSettings();
        });
        windowModel = new MainWindowViewModel(context.services(), context.executor());
        libraryModel = models.library();
        agreementModel = models.agreement();
        readerModel = models.reader();
        importModel = models.imports();
        libraryView = new LibraryView(libraryModel, this::openArticle);
        views = new Views(context);
        views.register(ViewId.LIBRARY, c -> libraryView);
        views.register(ViewId.READER, c -> {
            readerView = new ReaderView(readerModel, models.inspector(), this::compareAccounts);
            return readerView;
        });
        views.register(ViewId.COMPARE, c -> screen(ViewId.COMPARE, new CompareView(models.compare(), models.parties())));
        views.register(ViewId.SOURCES, c -> screen(ViewId.SOURCES, new SourcesView(models.sources())));
        views.register(ViewId.AUDIT, c -> screen(ViewId.AUDIT, new AuditView(models.audit())));
        views.register(ViewId.AGREEMENT, c -> screen(ViewId.AGREEMENT, new AgreementView(models.agreement())));
        reanalyse = new ReanalyseAction(context, this::reanalyseSelection, () -> stage, summary -> {
            message.setText(summary);
            libraryModel.refresh();
            readerModel.reload();
            if (current != null && screens.containsKey(current)) {
                screens.get(current).refresh();
            }
        });

        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(menuBar());
        root.setLeft(navigationBar());
        root.setCenter(content);
        root.setBottom(statusBar());
        Scene scene = new Scene(root, settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        KeyCombination undoKeys = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        // Before the focused field sees it: a text field would otherwise take Ctrl+Z for its own (often empty)
        // history, and the library's edit would never be undone while a field has focus.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (undoKeys.match(event)) {
                if (!FieldUndo.undoTyping(scene.getFocusOwner())) {
                    undo();
                }
                event.consume();
            }
        });
        installDragAndDrop(scene);
        stage.setScene(scene);
        stage.setTitle("WhoSaid \u2014 " + libraryTitle());
        applyGeometry();
        applyTheme(settings.theme());
        stage.setOnHidden(event -> saveSettings());
        setDatabaseSwitcher(null);
        setSharedSwitcher(null);

        context.executor().failures().setDisplay(this::showFailure);
        windowModel.messageProperty().addListener((obs, old, now) -> message.setText(now));
        windowModel.problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showError(now.header(), now.text());
            }
        });
        windowModel.libraryChangedProperty().addListener((obs, old, now) -> {
            libraryModel.refresh();
            readerModel.reload();
        });
        readerModel.messageProperty().addListener((obs, old, now) -> message.setText(now));
        readerModel.conflictProperty().addListener((obs, old, now) -> {
            if (now != null) {
                showError("Not saved: another coder changed this statement", now);
            }
        });
        context.undoRedo().lastMessageProperty().addListener((obs, old, now) -> message.setText(now));
        libraryModel.refresh();
        show(ViewId.LIBRARY);
    }

    private MenuBar menuBar() {
        openDatabase.setOnAction(event -> chooseDatabase(false));
        openShared.setOnAction(event -> chooseShared());
        newDatabase.setOnAction(event -> chooseDatabase(true));
        Menu file = new Menu("_File", null,
                item("Import files\u2026", Feather.FILE_PLUS, "Shortcut+O", this::chooseFiles),
                item("Import folder\u2026", Feather.FOLDER_PLUS, "Shortcut+Shift+O", this::chooseFolder),
                item("Import URL\u2026", Feather.LINK, "Shortcut+U", this::askUrl),
                item("Import the sample article", Feather.BOOK, null, this::importSample),
                item("Import annotations…", Feather.USERS, null, this::chooseAnnotations),
                item("Feeds\u2026", Feather.RSS, null, () -> org.whosaid.app.feeds.FeedsDialog.show(stage,
                        new org.whosaid.app.feeds.FeedsViewModel(context.services().feeds(), context.executor(),
                                libraryModel::refresh))),
                new SeparatorMenuItem(),
                item("Export…", Feather.DOWNLOAD, "Shortcut+E", this::chooseExport),
                new SeparatorMenuItem(),
                item("Coder name\u2026", Feather.USER, null, this::askCoder),
                openDatabase, newDatabase, openShared,
                new SeparatorMenuItem(),
                item("Quit", Feather.LOG_OUT, "Shortcut+Q", stage::close));
        MenuItem undo = item("Undo", Feather.ROTATE_CCW, "Shortcut+Z", this::undo);
        undo.textProperty().bind(context.undoRedo().undoLabelProperty());
        MenuItem redo = item("Redo", Feather.ROTATE_CW, "Shortcut+Shift+Z", this::redo);
        redo.textProperty().bind(context.undoRedo().redoLabelProperty());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                item("Find in library", Feather.SEARCH, "Shortcut+F", this::focusSearch), new SeparatorMenuItem());
        edit.getItems().addAll(reanalyse.items());
        // Greyed out only while the menu is open: the accelerators of disabled items do not fire, and other screens
        // may record edits the menu has not heard of yet.
        edit.setOnShowing(event -> {
            reanalyse.update();
            context.undoRedo().sync();
            undo.setDisable(!context.undoRedo().canUndoProperty().get());
            redo.setDisable(!context.undoRedo().canRedoProperty().get());
        });
        edit.setOnHidden(event -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        Menu view = new Menu("_View");
        int number = 1;
        for (ViewId id : ViewId.values()) {
            view.getItems().add(item(id.label(), id.icon(), "Shortcut+" + number++, () -> show(id)));
        }
        view.getItems().addAll(new SeparatorMenuItem(),
                item("Refresh", Feather.REFRESH_CW, "F5", this::refresh),
                item("Light / dark theme", Feather.MOON, "Shortcut+Shift+L", this::toggleTheme), namesMenu());
        Menu help = new Menu("_Help", null,
                item("Keyboard shortcuts", Feather.HELP_CIRCLE, "F1", () -> Shortcuts.showDialog(stage)));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** "Names: as written / in Latin script", how Sources, Compare and the inspector show source names. */
    private Menu namesMenu() {
        Menu menu = new Menu("Names");
        menu.setId("names-menu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (NameScript script : NameScript.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    Character.toUpperCase(script.label().charAt(0)) + script.label().substring(1));
            item.setId("names-" + script.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(names.scriptProperty().get() == script);
            item.setOnAction(e -> names.scriptProperty().set(script));
            names.scriptProperty().addListener((o, was, now) -> item.setSelected(now == script));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static MenuItem item(String text, Feather icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private VBox navigationBar() {
        Label name = new Label("WhoSaid");
        name.getStyleClass().add("app-name");
        VBox bar = new VBox(name);
        bar.getStyleClass().add("nav-bar");
        for (ViewId id : ViewId.values()) {
            ToggleButton button = new ToggleButton(id.label(), new FontIcon(id.icon()));
            button.setId("nav-" + id.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(navigation);
            button.getStyleClass().add(Styles.FLAT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> show(id));
            navButtons.put(id, button);
            bar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button(null, new FontIcon(Feather.MOON));
        theme.setId("theme-toggle");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new javafx.scene.control.Tooltip("Light / dark theme (Ctrl+Shift+L)"));
        theme.setOnAction(event -> toggleTheme());
        bar.getChildren().addAll(spacer, theme);
        return bar;
    }

    private HBox statusBar() {
        Label database = new Label(context.services().isShared()
                ? "Shared: " + context.services().libraryName()
                : context.services().databaseFile().toAbsolutePath().toString(),
                new FontIcon(context.services().isShared() ? Feather.SERVER : Feather.DATABASE));
        database.setId("status-database");
        message.setId("status-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(importModel.progressProperty());
        Label currentFile = new Label();
        currentFile.setId("import-current");
        currentFile.textProperty().bind(importModel.currentProperty());
        currentFile.setMaxWidth(320);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(event -> importModel.cancel());
        HBox importBox = new HBox(8, new Label("Importing"), progress, currentFile, cancel);
        importBox.setAlignment(Pos.CENTER_LEFT);
        importBox.visibleProperty().bind(importModel.runningProperty());
        importBox.managedProperty().bind(importBox.visibleProperty());
        coder.setId("status-coder");
        coder.setText(context.services().coder().name());
        HBox bar = new HBox(database, coder, message, spacer, importBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Reloads what every screen shows, e.g. after another WhoSaid (the command line) imported into this database. */
    public void refresh() {
        libraryModel.refresh();
        if (readerView != null) {
            readerModel.reload();
        }
        Screen shown = screens.get(current);
        if (shown != null) {
            shown.refresh();
        }
        message.setText("Refreshed from " + libraryTitle());
    }

    /** Shows what another coder's process just saved to this shared library (pushed by the server). */
    public void showChangesByOthers() {
        refresh();
        message.setText("Shown what other coders saved to " + libraryTitle());
    }

    /** The library as the title bar names it: the file's name, or the shared library's URL. */
    private String libraryTitle() {
        return context.services().isShared() ? context.services().libraryName()
                : context.services().databaseFile().getFileName().toString();
    }

    /** Shows the Compare screen on a topic: every account of it, one column per party. */
    public void compareAccounts(String topicKey) {
        show(ViewId.COMPARE);
        ((CompareView) screens.get(ViewId.COMPARE)).showTopic(topicKey);
    }

    /**
     * Keeps a screen fresh: it reloads whenever it is shown, and after every edit, undo and redo while it is the one
     * shown (a hidden screen would query the whole library for nothing).
     */
    private Node screen(ViewId id, Screen screen) {
        screens.put(id, screen);
        context.undoRedo().revisionProperty().addListener((observable, before, after) -> {
            if (current == id) {
                screen.refresh();
            }
        });
        return screen.view();
    }

    /** Shows a screen and marks it in the navigation. */
    public void show(ViewId id) {
        context.undoRedo().sync();
        current = id;
        boolean built = screens.containsKey(id);
        Node node = views.node(id);
        if (built) {
            screens.get(id).refresh();
        }
        content.getChildren().setAll(node);
        navButtons.get(id).setSelected(true);
        if (id == ViewId.READER) {
            Platform.runLater(readerView::focusText);
        }
    }

    public ViewId currentView() {
        return current;
    }

    /** Opens an article in the Reader. */
    public void openArticle(long id) {
        readerModel.open(id);
        show(ViewId.READER);
    }

    /** Opens a statement's article in the Reader with the statement selected. */
    public void openStatement(long statementId) {
        readerModel.openStatement(statementId);
        show(ViewId.READER);
    }

    /** The status bar's text: what was last done. */
    public String statusText() {
        return message.getText();
    }

    /** What "Re-analyse selected" covers: the Library's selected articles, or the article open in the Reader. */
    private List<Long> reanalyseSelection() {
        if (current == ViewId.READER && readerModel.articleProperty().get() != null) {
            return List.of(readerModel.articleProperty().get().id());
        }
        return current == ViewId.LIBRARY ? libraryView.selectedIds() : List.of();
    }

    /** The registry of screens, where Compare, Sources and Audit are plugged in. */
    public Views views() {
        return views;
    }

    private void focusSearch() {
        show(ViewId.LIBRARY);
        libraryView.focusSearch();
    }

    private void undo() {
        context.undoRedo().undo();
    }

    private void redo() {
        context.undoRedo().redo();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html, *.htm)", "*.txt", "*.md", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            importInputs(files.stream().map(File::getAbsolutePath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import every article in a folder");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            importInputs(List.of(folder.getAbsolutePath()));
        }
    }

    private void askUrl() {
        TextInputDialog dialog = new TextInputDialog("https://");
        dialog.setTitle("Import URL");
        dialog.setHeaderText("Import an article from the web");
        dialog.setContentText("Address:");
        dialog.initOwner(stage);
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty() && !"https://".equals(s))
                .ifPresent(url -> importInputs(List.of(url)));
    }

    /** Imports files, folders and URLs off the FX thread; the report shows in a dialog and the library reloads. */
    public void importInputs(List<String> inputs) {
        if (importModel.runningProperty().get()) {
            message.setText("An import is already running; wait for it or cancel it.");
            return;
        }
        importModel.start(inputs, report -> {
            libraryModel.refresh();
            show(ViewId.LIBRARY);
            ImportReportDialog.show(stage, report);
        });
    }

    /** Lets File → Open / New database switch the window to another database (the app does the switching). */
    public void setDatabaseSwitcher(Consumer<java.nio.file.Path> switcher) {
        this.databaseSwitcher = switcher;
        openDatabase.setDisable(switcher == null);
        newDatabase.setDisable(switcher == null);
    }

    /** Where File → Open shared library… opens the URL typed; null disables it. */
    public void setSharedSwitcher(Consumer<String> switcher) {
        this.sharedSwitcher = switcher;
        openShared.setDisable(switcher == null);
    }

    private void chooseShared() {
        if (sharedSwitcher == null || !windowModel.maySwitchDatabase(importModel.runningProperty().get())) {
            return;
        }
        SharedLibraryDialog.askUrl(stage, context.services().isShared() ? context.services().libraryName()
                : "postgresql://" + System.getProperty("user.name") + "@localhost:5432/whosaid").ifPresent(sharedSwitcher);
    }

    private void chooseDatabase(boolean create) {
        if (databaseSwitcher == null) {
            return;
        }
        if (!windowModel.maySwitchDatabase(importModel.runningProperty().get())) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New WhoSaid database" : "Open a WhoSaid database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("WhoSaid databases (*.db)", "*.db"));
        File chosen = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (chosen != null) {
            databaseSwitcher.accept(chosen.toPath());
        }
    }

    private void installDragAndDrop(Scene scene) {
        scene.setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() || board.hasUrl() || board.hasString() && looksLikeUrl(board.getString())) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            List<String> inputs = dropped(board.hasFiles() ? board.getFiles() : List.of(),
                    board.hasUrl() ? board.getUrl() : null, board.hasString() ? board.getString() : null);
            event.setDropCompleted(!inputs.isEmpty());
            event.consume();
            if (!inputs.isEmpty()) {
                importInputs(inputs);
            }
        });
    }

    /** What a drop imports: the files and folders, else the link, else every http(s) line of dropped text. */
    static List<String> dropped(List<File> files, String url, String text) {
        List<String> inputs = new ArrayList<>();
        if (!files.isEmpty()) {
            files.forEach(f -> inputs.add(f.getAbsolutePath()));
        } else if (url != null && looksLikeUrl(url)) {
            inputs.add(url.strip());
        } else if (text != null) {
            text.lines().map(String::strip).filter(MainWindow::looksLikeUrl).forEach(inputs::add);
        }
        return inputs;
    }

    static boolean looksLikeUrl(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return trimmed.startsWith("http://") || trimmed.startsWith("https://");
    }

    /**
     * On an empty library, imports the bundled sample article and opens it in the Reader, so that a new user sees a
     * highlighted article at once.
     */
    public void offerSampleIfEmpty() {
        if (context.services().library().articleCount() == 0) {
            importSample();
        }
    }

    /**
     * Exports the articles selected in the Library, or the whole library when none is selected, in the format of
     * the file type the user picks.
     */
    private void chooseExport() {
        List<Long> ids = current == ViewId.LIBRARY ? libraryView.selectedIds() : List.of();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ExportChoice.title(ids.size()));
        Map<FileChooser.ExtensionFilter, String> formats = new java.util.LinkedHashMap<>();
        for (String format : ExportService.FORMATS) {
            String extension = ExportService.extension(format);
            formats.put(new FileChooser.ExtensionFilter(ExportChoice.describe(format) + " (*." + extension + ")",
                    "*." + extension), format);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        String offered = ExportChoice.initialName(ids.size(), ExportService.FORMATS.get(0));
        chooser.setInitialFileName(offered);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        ExportChoice.Target target = ExportChoice.resolve(chosen.toPath(),
                formats.getOrDefault(chooser.getSelectedExtensionFilter(), "json"), offered);
        File file = target.file().toFile();
        String format = target.format();
        if (!file.equals(chosen) && file.exists() && !confirm("Replace " + file.getName() + "?",
                "The " + format + " export goes to " + file + ", which exists already.")) {
            return;
        }
        windowModel.export(ids, target);
    }

    /** Reads a colleague's Web Annotation export and adds its coding to the same articles here. */
    private void chooseAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a colleague's annotations");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Web Annotations (*.jsonld, *.json)", "*.jsonld", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file == null) {
            return;
        }
        // Merging never erases; the only question is who wins where both coded the same statement differently.
        ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
        ButtonType theirs = new ButtonType("Take theirs", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Where a statement you coded and the file differ, "
                + "keep your coding or take theirs? Nothing of yours the file does not carry is changed.",
                mine, theirs, ButtonType.CANCEL);
        ask.setHeaderText("Merge " + file.getName());
        ask.initOwner(stage);
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return;
        }
        boolean theirsWins = choice.get() == theirs;
        windowModel.importAnnotations(file.toPath(), theirsWins, context.undoRedo()::record);
    }

    /** Asks the name this window's edits are saved with (File \u2192 Coder name, and on first start), and remembers it. */
    public void askCoder() {
        CoderDialog.show(stage, context.services().coder().name(), name -> {
            context.services().coder().rename(name);
            settings = settings.withCoder(name);
            coder.setText(name);
            saveSettings();
            message.setText("Your edits are saved as " + name + "\u2019s from now on.");
        });
    }

    /** A background task failed: the status bar says so, and one dialog (not one per failure) shows the latest. */
    private void showFailure(String text) {
        message.setText(text);
        if (failureAlert != null && failureAlert.isShowing()) {
            failureAlert.setContentText(text);
            return;
        }
        failureAlert = new Alert(Alert.AlertType.ERROR, text);
        failureAlert.setHeaderText("Something went wrong in the background");
        failureAlert.getDialogPane().setId("failure-dialog");
        failureAlert.initOwner(stage);
        failureAlert.show();
    }

    private boolean confirm(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    /** The integrity check found the library's file damaged: nothing more will be written to it. */
    public void showDamage(String reason) {
        message.setText("Not writing to " + libraryTitle() + ": its file is damaged");
        showError("WhoSaid will not write to " + libraryTitle() + ": its file is damaged", reason);
    }

    private void showError(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(header);
        alert.initOwner(stage);
        alert.show();
    }

    private void importSample() {
        windowModel.importSample(this::openArticle);
    }

    private void toggleTheme() {
        applyTheme(settings.theme().toggled());
        saveSettings();
    }

    /** Switches the whole app to a theme. */
    public void applyTheme(Theme theme) {
        settings = settings.withTheme(theme);
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        Node root = stage.getScene().getRoot();
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == Theme.DARK);
    }

    private void applyGeometry() {
        stage.setWidth(settings.width());
        stage.setHeight(settings.height());
        if (!Double.isNaN(settings.x()) && !Double.isNaN(settings.y()) && onSomeScreen(settings.x(), settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
    }

    private static boolean onSomeScreen(double x, double y) {
        return !javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).isEmpty();
    }

    /** Writes the window geometry, theme and database to the settings file (when this window has one). */
    public void saveSettings() {
        settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        if (!context.services().isShared()) {
            // a shared library is opened by its URL each time: its password is never written down
            settings = settings.withLastDatabase(context.services().databaseFile().toAbsolutePath().toString());
        }
        settingsFile.ifPresent(file -> {
            try {
                file.write(settings);
            } catch (IOException e) {
                message.setText("Settings could not be saved: " + e.getMessage());
            }
        });
    }

    public Settings settings() {
        return settings;
    }

    public Stage stage() {
        return stage;
    }

    LibraryView libraryView() {
        return libraryView;
    }

    ReaderView readerView() {
        views.node(ViewId.READER);
        return readerView;
    }

    ReaderViewModel readerModel() {
        return readerModel;
    }

    org.whosaid.app.agreement.AgreementViewModel agreementModel() {
        return agreementModel;
    }

    LibraryViewModel libraryModel() {
        return libraryModel;
    }
}
