package org.whosaid.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Connecting to a PostgreSQL server and saying in plain words what went wrong with it. */
final class PostgresConnections {
    private PostgresConnections() {
    }

    static Connection connect(PostgresUrl url) {
        Properties properties = new Properties();
        properties.setProperty("user", url.user());
        // Without a password the driver reads the standard password file (~/.pgpass or $PGPASSFILE) itself.
        url.passwordGiven().ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "WhoSaid");
        properties.setProperty("connectTimeout", "10");
        // A server that stops answering (cable pulled) is noticed instead of hanging the app.
        properties.setProperty("tcpKeepAlive", "true");
        if (url.schema() != null) {
            properties.setProperty("currentSchema", url.schema());
        }
        try {
            Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
            if (url.schema() != null) {
                try (var s = connection.createStatement()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + url.schema());
                }
            }
            return connection;
        } catch (SQLException e) {
            throw explain(url, e);
        }
    }

    /** A problem of the server or connection, as the user can act on it. */
    static StoreException explain(PostgresUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return StoreException.connectionLost(url + ": the connection to the server was lost or refused (" + message
                    + "); nothing half-written was kept", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return StoreException.needsPassword(url + ": the server refused the login (" + message + ")", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(url + ": the server has no such database (" + message + ")", e);
        }
        if (state.equals("22021") && message.contains("0x00")) {
            return new StoreException(url + ": text with a NUL character (\\u0000) cannot be stored on PostgreSQL;"
                    + " nothing was saved", e);
        }
        if (state.equals("53100")) {
            return StoreException.diskFull(url + ": the server's disk is full; the change was not saved", e);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return new StoreException(url + ": another coder's change collided with this one; try again", e);
        }
        return new StoreException(url + ": " + message, e);
    }
}
