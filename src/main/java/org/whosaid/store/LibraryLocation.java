package org.whosaid.store;

import java.nio.file.Path;

/** Where a library lives: an SQLite file on this machine, or a shared library on a PostgreSQL server. */
public sealed interface LibraryLocation {
    /** An SQLite database file. */
    record File(Path path) implements LibraryLocation {
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A library on a PostgreSQL server. */
    record Shared(PostgresUrl url) implements LibraryLocation {
        @Override
        public String toString() {
            return url.toString();
        }
    }

    /** A {@code postgresql://} URL, else a file path. @throws IllegalArgumentException for a malformed URL */
    static LibraryLocation parse(String location) {
        return PostgresUrl.looksLike(location) ? new Shared(PostgresUrl.parse(location)) : new File(Path.of(location));
    }

    static LibraryLocation of(Path file) {
        return new File(file);
    }
}
