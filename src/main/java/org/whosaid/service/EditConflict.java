package org.whosaid.service;

/**
 * An edit that was not saved because someone else changed the statement or source (or removed it) after it was
 * read; the message names who and when, and the screens reload to show it as it is now.
 */
public final class EditConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long id;

    EditConflict(long id, String message, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    /** The id of the statement or source the edit was refused on. */
    public long id() {
        return id;
    }
}
