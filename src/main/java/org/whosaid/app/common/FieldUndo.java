package org.whosaid.app.common;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * Ctrl+Z in a text field: the field's own typing is undone first, and only a field with nothing to undo lets the
 * library's edits be undone. A tracked field knows its saved value; undoing its typing puts that value back.
 */
public final class FieldUndo {
    private static final String SAVED = "whosaid.saved-value";

    private FieldUndo() {
    }

    /** Marks a field whose text is saved to the library; {@code saved} gives the value stored now. */
    public static void track(TextInputControl field, Supplier<String> saved) {
        field.getProperties().put(SAVED, saved);
    }

    /** @return whether the focused node had typing to undo (and it was undone) */
    public static boolean undoTyping(Node focused) {
        if (!(focused instanceof TextInputControl field) || !field.isEditable()) {
            return false;
        }
        Object saved = field.getProperties().get(SAVED);
        if (saved instanceof Supplier<?> supplier) {
            String value = supplier.get() == null ? "" : supplier.get().toString();
            String text = field.getText() == null ? "" : field.getText();
            if (value.equals(text)) {
                return false;
            }
            if (field instanceof SuggestingField suggesting) {
                suggesting.revert();
            } else {
                field.setText(value);
                field.end();
            }
            return true;
        }
        if (field.isUndoable()) {
            field.undo();
            return true;
        }
        return false;
    }
}
