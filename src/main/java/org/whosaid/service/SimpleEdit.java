package org.whosaid.service;

/** An {@link Edit} made of two actions. */
record SimpleEdit(String description, Runnable undoAction, Runnable redoAction) implements Edit {
    @Override
    public void undo() {
        undoAction.run();
    }

    @Override
    public void redo() {
        redoAction.run();
    }
}
