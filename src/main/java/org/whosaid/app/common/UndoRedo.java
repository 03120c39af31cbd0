package org.whosaid.app.common;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.whosaid.service.EditConflict;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.EditHistory;

/**
 * The app's one undo history, observable: every saved edit of the Library and the Reader is recorded here, and
 * {@link #revisionProperty()} ticks after each record, undo and redo so that views reload what changed. Screens that
 * record into the {@link EditHistory} themselves are caught up with by {@link #sync()}.
 */
public final class UndoRedo {
    private final EditHistory history = new EditHistory();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper lastMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("Redo");
    private List<Object> lastState = state();

    /**
     * The history itself, for screens built around {@link EditHistory}; edits they record there are undone by
     * Ctrl+Z like any other, and {@link #changedElsewhere} tells the other screens to reload.
     */
    public EditHistory history() {
        return history;
    }

    /**
     * Catches up with edits recorded straight into {@link #history()}: when the history changed since this object
     * last looked, the state is refreshed and {@link #revisionProperty()} ticks so that every screen reloads.
     */
    public void sync() {
        if (!state().equals(lastState)) {
            changed(history.nextUndo().map(d -> "Saved: " + d + " (Ctrl+Z to undo)").orElse(""));
        }
    }

    private List<Object> state() {
        return List.of(history.canUndo(), history.nextUndo().orElse(""), history.canRedo(),
                history.nextRedo().orElse(""));
    }

    public void record(Edit edit) {
        history.record(edit);
        changed("Saved: " + edit.description() + " (Ctrl+Z to undo)");
    }

    /**
     * Undoes the last edit. When a colleague changed the statement since, nothing is undone: the message says who
     * and when, the edit stays undoable, and the screens reload to show their version.
     */
    public Optional<Edit> undo() {
        sync();
        try {
            Optional<Edit> edit = history.undo();
            edit.ifPresent(e -> changed("Undone: " + e.description()));
            return edit;
        } catch (EditConflict e) {
            changed(e.getMessage());
            return Optional.empty();
        }
    }

    /** Redoes the last undone edit; refused as {@link #undo} is when a colleague changed the statement since. */
    public Optional<Edit> redo() {
        sync();
        try {
            Optional<Edit> edit = history.redo();
            edit.ifPresent(e -> changed("Redone: " + e.description()));
            return edit;
        } catch (EditConflict e) {
            changed(e.getMessage());
            return Optional.empty();
        }
    }

    private void changed(String message) {
        lastState = state();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.nextUndo().map(d -> "Undo " + d).orElse("Undo"));
        redoLabel.set(history.nextRedo().map(d -> "Redo " + d).orElse("Redo"));
        lastMessage.set(message);
        revision.set(revision.get() + 1);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo change party", for the Edit menu. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** Ticks after every change to the database made through the history. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** What was last saved, undone or redone, for the status bar. */
    public ReadOnlyStringProperty lastMessageProperty() {
        return lastMessage.getReadOnlyProperty();
    }
}
