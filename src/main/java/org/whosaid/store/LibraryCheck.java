package org.whosaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sqlite.SQLiteConfig;

/**
 * Decides, by reading only, whether a file may be opened as a WhoSaid library: a regular SQLite file carrying
 * WhoSaid's application id, or an earlier WhoSaid's library (no id yet, exactly the tables of its schema version).
 * Anything else is refused with the reason before a single byte is written. Whether its pages are sound is a second,
 * slower question ({@link #damage}): it reads the whole file, so it runs beside the opening rather than before it.
 */
final class LibraryCheck {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Above this size the integrity check is skipped on opening: it reads the whole file. */
    static final long QUICK_CHECK_LIMIT = 512L * 1024 * 1024;
    private static final Map<Integer, List<String>> TABLES_AT_VERSION = new ConcurrentHashMap<>();

    private LibraryCheck() {
    }

    /** What was found in the file: its schema version (0 for a new, empty file). */
    record Found(int userVersion) {
    }

    /** Reads the header and the schema only: cheap enough to run before a window can show the library. */
    static Found inspect(Path file) {
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw new StoreException(file + ": is not a regular file; a library must be a file");
        }
        if (!Files.exists(file)) {
            return new Found(0);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a database file");
        }
        try {
            if (Files.size(file) == 0) {
                return new Found(0);
            }
            byte[] header = new byte[SQLITE_MAGIC.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
                throw new StoreException(file + ": is not a WhoSaid database (not an SQLite file); it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            int id = pragma(c, "application_id");
            int version = pragma(c, "user_version");
            List<String> tables = tables(c);
            if (id != Database.APPLICATION_ID) {
                refuseUnlessEarlierLibrary(file, id, version, tables);
            }
            if (version > Migrations.latestVersion()) {
                throw new StoreException(file + ": was written by a newer WhoSaid (schema " + version
                        + ", this version knows up to " + Migrations.latestVersion() + "); it was left untouched");
            }
            return new Found(version);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Runs {@code PRAGMA quick_check} on {@code file} (a library {@link #inspect} accepted) and returns why it is
     * damaged, or null when it is sound, absent, or too large to check on opening ({@link #QUICK_CHECK_LIMIT}).
     */
    static StoreException damage(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0 || Files.size(file) > QUICK_CHECK_LIMIT) {
                return null;
            }
        } catch (IOException e) {
            return new StoreException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties())) {
            String result = quickCheck(c);
            return result.equals("ok") ? null : damaged(file, result, null);
        } catch (SQLException e) {
            return unreadable(file, e);
        }
    }

    private static StoreException unreadable(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB") || message.contains("malformed")) {
            return damaged(file, message, e);
        }
        return new StoreException(file + ": cannot be read (" + message + ")", e);
    }

    private static StoreException damaged(Path file, String detail, Exception cause) {
        return new StoreException(file + ": the database file is damaged (" + detail
                + "); it was left untouched: restore a backup, or save what can be read with export", cause);
    }

    private static void refuseUnlessEarlierLibrary(Path file, int id, int version, List<String> tables)
            throws SQLException {
        if (id == 0 && version == 0 && tables.isEmpty()) {
            return; // an empty SQLite file: becomes a library
        }
        if (id == 0 && version >= 1 && version < Migrations.markerVersion() && tables.equals(tablesAt(version))) {
            return; // an earlier WhoSaid's library: the marker migration adopts it
        }
        if (id != 0) {
            throw new StoreException(file + ": is the SQLite database of another program (application id " + id
                    + "), not a WhoSaid library; it was left untouched");
        }
        throw new StoreException(file + ": is the SQLite database of another program (tables "
                + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                + (tables.size() > 5 ? ", …" : "") + "), not a WhoSaid library; it was left untouched");
    }

    /** The tables WhoSaid's own migrations create up to {@code version}, built once in memory. */
    private static List<String> tablesAt(int version) throws SQLException {
        List<String> known = TABLES_AT_VERSION.get(version);
        if (known != null) {
            return known;
        }
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.apply(memory, Path.of(":memory:"), version);
            List<String> tables = tables(memory);
            TABLES_AT_VERSION.put(version, tables);
            return tables;
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static int pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String quickCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(3)")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return lines.isEmpty() ? "no answer" : String.join("; ", lines);
        }
    }
}
