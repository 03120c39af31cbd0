package org.whosaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a shared library's schema up to date: the PostgreSQL twins ({@code migrations/postgresql/}) of the numbered
 * SQLite scripts of {@link Migrations}, keyed on the one row of table {@code whosaid_schema}. All of it runs in one
 * transaction under an advisory lock, so two coders opening a new library at once never migrate it twice.
 */
final class PostgresMigrations {
    /** Serialises migrations of one database: "WhoS", as SQLite's application id. */
    private static final long LOCK = Database.APPLICATION_ID;

    private PostgresMigrations() {
    }

    static void apply(Connection c, PostgresUrl url, int target) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            int current = version(s, url);
            if (current > Migrations.latestVersion()) {
                throw new StoreException(url + ": was written by a newer WhoSaid (schema " + current
                        + ", this version knows up to " + Migrations.latestVersion() + "); it was left untouched");
            }
            for (int version = current + 1; version <= target; version++) {
                s.execute(load(Migrations.SCRIPTS.get(version - 1)));
                s.execute("UPDATE whosaid_schema SET version = " + version);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The schema's version, 0 for an empty schema (then given its version table); another program's tables are refused. */
    private static int version(Statement s, PostgresUrl url) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
                ORDER BY table_name""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (tables.contains("whosaid_schema")) {
            try (ResultSet rs = s.executeQuery("SELECT version FROM whosaid_schema")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        if (!tables.isEmpty()) {
            throw new StoreException(url + ": holds another program's tables ("
                    + String.join(", ", tables.subList(0, Math.min(5, tables.size())))
                    + "), not a WhoSaid library; it was left untouched (give WhoSaid a database or ?schema= of its own)");
        }
        s.execute("CREATE TABLE whosaid_schema (version INTEGER NOT NULL)");
        s.execute("INSERT INTO whosaid_schema (version) VALUES (0)");
        return 0;
    }

    static String load(String name) {
        try (InputStream in = PostgresMigrations.class.getResourceAsStream("migrations/postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing PostgreSQL migration " + name
                        + " (each SQLite migration needs its twin in migrations/postgresql/)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read PostgreSQL migration " + name, e);
        }
    }
}
