package org.whosaid.app.agreement;

import java.io.File;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.whosaid.app.common.LoadingIndicator;
import org.whosaid.app.common.Screen;
import org.whosaid.service.AgreementFiles;

/**
 * The Agreement screen: the coders to compare (their Web Annotation exports, or coders who coded in this library),
 * the figures (span F1, Cohen's kappa and
 * Krippendorff's alpha on kind, party and stance), and the disagreements, each opened in the Reader (double click)
 * or settled by keeping one coder's coding, or as edited in the Reader.
 */
public final class AgreementView implements Screen {
    private final AgreementViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<AgreementViewModel.Row> table = new TableView<>();
    private final HBox keepButtons = new HBox(6);

    public AgreementView(AgreementViewModel model) {
        this.model = model;
        build();
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    public AgreementViewModel model() {
        return model;
    }

    private void build() {
        root.setId("agreement");
        root.setPadding(new Insets(12));
        root.setTop(top());
        root.setCenter(disagreements());
        Label message = new Label();
        message.setId("agreement-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 0, 0, 0));
        root.setBottom(new HBox(8, message, LoadingIndicator.of(model.loadingProperty(), "agreement-loading")));
    }

    private Node top() {
        Label title = new Label("Agreement between coders");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        ListView<AgreementFiles.CoderFile> files = new ListView<>(model.files());
        files.setId("agreement-files");
        files.setPrefHeight(76);
        files.setPlaceholder(new Label("Add each coder's export (File \u2192 Export\u2026 as Web Annotations)."));
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AgreementFiles.CoderFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.file().getFileName() + "   " + item.file().getParent());
            }
        });
        HBox.setHgrow(files, Priority.ALWAYS);
        Button add = new Button("Add coder\u2019s export\u2026");
        add.setId("agreement-add");
        add.setOnAction(e -> chooseFiles());
        Button remove = new Button("Remove");
        remove.setId("agreement-remove");
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeFile(files.getSelectionModel().getSelectedItem()));
        Button compare = new Button("Compare");
        compare.setId("agreement-compare");
        compare.setDefaultButton(true);
        compare.setOnAction(e -> model.compare());
        VBox buttons = new VBox(6, add, remove, compare);
        buttons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));

        ListView<String> coders = new ListView<>(model.libraryCoders());
        coders.setId("agreement-library-coders");
        // as tall as the exports beside it with their three buttons, so that a few names show without a scroll bar
        coders.setPrefHeight(112);
        coders.setPrefWidth(220);
        coders.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        coders.setPlaceholder(new Label("Nobody has coded in this library yet."));
        Button compareCoders = new Button("Compare coders");
        compareCoders.setId("agreement-compare-library");
        compareCoders.setMaxWidth(Double.MAX_VALUE);
        compareCoders.disableProperty().bind(Bindings.size(coders.getSelectionModel().getSelectedItems()).lessThan(2));
        compareCoders.setOnAction(e -> model.compareLibrary(List.copyOf(coders.getSelectionModel().getSelectedItems())));
        VBox library = new VBox(4, new Label("Coders in this library (pick two or more)"),
                new HBox(8, coders, new VBox(6, compareCoders)));
        VBox exports = new VBox(4, new Label("Coders\u2019 exports"), new HBox(8, files, buttons));
        HBox.setHgrow(exports, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId("agreement-summary");
        summary.textProperty().bind(model.summaryProperty());
        TableView<AgreementViewModel.Figure> figures = new TableView<>(model.figures());
        figures.setId("agreement-figures");
        figures.getColumns().add(column("Field", AgreementViewModel.Figure::field, 90));
        figures.getColumns().add(column("Cohen\u2019s kappa", AgreementViewModel.Figure::kappa, 260));
        figures.getColumns().add(column("Krippendorff\u2019s alpha", AgreementViewModel.Figure::alpha, 170));
        // a header and the three fields, no scroll bar
        figures.setFixedCellSize(30);
        figures.setPrefHeight(30 * 3 + 46);
        figures.setMinHeight(30 * 3 + 46);
        figures.setPlaceholder(new Label("Compare two exports or more to see the figures."));
        figures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox top = new VBox(8, title, new HBox(16, exports, library), summary, figures);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Node disagreements() {
        table.setId("agreement-disagreements");
        table.setItems(model.disagreements());
        table.setPlaceholder(new Label("No disagreements to show."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<AgreementViewModel.Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        model.coders().addListener((ListChangeListener<String>) change -> columns());
        columns();
        Button open = new Button("Open in Reader");
        open.setId("agreement-open");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        Button asEdited = new Button("Settle as edited");
        asEdited.setId("agreement-settle-edited");
        asEdited.setTooltip(new javafx.scene.control.Tooltip(
                "Keep the statement as it now stands, after editing it in the Reader"));
        asEdited.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        asEdited.setOnAction(e -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (model.settleAsEdited(table.getSelectionModel().getSelectedItem()) && index >= 0) {
                table.getSelectionModel().select(index);
            }
        });
        Label settle = new Label("Settle:");
        HBox actions = new HBox(8, settle, keepButtons, asEdited, open);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6, 0, 0, 0));
        VBox box = new VBox(new Label("Disagreements (double click opens the statement in the Reader)"), table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setSpacing(4);
        return box;
    }

    /** One column and one "keep" button per coder, made again when another set of coders is compared. */
    private void columns() {
        List<String> coders = model.coders();
        table.getColumns().setAll(List.of(
                column("#", r -> Integer.toString(r.number()), 40),
                column("Article", AgreementViewModel.Row::article, 120),
                column("Statement", AgreementViewModel.Row::text, 280),
                column("Differs in", AgreementViewModel.Row::what, 170)));
        keepButtons.getChildren().clear();
        for (int i = 0; i < coders.size(); i++) {
            int coder = i;
            table.getColumns().add(column(coders.get(i), r -> r.codings().get(coder), 250));
            Button keep = new Button("Keep " + coders.get(i) + "\u2019s");
            keep.setId("agreement-keep-" + i);
            keep.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            keep.setOnAction(e -> {
                int index = table.getSelectionModel().getSelectedIndex();
                if (model.settle(table.getSelectionModel().getSelectedItem(), coder) && index >= 0) {
                    table.getSelectionModel().select(index);
                }
            });
            keepButtons.getChildren().add(keep);
        }
        table.getColumns().add(column("Settled", AgreementViewModel.Row::settled, 110));
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A coder's Web Annotation export");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Web Annotations (*.jsonld, *.json)", "*.jsonld", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (chosen != null) {
            chosen.forEach(f -> model.addFile(f.toPath()));
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 40));
        return column;
    }
}
