package org.whosaid.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.whosaid.app.task.TaskExecutor;
import org.whosaid.app.task.UiTaskExecutor;
import org.whosaid.service.DatabaseLocation;
import org.whosaid.service.Services;
import org.whosaid.service.SettingsFile;

/**
 * The desktop app. Opens the database given by {@code --db=FILE} (or {@link #launch(Path)}), else
 * {@code $WHOSAID_DB}, else the last database used, else {@code ~/.whosaid/whosaid.db}; on an empty database it loads
 * the sample article.
 */
public class WhoSaidApp extends Application {
    private static volatile Path requestedDatabase;

    private Services services;
    private TaskExecutor executor;

    /** Starts the app on a database and returns when its window is closed. */
    public static void launch(Path database) {
        requestedDatabase = database;
        Application.launch(WhoSaidApp.class);
    }

    /** The same as {@link #launch(Path)}. */
    public static void launchWith(Path database) {
        launch(database);
    }

    public static void main(String[] args) {
        Application.launch(WhoSaidApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path database = database(getParameters().getNamed(), getParameters().getRaw(), System.getenv());
        try {
            services = Services.open(database);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("WhoSaid cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        executor = new UiTaskExecutor();
        SettingsFile<Settings> settingsFile = SettingsFile.beside(database, Settings.class);
        Settings settings = settingsFile.read().orElse(Settings.DEFAULTS);
        MainWindow window = new MainWindow(stage, AppContext.of(services, executor),
                Optional.of(settingsFile), settings);
        stage.show();
        window.offerSampleIfEmpty();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }

    /**
     * The database to open: {@code --db=FILE} or {@code --db FILE}, then {@link #launch(Path)}'s, then
     * {@code $WHOSAID_DB}, then the last one used (remembered beside the default database), then the default.
     */
    static Path database(Map<String, String> named, List<String> raw, Map<String, String> environment) {
        String option = named.get("db");
        int index = raw.indexOf("--db");
        if (option == null && index >= 0 && index + 1 < raw.size()) {
            option = raw.get(index + 1);
        }
        if (option == null && requestedDatabase != null) {
            return requestedDatabase;
        }
        Path resolved = DatabaseLocation.resolve(option, environment);
        Path fallback = DatabaseLocation.resolve(null, Map.of());
        if (option == null && resolved.equals(fallback)) {
            return SettingsFile.beside(fallback, Settings.class).read()
                    .map(Settings::lastDatabase).filter(s -> s != null && !s.isBlank()).map(Path::of)
                    .filter(Files::isRegularFile).orElse(resolved);
        }
        return resolved;
    }
}
