package org.whosaid.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** Where the database lives: {@code --db}, else {@code $WHOSAID_DB}, else {@code ~/.whosaid/whosaid.db}. */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    /** A scheme of two letters or more followed by {@code ://} (a one-letter one is a Windows drive), or JDBC's. */
    private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+://|jdbc:).*", Pattern.DOTALL);

    /** @throws NotAFilePath when the option or variable is a URL rather than a file */
    public static Path resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return filePath(option);
        }
        String fromEnvironment = environment.get("WHOSAID_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return filePath(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".whosaid", "whosaid.db");
    }

    private static Path filePath(String location) {
        if (URL.matcher(location.strip()).matches()) {
            throw new NotAFilePath(location);
        }
        return Path.of(location);
    }

    /** A database location that is a URL: refused until WhoSaid has a backend for it. */
    public static final class NotAFilePath extends IllegalArgumentException {
        NotAFilePath(String location) {
            super(location + ": is not a file path; shared PostgreSQL libraries are not supported yet");
        }
    }

    /** The folder for settings and user lexicons: the database's folder. */
    public static Path dataFolder(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
