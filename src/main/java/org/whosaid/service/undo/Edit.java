package org.whosaid.service.undo;

/** A change already saved to the database that can be taken back and made again. */
public interface Edit {
    /** A few words for a menu: "change party", "merge sources". */
    String description();

    void undo();

    void redo();
}
