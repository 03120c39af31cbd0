package org.whosaid.service;

import java.nio.file.Path;
import java.util.Map;

/** Where the database lives: {@code --db}, else {@code $WHOSAID_DB}, else {@code ~/.whosaid/whosaid.db}. */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    public static Path resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return Path.of(option);
        }
        String fromEnvironment = environment.get("WHOSAID_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".whosaid", "whosaid.db");
    }

    /** The folder for settings and user lexicons: the database's folder. */
    public static Path dataFolder(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
