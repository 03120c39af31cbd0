package org.whosaid.service.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo stacks of saved edits. Not thread-safe: used from one thread (the UI's). */
public final class EditHistory {
    private static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    /** Records an edit that was just made; clears what could be redone. */
    public void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    public Optional<Edit> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        // Taken off the stack only once done: an undo refused (a colleague changed the row since) stays undoable.
        Edit edit = undo.peek();
        edit.undo();
        undo.pop();
        redo.push(edit);
        return Optional.of(edit);
    }

    public Optional<Edit> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redo.peek();
        edit.redo();
        redo.pop();
        undo.push(edit);
        return Optional.of(edit);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> nextUndo() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public Optional<String> nextRedo() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }
}
