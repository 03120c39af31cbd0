package org.whosaid.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens, on a connection of its own, for the changes other WhoSaid processes commit to a shared library
 * (PostgreSQL's LISTEN/NOTIFY: every write transaction notifies the library's channel when it commits) and tells
 * {@code onChange}, so that what others change appears without a restart. Its own process's changes are ignored.
 * When the connection breaks it tries again every few seconds, and tells {@code onChange} once it is back, as
 * changes made meanwhile were not heard.
 */
final class ChangeListener implements AutoCloseable {
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;

    private final PostgresUrl url;
    private final String channel;
    private final String self;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    ChangeListener(PostgresUrl url, String channel, String self, Runnable onChange) {
        this.url = url;
        this.channel = channel;
        this.self = self;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "whosaid-listen " + channel);
        thread.setDaemon(true);
    }

    /** Starts listening; returns once the first connection listens (or failed to), so no change is missed. */
    ChangeListener start() {
        connection = listen();
        thread.start();
        return this;
    }

    private Connection listen() {
        try {
            Connection c = PostgresConnections.connect(url);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN \"" + channel + "\"");
            }
            return c;
        } catch (StoreException | SQLException e) {
            return null;
        }
    }

    private void run() {
        while (!closed) {
            Connection c = connection;
            if (c == null) {
                sleep(RETRY_MILLIS);
                connection = listen();
                if (connection != null && !closed) {
                    onChange.run();
                }
                continue;
            }
            try {
                PGNotification[] notifications = c.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                boolean others = false;
                if (notifications != null) {
                    for (PGNotification n : notifications) {
                        others |= !self.equals(n.getParameter());
                    }
                }
                if (others && !closed) {
                    onChange.run();
                }
            } catch (SQLException e) {
                closeQuietly(c);
                connection = null;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already broken: nothing left to release
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            closeQuietly(c);
        }
    }
}
