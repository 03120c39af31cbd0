package org.whosaid.store;

import java.sql.Statement;

/** Test access to a database's connection, for conditions a test cannot make otherwise (a full disk). */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** Lets the file grow to {@code pages} pages only: past them every write fails with SQLITE_FULL, as on a full disk. */
    public static void limitPages(Database database, int pages) {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    /**
     * Makes storing any statement whose text contains {@code word} fail (on SQLite a trigger of this connection only,
     * gone when it closes; on PostgreSQL one of the test's own schema), as a constraint the store did not foresee would.
     */
    public static void refuseStatementsContaining(Database database, String word) {
        database.read(c -> {
            try (Statement s = c.createStatement()) {
                if (database.dialect() == Dialect.POSTGRESQL) {
                    s.execute("CREATE FUNCTION refuse_" + word + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                            + " IF strpos(NEW.text, '" + word + "') > 0 THEN RAISE EXCEPTION 'refused " + word
                            + "'; END IF; RETURN NEW; END $$");
                    s.execute("CREATE TRIGGER refuse_" + word + " BEFORE INSERT ON statement FOR EACH ROW"
                            + " EXECUTE FUNCTION refuse_" + word + "()");
                    return null;
                }
                s.execute("CREATE TEMP TRIGGER refuse_" + word + " BEFORE INSERT ON main.statement"
                        + " WHEN instr(NEW.text, '" + word + "') > 0 BEGIN SELECT RAISE(ABORT, 'refused " + word
                        + "'); END");
            }
            return null;
        });
    }

    /** The server process serving a shared library's connection, so that a test can end it as a failing server would. */
    public static int backendPid(Database database) {
        return database.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
