package org.whosaid.service.undo;

/** An {@link Edit} made of two actions. */
public record SimpleEdit(String description, Runnable undoAction, Runnable redoAction) implements Edit {
    @Override
    public void undo() {
        undoAction.run();
    }

    @Override
    public void redo() {
        redoAction.run();
    }
}
