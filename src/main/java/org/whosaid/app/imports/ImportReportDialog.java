package org.whosaid.app.imports;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import org.whosaid.service.ImportReport;

/** The summary after an import: imported, already there, failed with reasons, as text that can be copied. */
public final class ImportReportDialog {
    private ImportReportDialog() {
    }

    public static Alert show(Window owner, ImportReport report) {
        String text = ImportViewModel.reportText(report);
        TextArea area = new TextArea(text);
        area.setId("import-report");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(14, report.outcomes().size() + 3));
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        Alert dialog = new Alert(report.failures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                null, copy, ButtonType.OK);
        dialog.setTitle("Import finished");
        dialog.setHeaderText(report.summary());
        dialog.getDialogPane().setContent(area);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        });
        dialog.initOwner(owner);
        dialog.show();
        return dialog;
    }
}
