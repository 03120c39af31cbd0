package org.whosaid.app.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The Parties pane beside Compare: the library's parties with their colours and sides; add one, rename, recolour,
 * merge the selected into another, and group the selected into a side (one Compare column). All undoable.
 */
final class PartiesPane {
    private final PartiesViewModel model;
    private final VBox root = new VBox(6);
    private final ListView<PartiesViewModel.Row> list = new ListView<>();

    PartiesPane(PartiesViewModel model) {
        this.model = model;
        build();
    }

    Node view() {
        return root;
    }

    private void build() {
        list.setId("party-list");
        list.setItems(model.rows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PartiesViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Region swatch = new Region();
                swatch.setMinSize(12, 12);
                swatch.setStyle("-fx-background-color: " + item.colour() + "; -fx-background-radius: 2;");
                setGraphic(swatch);
                setText(item.toString());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("party-name");
        name.setPromptText("Party name");
        Button add = new Button("Add");
        add.setId("party-add");
        add.setOnAction(e -> {
            if (model.add(name.getText())) {
                name.clear();
            }
        });
        Button rename = new Button("Rename");
        rename.setId("party-rename");
        rename.setOnAction(e -> one().ifPresent(r -> model.rename(r.name(), name.getText())));
        Button merge = new Button("Merge into");
        merge.setId("party-merge");
        merge.setOnAction(e -> one().ifPresent(r -> model.merge(r.name(), name.getText())));

        ColorPicker colour = new ColorPicker();
        colour.setId("party-colour");
        colour.setOnAction(e -> one().ifPresent(r -> model.recolour(r.name(), hex(colour.getValue()))));

        TextField side = new TextField();
        side.setId("party-side");
        side.setPromptText("Side (blank: none)");
        Button group = new Button("Group into side");
        group.setId("party-group");
        group.setOnAction(e -> model.group(selectedNames(), side.getText()));

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label title = new Label("Parties");
        title.setStyle("-fx-font-weight: bold;");
        Label help = new Label("Type a name to add a party, or to rename the selected one or merge it into that name.");
        help.setWrapText(true);
        root.getChildren().addAll(title, list, name, new HBox(4, add, rename, merge), colour, help,
                new HBox(4, side, group), message);
        root.setPadding(new Insets(8));
        root.setPrefWidth(260);
    }

    private java.util.Optional<PartiesViewModel.Row> one() {
        List<PartiesViewModel.Row> selected = list.getSelectionModel().getSelectedItems();
        return selected.size() == 1 ? java.util.Optional.of(selected.get(0)) : java.util.Optional.empty();
    }

    private List<String> selectedNames() {
        return List.copyOf(list.getSelectionModel().getSelectedItems()).stream().map(PartiesViewModel.Row::name).toList();
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
