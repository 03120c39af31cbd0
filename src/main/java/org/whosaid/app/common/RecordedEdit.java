package org.whosaid.app.common;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.StringProperty;

import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.EditHistory;

/** Makes an edit, records it for undo, and says in a message what happened or why it was refused. */
public final class RecordedEdit {
    private RecordedEdit() {
    }

    /** @return whether the edit was made; a refused edit ({@link IllegalArgumentException}) only sets the message */
    public static boolean perform(Supplier<Edit> action, EditHistory history, StringProperty message,
                                  Runnable refresh) {
        try {
            Edit edit = action.get();
            history.record(edit);
            message.set("Done: " + edit.description() + " (undo with Ctrl+Z)");
            refresh.run();
            return true;
        } catch (IllegalArgumentException e) {
            message.set(Objects.requireNonNullElse(e.getMessage(), e.toString()));
            return false;
        }
    }
}
