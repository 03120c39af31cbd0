package org.whosaid.store;

/** A database problem explained in plain words, naming the database file. */
public final class StoreException extends RuntimeException {
    private final boolean diskFull;

    public StoreException(String message) {
        this(message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /** The disk (or the file's size limit) is full: every further write would fail the same way. */
    static StoreException diskFull(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    public boolean isDiskFull() {
        return diskFull;
    }
}
