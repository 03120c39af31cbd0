package org.whosaid.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run by {@link Database} on its connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
