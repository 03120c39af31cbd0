package org.whosaid.service.undo;

import java.util.List;

/** Several saved edits as one step: undone last first, redone in order. */
public record CompoundEdit(String description, List<Edit> steps) implements Edit {
    public CompoundEdit {
        steps = List.copyOf(steps);
    }

    @Override
    public void undo() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo();
        }
    }

    @Override
    public void redo() {
        steps.forEach(Edit::redo);
    }
}
