package org.whosaid.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.whosaid.app.task.TaskExecutor;
import org.whosaid.app.task.UiTaskExecutor;
import org.whosaid.service.DatabaseLocation;
import org.whosaid.service.Services;
import org.whosaid.service.settings.SettingsFile;

/**
 * The desktop app. Opens the database given by {@code --db=FILE} (or a shared library, {@code --db=postgresql://…}),
 * else {@code $WHOSAID_DB}, else the last database used, else {@code ~/.whosaid/whosaid.db}; on an empty database it
 * loads the sample article.
 */
public class WhoSaidApp extends Application {
    private Stage stage;
    private Services services;
    private TaskExecutor executor;
    private MainWindow window;
    /** Stops the news of other coders' changes to the shared library shown (a no-op for a file). */
    private AutoCloseable changes = () -> { };

    public static void main(String[] args) {
        Application.launch(WhoSaidApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        executor = new UiTaskExecutor();
        Optional<String> shared = sharedLibrary(getParameters().getNamed(), getParameters().getRaw(), System.getenv());
        if (shared.isPresent()) {
            AppLog.install(DatabaseLocation.dataFolder(DatabaseLocation.resolve(null, Map.of())));
            if (!openShared(shared.get(), Optional.empty())) {
                Platform.exit();
            }
            return;
        }
        Path database = database(getParameters().getNamed(), getParameters().getRaw(), System.getenv(),
                folderDatabase -> SettingsFile.beside(folderDatabase, Settings.class).read());
        AppLog.install(DatabaseLocation.dataFolder(database));
        if (open(database, Optional.empty())) {
            window.offerSampleIfEmpty();
        } else {
            Platform.exit();
        }
    }

    /**
     * Shows a database in the window (the first one, or another chosen from the File menu); the window keeps its
     * place and theme unless the new database's folder has settings of its own. Returns false, with a message,
     * when the database cannot be opened; the window then stays on the database it had.
     */
    private boolean open(Path database, Optional<Settings> carried) {
        Services next;
        try {
            next = Services.open(database);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("WhoSaid cannot open " + database);
            alert.showAndWait();
            return false;
        }
        show(next, SettingsFile.beside(database, Settings.class), carried);
        rememberLastDatabase(database);
        return true;
    }

    /**
     * Opens a shared library on a PostgreSQL server: with the password of the URL or of ~/.pgpass, else the one the
     * user types when the server asks (kept in memory only). Returns false, with a message, when it cannot.
     */
    private boolean openShared(String url, Optional<Settings> carried) {
        Services next = null;
        String password = null;
        while (next == null) {
            try {
                next = password == null ? Services.openShared(url) : Services.openShared(url, password);
            } catch (RuntimeException e) {
                if (Services.isLoginRefused(e)) {
                    Optional<String> typed = SharedLibraryDialog.askPassword(stage, url, e.getMessage());
                    if (typed.isPresent()) {
                        password = typed.get();
                        continue;
                    }
                    return false;
                }
                Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                alert.setHeaderText("WhoSaid cannot open the shared library " + url);
                alert.showAndWait();
                return false;
            }
        }
        // a shared library's window settings are the user's own, beside the default database
        show(next, SettingsFile.beside(DatabaseLocation.resolve(null, Map.of()), Settings.class), carried);
        return true;
    }

    private void show(Services next, SettingsFile<Settings> settingsFile, Optional<Settings> carried) {
        if (window != null) {
            window.saveSettings();
        }
        Services previous = services;
        services = next;
        Settings settings = settingsFile.read().or(() -> carried).orElse(Settings.DEFAULTS);
        Optional<String> coder = givenCoder(getParameters().getNamed(), System.getenv())
                .or(() -> Optional.ofNullable(settings.coder())).or(() -> carried.map(Settings::coder));
        coder.ifPresent(services.coder()::rename);
        window = new MainWindow(stage, AppContext.of(services, executor), Optional.of(settingsFile), settings);
        window.setDatabaseSwitcher(other -> {
            if (open(other, Optional.of(window.settings()))) {
                window.offerSampleIfEmpty();
            }
        });
        window.setSharedSwitcher(url -> openShared(url, Optional.of(window.settings())));
        stopChanges();
        MainWindow shown = window;
        changes = services.onChangesElsewhere(() -> Platform.runLater(() -> {
            if (window == shown) {
                shown.showChangesByOthers();
            }
        }));
        services.onDamageFound(reason -> Platform.runLater(() -> {
            if (window == shown) {
                shown.showDamage(reason);
            }
        }));
        stage.show();
        if (coder.isEmpty()) {
            // first start: the window shows at once, and asks who is coding (the user's name until answered)
            window.askCoder();
        }
        if (previous != null) {
            previous.close();
        }
    }

    private void stopChanges() {
        try {
            changes.close();
        } catch (Exception e) {
            // only the news of others' changes stops; nothing to save
        }
    }

    /** Notes the database in the settings beside the default one, where a start without --db looks for it. */
    private static void rememberLastDatabase(Path database) {
        Path fallback = DatabaseLocation.resolve(null, Map.of());
        if (DatabaseLocation.dataFolder(fallback).equals(DatabaseLocation.dataFolder(database))) {
            return;
        }
        SettingsFile<Settings> home = SettingsFile.beside(fallback, Settings.class);
        try {
            home.write(home.read().orElse(Settings.DEFAULTS).withLastDatabase(database.toAbsolutePath().toString()));
        } catch (java.io.IOException e) {
            // Only a convenience for the next start; the window's own settings were saved beside the database.
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        stopChanges();
        if (services != null) {
            services.close();
        }
    }

    /** The shared library to open: {@code --db=postgresql://…} (or {@code --db URL}), else such a $WHOSAID_DB. */
    /**
     * The coder named on launch ({@code --coder=NAME}, as the launcher passes {@code --coder} and
     * {@code $WHOSAID_CODER}, else {@code $WHOSAID_CODER} itself): it wins over the name kept in the settings, and a
     * first start that has one does not ask.
     */
    static Optional<String> givenCoder(Map<String, String> named, Map<String, String> environment) {
        String name = named.getOrDefault("coder", environment.get("WHOSAID_CODER"));
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    static Optional<String> sharedLibrary(Map<String, String> named, List<String> raw, Map<String, String> environment) {
        String option = named.get("db");
        int index = raw.indexOf("--db");
        if (option == null && index >= 0 && index + 1 < raw.size()) {
            option = raw.get(index + 1);
        }
        return DatabaseLocation.sharedUrl(option, environment);
    }

    /**
     * The database to open: {@code --db=FILE} or {@code --db FILE}, then
     * {@code $WHOSAID_DB}, then the last one used (remembered beside the default database), then the default. A
     * {@code --db} naming the default database counts as none, because the launcher always passes one.
     */
    static Path database(Map<String, String> named, List<String> raw, Map<String, String> environment,
                         Function<Path, Optional<Settings>> settingsBeside) {
        String option = named.get("db");
        int index = raw.indexOf("--db");
        if (option == null && index >= 0 && index + 1 < raw.size()) {
            option = raw.get(index + 1);
        }
        Path fallback = DatabaseLocation.resolve(null, Map.of());
        Path chosen = option != null ? Path.of(option) : DatabaseLocation.resolve(null, environment);
        if (!chosen.toAbsolutePath().normalize().equals(fallback.toAbsolutePath().normalize())) {
            return chosen;
        }
        return settingsBeside.apply(fallback).map(Settings::lastDatabase).filter(s -> s != null && !s.isBlank())
                .map(Path::of).filter(Files::isRegularFile).orElse(chosen);
    }
}
