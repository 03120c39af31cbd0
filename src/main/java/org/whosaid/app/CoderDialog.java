package org.whosaid.app;

import java.util.Optional;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the coder's name: on first start, and from File → Coder name. Every edit is saved with it. */
final class CoderDialog {
    private CoderDialog() {
    }

    /** The name typed, stripped; empty when the user cancelled or left it blank. */
    static Optional<String> ask(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.setTitle("Coder name");
        dialog.setHeaderText("Your name as a coder");
        dialog.setContentText("Name:");
        dialog.getDialogPane().setId("coder-dialog");
        dialog.getDialogPane().setExpandableContent(null);
        dialog.setGraphic(null);
        dialog.getDialogPane().setContentText(null);
        javafx.scene.control.Label why = new javafx.scene.control.Label("Every edit you make is saved with this name,"
                + " so that colleagues sharing a library see who changed what.");
        why.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, why, dialog.getEditor());
        box.setPrefWidth(380);
        dialog.getDialogPane().setContent(box);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
