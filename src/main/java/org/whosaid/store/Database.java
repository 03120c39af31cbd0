package org.whosaid.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.sqlite.SQLiteConfig;

/**
 * One library: an SQLite database file, or a shared library on a PostgreSQL server ({@link PostgresUrl}). Opens it
 * safely, migrates its schema, and serialises access to its connection. A file that is not a WhoSaid library
 * ({@link LibraryCheck}), is read-only, or has a newer schema is refused with a clear message and left untouched.
 */
public final class Database implements AutoCloseable {
    /** WhoSaid's marker in the file header ({@code PRAGMA application_id}): "WhoS" in ASCII. */
    public static final int APPLICATION_ID = 0x57686F53;
    /** Runs the integrity checks of opened files, off the thread that opens them (see {@link #open(Path)}). */
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "whosaid-integrity-check");
        thread.setDaemon(true);
        return thread;
    });

    private final Dialect dialect;
    /** The file of an SQLite library; null for a shared one. */
    private final Path file;
    /** The server of a shared library; null for a file. */
    private final PostgresUrl url;
    /** Null while a shared library's server cannot be reached: the next use connects again. */
    private Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;
    /** Names this process's notifications, so its own changes are not taken for another coder's. */
    private final String self = java.util.UUID.randomUUID().toString();
    private final java.util.List<ChangeListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Why the file is damaged, or null when it is sound: every write waits for the answer and is refused on damage. */
    private final CompletableFuture<StoreException> damage;

    private Database(Path file, Connection connection, CompletableFuture<StoreException> damage) {
        this.dialect = Dialect.SQLITE;
        this.file = file;
        this.url = null;
        this.connection = connection;
        this.damage = damage;
    }

    private Database(PostgresUrl url, Connection connection) {
        this.dialect = Dialect.POSTGRESQL;
        this.file = null;
        this.url = url;
        this.connection = connection;
        this.damage = CompletableFuture.completedFuture(null); // a server keeps its own pages sound
    }

    /** Opens (creating if absent) the library at {@code location}, a file or a server. */
    public static Database open(LibraryLocation location) {
        return location instanceof LibraryLocation.Shared shared ? open(shared.url())
                : open(((LibraryLocation.File) location).path());
    }

    /**
     * Opens the shared library at {@code url} on a PostgreSQL server, creating its schema (and the URL's schema)
     * when absent and bringing it up to date. A database or schema holding another program's tables is refused.
     */
    public static Database open(PostgresUrl url) {
        Database database = new Database(url, PostgresConnections.connect(url));
        try {
            PostgresMigrations.apply(database.connection, url, Migrations.latestVersion());
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw database.translate(e instanceof SQLException sql ? sql : new SQLException(e));
        }
        return database;
    }

    /**
     * Opens (creating if absent) the database at {@code file} and brings its schema up to date. A damaged file is
     * never written: when migrations are due, its integrity is checked before they run; otherwise the check (which
     * reads the whole file, half a second at 10,000 articles) runs beside the opening so that the window is not kept
     * waiting, and the first write waits for it. Damage found is refused on every write and announced to
     * {@link #onDamageFound}.
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        int version = LibraryCheck.inspect(absolute).userVersion();
        CompletableFuture<StoreException> damage;
        if (version < Migrations.latestVersion()) {
            StoreException found = LibraryCheck.damage(absolute);
            if (found != null) {
                throw found;
            }
            damage = CompletableFuture.completedFuture(null);
        } else {
            damage = CompletableFuture.supplyAsync(() -> LibraryCheck.damage(absolute), CHECKS);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new StoreException(absolute + ": is read-only; WhoSaid needs to write to its database");
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(absolute + ": cannot create its folder (" + e.getMessage() + ")", e);
        }
        Database database = connect(absolute, false, damage);
        try {
            Migrations.apply(database.connection, absolute);
        } catch (SQLException | RuntimeException e) {
            database.close();
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException(absolute + ": cannot prepare the database (" + e.getMessage() + ")", e);
        }
        return database;
    }

    /**
     * Opens an existing library for reading only, so that a read-only file can be listed and reading never changes
     * it. A library of an earlier schema is brought up to date first when its file can be written.
     */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new StoreException(absolute + ": no library here yet");
        }
        int version = LibraryCheck.inspect(absolute).userVersion();
        if (version < Migrations.latestVersion()) {
            if (Files.isWritable(absolute)) {
                open(absolute).close();
            } else {
                throw new StoreException(absolute + ": is read-only and was written by an earlier WhoSaid (schema "
                        + version + "); make it writable once so that it can be brought up to date");
            }
        }
        return connect(absolute, true, CompletableFuture.completedFuture(null));
    }

    private static Database connect(Path absolute, boolean readOnly, CompletableFuture<StoreException> damage) {
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // Migrations go through the driver's transactions: make those take the write lock first as well.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // 32 MB of page cache instead of SQLite's 2 MB: the full-text indexes of a large import stay in memory.
        config.setCacheSize(-32_768);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            return new Database(absolute, DriverManager.getConnection("jdbc:sqlite:" + absolute, config.toProperties()),
                    damage);
        } catch (SQLException e) {
            throw new StoreException(absolute + ": cannot open the database (" + e.getMessage() + ")", e);
        }
    }

    /** The library's file; null for a shared library on a server ({@link #url()}). */
    public Path file() {
        return file;
    }

    /** The shared library's server; null for a library in a file. */
    public PostgresUrl url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the library is, as messages name it: its file, or its URL (never with a password). */
    public String name() {
        return file != null ? file.toString() : url.toString();
    }

    /**
     * Runs {@code work} alone on the connection, outside any transaction. A shared library's read that finds the
     * connection lost connects again and runs once more (reading twice changes nothing); while the server cannot be
     * reached it fails with {@link StoreException.Kind#CONNECTION_LOST}, and the next call tries again.
     */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            try {
                return work.run(connection());
            } catch (SQLException e) {
                if (inTransaction || !lost(e)) {
                    throw e;
                }
                dropConnection();
                return work.run(connection());
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** The open connection; a shared library's is made again after it was lost. */
    private Connection connection() {
        if (connection == null) {
            connection = PostgresConnections.connect(url);
        }
        return connection;
    }

    /** True when {@code e} says a shared library's connection is gone (the server went away or ended it). */
    private boolean lost(SQLException e) {
        if (dialect != Dialect.POSTGRESQL) {
            return false;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        try {
            return state.startsWith("08") || state.startsWith("57P") || connection == null || connection.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    private void dropConnection() {
        Connection lostOne = connection;
        connection = null;
        if (lostOne != null) {
            try {
                lostOne.close();
            } catch (SQLException e) {
                // already broken: nothing left to release
            }
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is stored, or none of it. The transaction starts with
     * {@code BEGIN IMMEDIATE}, so it takes the write lock first (waiting up to the busy timeout while another process
     * writes) and can never fail half-way for want of it. The statements are issued by hand because the driver's
     * {@code commit()} opens the next transaction at once, which would take the lock a second time for nothing.
     */
    <T> T write(SqlWork<T> work) {
        StoreException damaged = damage.join();
        if (damaged != null) {
            throw damaged;
        }
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(connection);
            }
            connection();
            begin();
            inTransaction = true;
            try {
                T result = work.run(connection);
                commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException sql ? lost(sql)
                        : e instanceof StoreException store && store.kind() == StoreException.Kind.CONNECTION_LOST) {
                    // the server rolled the transaction back with the connection: nothing of it was kept
                    dropConnection();
                    throw e;
                }
                try {
                    rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                inTransaction = false;
            }
        } catch (SQLException e) {
            if (lost(e)) {
                dropConnection();
            }
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** SQLite: {@code BEGIN IMMEDIATE} by hand (see {@link #write}); PostgreSQL: the driver's own transactions. */
    private void begin() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            execute("BEGIN IMMEDIATE");
        } else {
            connection.setAutoCommit(false);
        }
    }

    private void commit() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            execute("COMMIT");
        } else {
            // delivered to the other processes listening when (and only if) the transaction commits
            try (var ps = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                ps.setString(1, channel());
                ps.setString(2, self);
                ps.executeQuery().close();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private void rollback() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            execute("ROLLBACK");
        } else {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The channel a shared library's changes are announced on: one per database and schema. */
    private String channel() {
        String name = "whosaid_" + (url.schema() == null ? "public" : url.schema());
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /**
     * Calls {@code onChange} (on a thread of its own) whenever another process commits a change to this shared
     * library, and once more after a lost connection is back; a library in a file has no such news and never calls it.
     */
    public AutoCloseable onChangesElsewhere(Runnable onChange) {
        if (dialect != Dialect.POSTGRESQL) {
            return () -> { };
        }
        ChangeListener listener = new ChangeListener(url, channel(), self, onChange).start();
        listeners.add(listener);
        return () -> {
            listeners.remove(listener);
            listener.close();
        };
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private StoreException translate(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (dialect == Dialect.POSTGRESQL) {
            return PostgresConnections.explain(url, e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new StoreException(file + ": the database stayed busy (another WhoSaid is writing); try again", e);
        }
        if (message.contains("SQLITE_READONLY")) {
            return new StoreException(file + ": is read-only; the change was not saved", e);
        }
        if (message.contains("SQLITE_FULL")) {
            return StoreException.diskFull(file + ": the disk is full; the change was not saved", e);
        }
        if (message.contains("SQLITE_CORRUPT") || message.contains("SQLITE_NOTADB")) {
            return new StoreException(file + ": the database file is damaged (" + message + ")", e);
        }
        return new StoreException(file + ": " + message, e);
    }

    /**
     * Drops a benchmark's throw-away schema with everything in it. Refuses any schema whose name does not start with
     * {@code prefix}, so that a library of real work can never be dropped by this way.
     */
    public static void dropBenchmarkSchema(PostgresUrl url, String prefix) {
        if (url.schema() == null || !url.schema().startsWith(prefix) || prefix.isEmpty()) {
            throw new IllegalArgumentException(url + ": not a benchmark schema (" + prefix + "…); nothing was dropped");
        }
        try (Connection c = PostgresConnections.connect(url.inSchema("public")); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + url.schema() + " CASCADE");
        } catch (SQLException e) {
            throw PostgresConnections.explain(url, e);
        }
    }

    /**
     * Brings the server's planner statistics up to date after a bulk write (PostgreSQL's {@code ANALYZE}): right after
     * an import of 10,000 articles its autovacuum had not yet looked at the new rows, and the whole-library Audit took
     * 0.4 s instead of 40 ms. SQLite keeps no statistics unless asked, and WhoSaid's queries are planned without them.
     */
    public void refreshStatistics() {
        if (dialect == Dialect.POSTGRESQL) {
            write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
                return null;
            });
        }
    }

    /** Result of {@code PRAGMA integrity_check}: "ok" when the file is sound; a server keeps its own data sound. */
    public String integrityCheck() {
        if (dialect == Dialect.POSTGRESQL) {
            return read(c -> c.isValid(10) ? "ok" : "the server does not answer");
        }
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    /**
     * Calls {@code onDamage} with the message once, if the integrity check finds the file damaged (on the checking
     * thread, or at once when the answer is already known); a sound library never calls it.
     */
    public void onDamageFound(Consumer<String> onDamage) {
        damage.thenAccept(found -> {
            if (found != null) {
                onDamage.accept(found.getMessage());
            }
        });
    }

    @Override
    public void close() {
        damage.join(); // the check's own connection to the file is closed before the library is
        listeners.forEach(ChangeListener::close);
        listeners.clear();
        lock.lock();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException(name() + ": could not close cleanly (" + e.getMessage() + ")", e);
        } finally {
            lock.unlock();
        }
    }
}
