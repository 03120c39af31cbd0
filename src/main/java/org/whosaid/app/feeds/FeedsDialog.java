package org.whosaid.app.feeds;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.whosaid.model.Feed;

/** File → Feeds…: subscribe to RSS and Atom feeds, unsubscribe, and update them with progress and cancel. */
public final class FeedsDialog {
    private FeedsDialog() {
    }

    public static Dialog<Void> show(Window owner, FeedsViewModel model) {
        ListView<Feed> list = new ListView<>(model.feeds());
        list.setId("feeds-list");
        list.setPrefHeight(180);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Feed feed, boolean empty) {
                super.updateItem(feed, empty);
                setText(empty || feed == null ? null : (feed.title() == null ? "(untitled)" : feed.title()) + " \u2014 "
                        + feed.url() + (feed.error() == null ? "" : "  [last update failed: " + feed.error() + "]"));
            }
        });
        TextField address = new TextField();
        address.setId("feeds-address");
        address.setPromptText("https://example.org/rss.xml");
        address.textProperty().bindBidirectional(model.addressProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        Button add = new Button("Subscribe");
        add.setId("feeds-add");
        add.setOnAction(e -> model.add());
        address.setOnAction(e -> model.add());
        Button remove = new Button("Unsubscribe");
        remove.setId("feeds-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.runningProperty()));
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        Button updateAll = new Button("Update all");
        updateAll.setId("feeds-update");
        updateAll.setOnAction(e -> model.update(null));
        Button updateOne = new Button("Update selected");
        updateOne.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.runningProperty()));
        updateOne.setOnAction(e -> model.update(list.getSelectionModel().getSelectedItem()));
        Button cancel = new Button("Cancel");
        cancel.setId("feeds-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        add.disableProperty().bind(model.runningProperty());
        updateAll.disableProperty().bind(model.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.setId("feeds-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        TextArea report = new TextArea();
        report.setId("feeds-report");
        report.setEditable(false);
        report.setPrefRowCount(8);
        report.textProperty().bind(model.reportProperty());
        VBox content = new VBox(8, new HBox(8, address, add), list, new HBox(8, updateAll, updateOne, remove, cancel),
                bar, status, report);
        content.setPadding(new Insets(8));
        content.setPrefWidth(640);

        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Feeds");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnHidden(e -> model.cancel());
        dialog.initOwner(owner);
        model.refresh();
        dialog.show();
        return dialog;
    }
}
