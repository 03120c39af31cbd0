package org.whosaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps one copy of SQLite's native library per driver version on disk and points the driver at it. Left to itself
 * the driver writes the library to a new temporary file at every start and compares it byte by byte, which costs
 * about half a second of every launch of the app and of every command.
 */
final class NativeSqlite {
    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Call before the first connection; any problem leaves the driver's own loading in place. */
    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        // In the user's own folder, not a shared temporary one where someone else could plant a library.
        Path folder = Path.of(System.getProperty("user.home"), ".whosaid", "native",
                "sqlite-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, "lib", ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // The driver extracts its own copy as usual.
        }
    }
}
