package org.whosaid.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Brings a database's schema up to date: numbered SQL scripts, keyed on {@code PRAGMA user_version}. */
final class Migrations {
    /** Scripts in order; script i (1-based) moves the schema from version i-1 to i. */
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__library_indexes.sql",
            "V3__other_party_colour.sql", "V4__safety.sql", "V5__article_lookup_indexes.sql",
            "V6__feeds.sql", "V7__parties_and_sides.sql", "V8__coders.sql",
            "V9__coding.sql", "V10__scale.sql", "V11__checklist.sql", "V12__ranked_unsourced.sql", "V13__library_orders.sql",
            "V14__parties_on_demand.sql");

    /** The version whose script writes WhoSaid's application id; libraries below it are recognised by their tables. */
    static int markerVersion() {
        return SCRIPTS.indexOf("V4__safety.sql") + 1;
    }

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void apply(Connection connection, Path file) throws SQLException {
        apply(connection, file, latestVersion());
    }

    /** Migrates up to {@code target} only; tests use it to build a database as an older WhoSaid left it. */
    static void apply(Connection connection, Path file, int target) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException(file + ": was written by a newer WhoSaid (schema " + current
                    + ", this version knows up to " + latestVersion() + "); it was left untouched");
        }
        if (current == 0) {
            List<String> foreign = LibraryCheck.tables(connection);
            if (!foreign.isEmpty()) {
                throw new StoreException(file + ": is the SQLite database of another program (tables "
                        + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                        + "), not a WhoSaid library; it was left untouched");
            }
        }
        // Only after the version checks: switching to WAL rewrites the file header.
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
        for (int version = current + 1; version <= target; version++) {
            migrate(connection, version);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void migrate(Connection connection, int version) throws SQLException {
        List<String> statements = statements(load(SCRIPTS.get(version - 1)));
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            if (userVersion(connection) >= version) {
                // another process opening the same new file migrated it while this one waited for the lock
                connection.commit();
                return;
            }
            for (String sql : statements) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements; a trigger body runs to its {@code END;} line. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (current.toString().stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
