package org.whosaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import org.sqlite.SQLiteConfig;

/**
 * One SQLite database file: opens it safely, migrates its schema, and serialises access to its connection.
 * A file that is not SQLite, is read-only, or has a newer schema is refused with a clear message and left untouched.
 */
public final class Database implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if absent) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        checkExistingFile(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(absolute + ": cannot create its folder (" + e.getMessage() + ")", e);
        }
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Migrations go through the driver's transactions: make those take the write lock first as well.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // 32 MB of page cache instead of SQLite's 2 MB: the full-text indexes of a large import stay in memory.
        config.setCacheSize(-32_768);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties());
        } catch (SQLException e) {
            throw new StoreException(absolute + ": cannot open the database (" + e.getMessage() + ")", e);
        }
        Database database = new Database(absolute, connection);
        try {
            Migrations.apply(connection, absolute);
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException(absolute + ": cannot prepare the database (" + e.getMessage() + ")", e);
        }
        return database;
    }

    private static void checkExistingFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(file + ": is a folder, not a database file");
        }
        try {
            if (Files.size(file) == 0) {
                return;
            }
            byte[] header = new byte[SQLITE_MAGIC.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !java.util.Arrays.equals(header, SQLITE_MAGIC)) {
                throw new StoreException(file + ": is not a WhoSaid database (not an SQLite file); it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(file)) {
            throw new StoreException(file + ": is read-only; WhoSaid needs to write to its database");
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} alone on the connection, outside any transaction. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is stored, or none of it. The transaction starts with
     * {@code BEGIN IMMEDIATE}, so it takes the write lock first (waiting up to the busy timeout while another process
     * writes) and can never fail half-way for want of it. The statements are issued by hand because the driver's
     * {@code commit()} opens the next transaction at once, which would take the lock a second time for nothing.
     */
    <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            execute("BEGIN IMMEDIATE");
            inTransaction = true;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private StoreException translate(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new StoreException(file + ": the database stayed busy (another WhoSaid is writing); try again", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(file + ": is read-only; the change was not saved", e);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return new StoreException(file + ": the database file is damaged (" + message + ")", e);
        }
        return new StoreException(file + ": " + message, e);
    }

    /** Result of {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": could not close cleanly (" + e.getMessage() + ")", e);
        } finally {
            lock.unlock();
        }
    }
}
