package org.whosaid.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a shared library lives: {@code postgresql://user@host:port/database}, optionally {@code ?schema=name} for a
 * library in a schema of its own (several libraries, or tests, in one database). A password in the URL is accepted
 * but never shown; without one the driver reads the standard PostgreSQL password file ({@code ~/.pgpass} or
 * {@code $PGPASSFILE}), and the app asks.
 */
public record PostgresUrl(String user, String password, String host, int port, String database, String schema) {
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** True for a {@code postgresql://} or {@code postgres://} location. */
    public static boolean looksLike(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /** @throws IllegalArgumentException naming the location and what is wrong with it */
    public static PostgresUrl parse(String location) {
        String trimmed = location.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(safe(trimmed) + ": is not a valid PostgreSQL URL (" + e.getReason() + ")");
        }
        if (!looksLike(trimmed) || uri.getHost() == null) {
            throw new IllegalArgumentException(safe(trimmed)
                    + ": is not a PostgreSQL URL; write postgresql://user@host:5432/database");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("/")) {
            throw new IllegalArgumentException(safe(trimmed) + ": names no database; write postgresql://user@host:5432/database");
        }
        String user = System.getProperty("user.name");
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String schema = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("schema") && kv.length == 2 && NAME.matcher(decode(kv[1])).matches()) {
                    schema = decode(kv[1]);
                } else {
                    throw new IllegalArgumentException(safe(trimmed) + ": the only option is schema=NAME (lower-case letters, digits, _), not "
                            + decode(pair));
                }
            }
        }
        return new PostgresUrl(user, password, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), decode(path),
                schema);
    }

    /** This URL with another password (one the user typed), or none. */
    public PostgresUrl withPassword(String newPassword) {
        return new PostgresUrl(user, newPassword, host, port, database, schema);
    }

    /** This URL with the library in schema {@code name} (lower-case letters, digits, _) of the same database. */
    public PostgresUrl inSchema(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a schema name is lower-case letters, digits and _, not " + name);
        }
        return new PostgresUrl(user, password, host, port, database, name);
    }

    public Optional<String> passwordGiven() {
        return Optional.ofNullable(password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The URL as shown to the user: never with the password. */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + database + (schema == null ? "" : "?schema=" + schema);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String safe(String location) {
        return location.replaceFirst("(://[^:/@]*):[^@/]*@", "$1:***@");
    }
}
