package org.whosaid.app;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for the coder's name: on first start, and from File → Coder name. Every edit is saved with it. */
final class CoderDialog {
    private CoderDialog() {
    }

    /**
     * Shows the question without waiting for it (so that a first start never blocks the window); {@code chosen} gets
     * the name typed, stripped, unless the user cancelled or left it blank.
     */
    static void show(Window owner, String current, Consumer<String> chosen) {
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
        dialog.setOnHidden(event -> Optional.ofNullable(dialog.getResult()).map(String::strip)
                .filter(name -> !name.isEmpty()).ifPresent(chosen));
        dialog.show();
    }
}
