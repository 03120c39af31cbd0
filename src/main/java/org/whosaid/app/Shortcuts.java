package org.whosaid.app;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

/** Every keyboard shortcut of the app, as the help dialog lists them. */
public final class Shortcuts {
    /** One shortcut: the keys and what they do, with the screen it works in. */
    public record Shortcut(String keys, String action, String where) {
    }

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+O", "Import files or a folder", "everywhere"),
            new Shortcut("Ctrl+Shift+O", "Import a folder", "everywhere"),
            new Shortcut("Ctrl+U", "Import from a URL", "everywhere"),
            new Shortcut("Ctrl+E", "Export the selected articles, or the whole library", "everywhere"),
            new Shortcut("Ctrl+Z", "Undo the last edit", "everywhere"),
            new Shortcut("Ctrl+Shift+Z / Ctrl+Y", "Redo", "everywhere"),
            new Shortcut("Ctrl+F", "Search the library", "everywhere"),
            new Shortcut("Ctrl+1 \u2026 Ctrl+6", "Library, Reader, Compare, Sources, Audit, Agreement", "everywhere"),
            new Shortcut("Ctrl+Shift+L", "Switch light / dark theme", "everywhere"),
            new Shortcut("F5", "Refresh (see what another WhoSaid added)", "everywhere"),
            new Shortcut("F1", "This list", "everywhere"),
            new Shortcut("Ctrl+Q", "Quit", "everywhere"),
            new Shortcut("Enter / double-click", "Open the article in the Reader", "Library"),
            new Shortcut("Delete", "Delete the article (asks first; undoable)", "Library"),
            new Shortcut("J / Alt+Down", "Next statement", "Reader"),
            new Shortcut("K / Alt+Up", "Previous statement", "Reader"),
            new Shortcut("1 \u2026 5", "Set the party (asks: this statement or all of its source)", "Reader"),
            new Shortcut("D", "Toggle asserts / denies", "Reader"),
            new Shortcut("A", "Make the selected text a new statement", "Reader"),
            new Shortcut("R", "Reject / restore the statement", "Reader"));

    private Shortcuts() {
    }

    public static void showDialog(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (Shortcut shortcut : ALL) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-key");
            Label where = new Label(shortcut.where());
            where.getStyleClass().add(Styles.TEXT_MUTED);
            Label action = new Label(shortcut.action());
            for (Label label : List.of(keys, action, where)) {
                // Full text in every column: the dialog grows rather than cutting "everywhere" to "ever...".
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.addRow(row++, keys, action, where);
        }
        Alert dialog = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(430);
        scroll.setMinViewportWidth(560);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(scroll);
        dialog.initOwner(owner);
        dialog.show();
    }
}
