package org.whosaid.app.reader;

import java.util.List;

import org.whosaid.service.undo.Edit;

/** Several saved edits that the user made as one action: undone in reverse order, redone in order. */
record CompoundEdit(String description, List<Edit> parts) implements Edit {
    static CompoundEdit of(String description, Edit... parts) {
        return new CompoundEdit(description, List.of(parts));
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public void redo() {
        parts.forEach(Edit::redo);
    }
}
