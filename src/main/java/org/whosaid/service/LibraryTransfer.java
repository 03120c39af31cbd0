package org.whosaid.service;

import java.nio.file.Files;
import java.util.Map;

import org.whosaid.store.Database;
import org.whosaid.store.LibraryCopy;
import org.whosaid.store.LibraryLocation;

/** Moves a whole library between a file and a shared library on a server (either way), verified. */
public final class LibraryTransfer {
    private LibraryTransfer() {
    }

    /** What was copied, table by table, and the statements' checksum both libraries now share. */
    public record Report(String from, String to, Map<String, Integer> rows, String statementChecksum) {
    }

    /**
     * Copies the library at {@code from} (which must exist) into the new, empty library at {@code to}; each is a file
     * path or a {@code postgresql://} URL. Nothing is kept of a copy that does not match.
     */
    public static Report copy(String from, String to) {
        LibraryLocation source = LibraryLocation.parse(from);
        LibraryLocation target = LibraryLocation.parse(to);
        if (source instanceof LibraryLocation.File file && !Files.exists(file.path())) {
            throw new IllegalArgumentException(file.path().toAbsolutePath() + ": no library here to copy");
        }
        if (source.toString().equals(target.toString())) {
            throw new IllegalArgumentException(from + ": is both the library to copy and the copy");
        }
        try (Database in = source instanceof LibraryLocation.File file ? Database.openReadOnly(file.path())
                : Database.open(source); Database out = Database.open(target)) {
            LibraryCopy.Result result = LibraryCopy.copy(in, out);
            return new Report(in.name(), out.name(), result.rows(), result.statementChecksum());
        }
    }

}
