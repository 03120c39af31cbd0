package org.whosaid.store;

/** A database problem explained in plain words, naming the database file or server. */
public final class StoreException extends RuntimeException {
    /** What kind of problem it is, where the app acts on it. */
    public enum Kind { OTHER, DISK_FULL, CONNECTION_LOST, NEEDS_PASSWORD }

    private final Kind kind;

    public StoreException(String message) {
        this(message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, Kind.OTHER);
    }

    private StoreException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = kind;
    }

    /** The disk (or the file's size limit) is full: every further write would fail the same way. */
    static StoreException diskFull(String message, Throwable cause) {
        return new StoreException(message, cause, Kind.DISK_FULL);
    }

    /** The server cannot be reached: reading and writing resume when it is back. */
    static StoreException connectionLost(String message, Throwable cause) {
        return new StoreException(message, cause, Kind.CONNECTION_LOST);
    }

    /** The server wants a (different) password. */
    static StoreException needsPassword(String message, Throwable cause) {
        return new StoreException(message, cause, Kind.NEEDS_PASSWORD);
    }

    public boolean isDiskFull() {
        return kind == Kind.DISK_FULL;
    }

    public Kind kind() {
        return kind;
    }
}
