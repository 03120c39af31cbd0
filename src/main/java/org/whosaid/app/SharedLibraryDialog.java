package org.whosaid.app;

import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.whosaid.service.DatabaseLocation;

/**
 * File → Open shared library…: asks for a library on a PostgreSQL server by its URL; and, when the server wants a
 * password the standard password file (~/.pgpass) does not give, asks for it once. The password is kept in memory
 * for the session only, never written to settings.json.
 */
final class SharedLibraryDialog {
    private SharedLibraryDialog() {
    }

    /** The URL typed ({@code postgresql://user@host:5432/database}), unless cancelled. */
    static Optional<String> askUrl(Window owner, String suggestion) {
        TextField url = new TextField(suggestion);
        url.setId("shared-url");
        url.setPromptText("postgresql://user@host:5432/database");
        Label why = new Label("A library on a PostgreSQL server, shared with your colleagues: each edit is saved with"
                + " your coder name, and what others change appears here as they save it.");
        why.setWrapText(true);
        Dialog<String> dialog = dialog(owner, "Open shared library", "A shared library on a PostgreSQL server",
                new VBox(8, why, url), "shared-library-dialog");
        dialog.setResultConverter(button -> button == ButtonType.OK ? url.getText().strip() : null);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !DatabaseLocation.isShared(url.getText()), url.textProperty()));
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    /** The password typed for {@code url} after the server refused the login ({@code reason}), unless cancelled. */
    static Optional<String> askPassword(Window owner, String url, String reason) {
        PasswordField password = new PasswordField();
        password.setId("shared-password");
        Label why = new Label(reason + "\nIt is kept only while WhoSaid runs. To be asked no more, put it in your"
                + " PostgreSQL password file (~/.pgpass).");
        why.setWrapText(true);
        Dialog<String> dialog = dialog(owner, "Password", "Password for " + url, new VBox(8, why, password),
                "shared-password-dialog");
        dialog.setResultConverter(button -> button == ButtonType.OK ? password.getText() : null);
        return dialog.showAndWait();
    }

    private static Dialog<String> dialog(Window owner, String title, String header, VBox content, String id) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
