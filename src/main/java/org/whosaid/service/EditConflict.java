package org.whosaid.service;

/**
 * An edit that was not saved because someone else changed the statement (or removed it) after it was read; the
 * message names who and when, and the screens reload to show the statement as it is now.
 */
public final class EditConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long statementId;

    EditConflict(long statementId, String message, Throwable cause) {
        super(message, cause);
        this.statementId = statementId;
    }

    public long statementId() {
        return statementId;
    }
}
