package org.whosaid.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database engine a library lives in. The schema and nearly all SQL are shared: the PostgreSQL schema supplies
 * SQLite's {@code group_concat} and {@code instr} and a case-insensitive collation named {@code nocase}, so only
 * full-text search, case-insensitive {@code LIKE}, transactions and the schema's version differ.
 */
public enum Dialect {
    /** An embedded SQLite file: one user's library, nothing to install. */
    SQLITE,
    /** A PostgreSQL server: a library shared by several coders. */
    POSTGRESQL;

    /** The dialect of an open connection, from its JDBC URL. */
    static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getURL().startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /**
     * {@code column LIKE ?} ignoring case as SQLite's {@code LIKE} does; PostgreSQL's {@code LIKE} is case-sensitive
     * and refuses the nondeterministic {@code nocase} collation, so the column is compared under the default one.
     */
    String likeIgnoringCase(String column) {
        return this == SQLITE ? column + " LIKE ?" : column + " COLLATE \"default\" ILIKE ?";
    }
}
