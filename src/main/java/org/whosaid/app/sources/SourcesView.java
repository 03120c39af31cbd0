package org.whosaid.app.sources;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.whosaid.app.common.Dates;
import org.whosaid.app.common.LoadingIndicator;
import org.whosaid.app.common.Screen;
import org.whosaid.model.Account;
import org.whosaid.model.Counts;
import org.whosaid.model.SourceStats;

/**
 * The Sources screen: a table of every source (kind, party, aliases, statements, articles) and, for the chosen
 * one, its ledger of statements across articles with the edits: rename, party, aliases, merge into another.
 */
public final class SourcesView implements Screen {
    private final SourcesViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<SourceStats> table = new TableView<>();
    private boolean updatingSelection;

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        build();
        refresh();
    }

    @Override
    public Node view() {
        return root;
    }

    public SourcesViewModel model() {
        return model;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private void build() {
        table.setId("sources-table");
        table.setItems(model.sources());
        model.nameScriptProperty().addListener((o, was, now) -> table.refresh());
        table.getColumns().add(column("Source", s -> model.shownName(s.source()), 190));
        TableColumn<SourceStats, String> kind = column("Kind", s -> s.source().kind().code(), 112);
        TableColumn<SourceStats, String> party = column("Party", s -> s.source().party() == null ? "" : s.source().party(), 130);
        // "organisation" and a country's name stay whole; the aliases column gives way first.
        kind.setMinWidth(112);
        party.setMinWidth(110);
        table.getColumns().add(kind);
        table.getColumns().add(party);
        table.getColumns().add(column("Aliases", s -> String.join(", ", s.source().aliases()), 130));
        table.setPlaceholder(new Label("No sources yet. Import articles (File \u2192 Import, Ctrl+O): the people and"
                + " bodies they quote appear here."));
        TableColumn<SourceStats, Number> statements = new TableColumn<>("Statements");
        statements.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().statements()));
        TableColumn<SourceStats, Number> articles = new TableColumn<>("Articles");
        articles.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().articles()));
        statements.setPrefWidth(108);
        articles.setPrefWidth(84);
        // Never narrower than their headers.
        statements.setMinWidth(108);
        articles.setMinWidth(84);
        table.getColumns().add(statements);
        table.getColumns().add(articles);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updatingSelection) {
                model.select(now == null ? null : now.source().id());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> syncSelection());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.deleteSource();
                e.consume();
            }
        });

        root.setCenter(new SplitPane(table, detail()));
        ((SplitPane) root.getCenter()).setDividerPositions(0.64);
        Label message = new Label();
        message.setId("sources-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(new javafx.scene.layout.HBox(8, message,
                LoadingIndicator.of(model.loadingProperty(), "sources-loading")));
    }

    /** A field that takes the room left by its buttons, which keep their full labels. */
    private static HBox row(javafx.scene.control.Control field, Button... buttons) {
        HBox row = new HBox(6, field);
        field.setMaxWidth(Double.MAX_VALUE);
        field.setMinWidth(80);
        HBox.setHgrow(field, Priority.ALWAYS);
        for (Button button : buttons) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.getChildren().add(button);
        }
        return row;
    }

    private static TableColumn<SourceStats, String> column(String title,
                                                           Function<SourceStats, String> value,
                                                           double width) {
        TableColumn<SourceStats, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        return column;
    }

    private Node detail() {
        Label name = new Label();
        name.setId("source-name");
        name.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SourceStats s = model.selectedProperty().get();
            return s == null ? "Choose a source" : model.shownName(s.source()) + "  \u00b7  "
                    + Counts.of(s.statements(), "statement") + " in " + Counts.of(s.articles(), "article");
        }, model.selectedProperty(), model.nameScriptProperty()));

        TextField newName = new TextField();
        newName.setPromptText("new name");
        Button rename = new Button("Rename");
        rename.setId("source-rename");
        rename.setOnAction(e -> {
            if (model.rename(newName.getText())) {
                newName.clear();
            }
        });

        Button delete = new Button("Delete source");
        delete.setId("source-delete");
        delete.setOnAction(e -> model.deleteSource());

        ComboBox<String> party = new ComboBox<>(model.parties());
        party.setId("source-party");
        party.setEditable(true);
        party.setPromptText("party");
        model.selectedProperty().addListener((obs, old, now) -> party.setValue(now == null ? null : now.source().party()));
        Button setParty = new Button("Set party");
        setParty.setOnAction(e -> model.setParty(party.getValue()));

        ListView<String> aliases = new ListView<>(model.aliases());
        aliases.setId("source-aliases");
        aliases.setPrefHeight(90);
        TextField alias = new TextField();
        alias.setPromptText("another name");
        Button addAlias = new Button("Add alias");
        addAlias.setOnAction(e -> {
            if (model.addAlias(alias.getText())) {
                alias.clear();
            }
        });
        Button removeAlias = new Button("Remove alias");
        removeAlias.disableProperty().bind(aliases.getSelectionModel().selectedItemProperty().isNull());
        removeAlias.setOnAction(e -> model.removeAlias(aliases.getSelectionModel().getSelectedItem()));

        ComboBox<SourceStats> target = new ComboBox<>(model.sources());
        target.setId("source-merge-target");
        target.setPromptText("merge into\u2026");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(SourceStats s) {
                return s == null ? "" : model.shownName(s.source());
            }

            @Override
            public SourceStats fromString(String text) {
                return null;
            }
        });
        Button merge = new Button("Merge");
        merge.setId("source-merge");
        merge.disableProperty().bind(target.valueProperty().isNull());
        merge.setOnAction(e -> {
            if (model.mergeInto(target.getValue().source().id())) {
                target.setValue(null);
            }
        });

        ListView<Account> ledger = new ListView<>(model.ledger());
        ledger.setId("source-ledger");
        ledger.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Account a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    return;
                }
                String text = a.quote() ? "\u201c" + a.text() + "\u201d" : a.text();
                setText(a.stance().code() + " \u00b7 " + text + "\n" + Dates.outletAndDate(a.outlet(), a.published())
                        + " \u2014 " + a.articleTitle());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        ledger.setOnMouseClicked(e -> {
            Account a = ledger.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && a != null) {
                model.open(a);
            }
        });
        VBox.setVgrow(ledger, Priority.ALWAYS);

        VBox box = new VBox(8, name,
                row(newName, rename, delete),
                row(party, setParty),
                new Label("Aliases"), aliases, row(alias, addAlias, removeAlias),
                row(target, merge),
                new Label("Statements (double-click to open in the Reader)"), ledger);
        box.setPadding(new Insets(8));
        box.disableProperty().bind(model.selectedProperty().isNull());
        return box;
    }

    private void syncSelection() {
        updatingSelection = true;
        try {
            Long id = model.selectedId().orElse(null);
            table.getItems().stream().filter(s -> id != null && s.source().id() == id).findFirst()
                    .ifPresentOrElse(s -> table.getSelectionModel().select(s),
                            () -> table.getSelectionModel().clearSelection());
        } finally {
            updatingSelection = false;
        }
    }
}
