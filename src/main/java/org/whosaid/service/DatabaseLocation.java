package org.whosaid.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the database lives: {@code --db}, else {@code $WHOSAID_DB}, else {@code ~/.whosaid/whosaid.db}; a file, or a
 * shared library on a PostgreSQL server named by a {@code postgresql://user@host:port/database} URL.
 */
public final class DatabaseLocation {
    private DatabaseLocation() {
    }

    /** A scheme of two letters or more followed by {@code ://} (a one-letter one is a Windows drive), or JDBC's. */
    private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+://|jdbc:).*", Pattern.DOTALL);

    /** The shared library's URL when the chosen location is a {@code postgresql://} one. */
    public static java.util.Optional<String> sharedUrl(String option, Map<String, String> environment) {
        String chosen = option != null && !option.isBlank() ? option : environment.get("WHOSAID_DB");
        return chosen != null && isShared(chosen) ? java.util.Optional.of(chosen.strip()) : java.util.Optional.empty();
    }

    /** True for a {@code postgresql://} (or {@code postgres://}) URL. */
    public static boolean isShared(String location) {
        return org.whosaid.store.PostgresUrl.looksLike(location);
    }

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

    /** A database location that is a URL of no kind WhoSaid opens, or a shared library where a file is needed. */
    public static final class NotAFilePath extends IllegalArgumentException {
        NotAFilePath(String location) {
            super(isShared(location) ? location + ": is a shared library on a server; this needs a library file"
                    : location + ": is not a file path or a postgresql://user@host:port/database URL");
        }
    }

    /** The folder for settings and user lexicons: the database's folder. */
    public static Path dataFolder(Path database) {
        Path parent = database.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
