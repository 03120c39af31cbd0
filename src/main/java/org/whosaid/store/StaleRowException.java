package org.whosaid.store;

import java.util.Optional;

import org.whosaid.model.EditStamp;

/**
 * An edit refused because the row changed after the editor read it (its version moved on) or is gone: nothing of
 * the edit was stored. Carries who changed the row last, when anybody did, so that the editor can be told.
 */
public final class StaleRowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final transient EditStamp lastEdit;
    private final boolean gone;

    StaleRowException(String table, long id, EditStamp lastEdit, boolean gone) {
        super(table + " " + id + (gone ? " no longer exists" : " was changed since it was read"
                + (lastEdit == null ? "" : " (by " + lastEdit.coder() + " at " + lastEdit.at() + ")")));
        this.id = id;
        this.lastEdit = lastEdit;
        this.gone = gone;
    }

    public long id() {
        return id;
    }

    /** The last person's edit of the row; empty when the change was not a person's (re-analysis, a merge). */
    public Optional<EditStamp> lastEdit() {
        return Optional.ofNullable(lastEdit);
    }

    /** The row was deleted (by another coder, or by re-analysis of a statement nobody had corrected). */
    public boolean gone() {
        return gone;
    }
}
