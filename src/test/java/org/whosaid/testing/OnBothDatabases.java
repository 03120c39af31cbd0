package org.whosaid.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Named;
import org.whosaid.service.Services;
import org.whosaid.store.Database;
import org.whosaid.store.LibraryLocation;
import org.whosaid.store.PostgresUrl;

/**
 * The databases a store or service test runs on: SQLite always, and PostgreSQL when {@code $WHOSAID_TEST_PG} names a
 * server ({@code .ci/run} starts a throw-away one). A test class takes them with
 * {@code @ParameterizedClass @MethodSource("org.whosaid.testing.OnBothDatabases#databases")} and a
 * {@code @Parameter OnBothDatabases.Target} field; each PostgreSQL library is a fresh schema of its own.
 */
public final class OnBothDatabases {
    /** The variable naming the test server, as {@code postgresql://user@host:port/database}. */
    public static final String VARIABLE = "WHOSAID_TEST_PG";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private OnBothDatabases() {
    }

    /** One database to run on: it turns a test's folder and a library name into a fresh library's location. */
    public interface Target {
        /** The location of library {@code name} of the test whose folder is {@code dir}; the same for the same two. */
        LibraryLocation location(Path dir, String name);

        default Database open(Path dir, String name) {
            return Database.open(location(dir, name));
        }

        default Services services(Path dir, String name) {
            return Services.open(location(dir, name));
        }

        default boolean isPostgres() {
            return this instanceof OnPostgres;
        }
    }

    /** SQLite, and PostgreSQL when a test server is given (else says once that it was skipped). */
    public static List<Named<Target>> databases() {
        List<Named<Target>> targets = new ArrayList<>();
        targets.add(Named.of("SQLite", (dir, name) -> LibraryLocation.of(dir.resolve(name))));
        postgres().ifPresent(url -> targets.add(Named.of("PostgreSQL", new OnPostgres(url))));
        return targets;
    }

    /** The test server, if one is given. */
    public static java.util.Optional<PostgresUrl> postgres() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            if (TOLD.compareAndSet(false, true)) {
                System.out.println("PostgreSQL: skipped (set " + VARIABLE
                        + "=postgresql://user@host:port/database, or run .ci/run, to run the store and service tests on it too)");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PostgresUrl.parse(value));
    }

    /** A library per test in a schema of its own, named after the test's folder and the library's name. */
    record OnPostgres(PostgresUrl server) implements Target {
        @Override
        public LibraryLocation location(Path dir, String name) {
            String key = dir.toAbsolutePath() + "/" + name;
            String schema = "t_" + HexFormat.of().formatHex(sha1(key)).substring(0, 24);
            return new LibraryLocation.Shared(new PostgresUrl(server.user(), server.password(), server.host(),
                    server.port(), server.database(), schema));
        }

        @Override
        public String toString() {
            return "PostgreSQL";
        }
    }

    private static byte[] sha1(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain connection to the test server (as the test's own second client), for what a test does behind the app. */
    public static Connection connect(PostgresUrl url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", url.user());
        url.passwordGiven().ifPresent(pw -> p.setProperty("password", pw));
        if (url.schema() != null) {
            p.setProperty("currentSchema", url.schema());
        }
        return DriverManager.getConnection("jdbc:postgresql://" + url.host() + ":" + url.port() + "/" + url.database(), p);
    }

    /** Runs one SQL command on the test server. */
    public static void execute(PostgresUrl url, String sql) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
