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
}
