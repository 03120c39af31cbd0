package org.whosaid.app.library;

import java.util.List;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.whosaid.app.common.Highlighting;
import org.whosaid.app.common.PartyStyles;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Counts;
import org.whosaid.model.Language;
import org.whosaid.model.LibraryQuery;

/** The Library screen: search, filters and the table of articles; opening one shows it in the Reader. */
public final class LibraryView extends BorderPane {
    private final LibraryViewModel model;
    private final TextField search = new TextField();
    private final TableView<ArticleSummary> table = new TableView<>();

    public LibraryView(LibraryViewModel model, LongConsumer openArticle) {
        this.model = model;
        getStyleClass().add("library-view");
        setTop(header());
        setCenter(table(openArticle));
        model.parties().addListener((javafx.collections.ListChangeListener<org.whosaid.model.Party>) change ->
                PartyStyles.install(this, model.parties()));
    }

    private VBox header() {
        Label title = new Label("Library");
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("library-search");
        search.setPromptText("Search titles, text and statements  (Ctrl+F)");
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        HBox searchRow = new HBox(10, title, searchIcon, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.getStyleClass().add(Styles.FLAT);
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(event -> deleteSelected());
        // The filters give way first when the window is narrow; the button and the count stay readable.
        delete.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(8,
                filter("Party", model.partyOptions(), model.partyFilterProperty(), "filter-party"),
                filter("Source", model.sourceOptions(), model.sourceFilterProperty(), "filter-source"),
                filter("Topic", model.topicOptions(), model.topicFilterProperty(), "filter-topic"),
                filter("Tag", model.tagOptions(), model.tagFilterProperty(), "filter-tag"),
                filter("Outlet", model.outletOptions(), model.outletFilterProperty(), "filter-outlet"),
                filter("Language", model.languageOptions(), model.languageFilterProperty(), "filter-language"),
                delete);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("library-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        filters.getChildren().addAll(spacer, count);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> Counts.of(model.articles().size(), "article"),
                model.articles()));
        VBox header = new VBox(10, searchRow, filters);
        header.setPadding(new Insets(14, 16, 10, 16));
        return header;
    }

    private static ComboBox<String> filter(String name, ObservableList<String> options,
                                           ObjectProperty<String> value, String id) {
        ComboBox<String> box = new ComboBox<>(options);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        // The prompt shows in the closed box while nothing is chosen; the button cell alone stayed blank.
        box.setPromptText(name + ": any");
        // While the value is not among the options (before they load), the skin writes the button's text through
        // the converter, not the cell: without one a blank "any" showed as an empty box that said nothing.
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String item) {
                return FilterCell.label(name, item);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setButtonCell(new FilterCell(name));
        box.setCellFactory(list -> new FilterCell(name));
        box.setPrefWidth(150);
        box.setMinWidth(100);
        return box;
    }

    /** Shows the blank "any" choice as "Party: any". */
    private static final class FilterCell extends ListCell<String> {
        private final String name;

        FilterCell(String name) {
            this.name = name;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean any = item == null || item.isEmpty();
            setText(!any && empty ? null : label(name, item));
        }

        static String label(String name, String item) {
            return item == null || item.isEmpty() ? name + ": any" : name + ": " + item;
        }
    }

    private TableView<ArticleSummary> table(LongConsumer openArticle) {
        table.setId("library-table");
        // Several articles can be exported together; opening and deleting act on the focused one.
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The rows are paged from the database, so the database sorts them: a click on a column asks the model.
        table.setItems(model.articles());
        table.setSortPolicy(t -> {
            TableColumn<ArticleSummary, ?> by = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            LibraryQuery.Sort sort = by == null || !(by.getUserData() instanceof LibraryQuery.Sort s)
                    ? LibraryQuery.Sort.DEFAULT : s;
            model.sortBy(sort, by != null && by.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        // Equal rows are not redrawn by themselves; the title highlight depends on the query, so redraw all.
        model.articles().addListener((javafx.collections.ListChangeListener<ArticleSummary>) change -> table.refresh());
        table.setPlaceholder(new Label("No articles match. Import articles with File \u2192 Import (Ctrl+O) or drop files here."));
        table.getStyleClass().addAll(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ArticleSummary, String> title = column("Title", ArticleSummary::title, 400);
        title.setCellFactory(c -> new TitleCell());
        TableColumn<ArticleSummary, String> outlet = column("Outlet", ArticleSummary::outlet, 140);
        TableColumn<ArticleSummary, String> date = column("Date", a -> shortDate(a.published()), 100);
        TableColumn<ArticleSummary, String> language = column("Language", a -> Language.name(a.language()), 90);
        date.setMinWidth(100);
        language.setMinWidth(95);
        TableColumn<ArticleSummary, Integer> quotes = number("Quotes", ArticleSummary::quotes);
        TableColumn<ArticleSummary, Integer> claims = number("Claims", ArticleSummary::claims);
        TableColumn<ArticleSummary, Integer> unattributed = number("Unattributed", ArticleSummary::unattributed);
        TableColumn<ArticleSummary, List<String>> parties = new TableColumn<>("Parties heard");
        parties.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().parties()));
        parties.setCellFactory(c -> new PartiesCell());
        parties.setPrefWidth(420);
        parties.setMinWidth(260);
        title.setMinWidth(240);
        parties.setSortable(false);
        title.setUserData(LibraryQuery.Sort.TITLE);
        outlet.setUserData(LibraryQuery.Sort.OUTLET);
        date.setUserData(LibraryQuery.Sort.PUBLISHED);
        language.setUserData(LibraryQuery.Sort.LANGUAGE);
        quotes.setUserData(LibraryQuery.Sort.QUOTES);
        claims.setUserData(LibraryQuery.Sort.CLAIMS);
        unattributed.setUserData(LibraryQuery.Sort.UNATTRIBUTED);
        table.getColumns().setAll(List.of(title, outlet, date, language, quotes, claims, unattributed, parties));

        table.setRowFactory(t -> {
            TableRow<ArticleSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()
                        && !LibraryViewModel.isLoading(row.getItem())) {
                    openArticle.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            ArticleSummary selected = table.getSelectionModel().getSelectedItem();
            if (LibraryViewModel.isLoading(selected)) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                openArticle.accept(selected.id());
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
                event.consume();
            }
        });
        return table;
    }

    private static <T> TableColumn<ArticleSummary, T> column(String name,
                                                             java.util.function.Function<ArticleSummary, T> value,
                                                             double width) {
        TableColumn<ArticleSummary, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<ArticleSummary, Integer> number(String name,
                                                               java.util.function.Function<ArticleSummary, Integer> value) {
        TableColumn<ArticleSummary, Integer> column = column(name, value, name.length() > 8 ? 122 : 72);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    /** "2015-07-24T12:00:00Z" as "2015-07-24"; other forms as found. */
    static String shortDate(String published) {
        return published != null && published.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? published.substring(0, 10)
                : published;
    }

    /** The title with the words of the search highlighted. */
    private final class TitleCell extends TableCell<ArticleSummary, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            HBox flow = new HBox();
            flow.setAlignment(Pos.CENTER_LEFT);
            int position = 0;
            for (int[] match : LibraryViewModel.matches(item, model.highlightedWords())) {
                flow.getChildren().add(styled(item.substring(position, match[0]), "title-text"));
                flow.getChildren().add(styled(item.substring(match[0], match[1]), "title-text", "search-match"));
                position = match[1];
            }
            flow.getChildren().add(styled(item.substring(position), "title-text"));
            flow.getChildren().removeIf(node -> ((Label) node).getText().isEmpty());
            setGraphic(flow);
        }

        private Label styled(String text, String... classes) {
            Label node = new Label(text);
            node.getStyleClass().addAll(classes);
            node.setMinWidth(0);
            return node;
        }
    }

    /** The parties heard, as small chips in their colours. */
    private final class PartiesCell extends TableCell<ArticleSummary, List<String>> {
        @Override
        protected void updateItem(List<String> item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            HBox chips = new HBox(4);
            chips.setAlignment(Pos.CENTER_LEFT);
            for (String party : item) {
                Label chip = new Label(party);
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.getStyleClass().addAll("party-chip", "party-chip-" + Highlighting.partyKey(party, model.parties()));
                chips.getChildren().add(chip);
            }
            setGraphic(chips);
        }
    }

    /** The ids of the selected articles, in table order (empty when none is selected). */
    public List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().filter(a -> !LibraryViewModel.isLoading(a))
                .map(ArticleSummary::id).toList();
    }

    private void deleteSelected() {
        ArticleSummary selected = table.getSelectionModel().getSelectedItem();
        if (LibraryViewModel.isLoading(selected)) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete \u201c" + selected.title() + "\u201d and its " + Counts.of(selected.quotes() + selected.claims()
                        + selected.unattributed(), "statement") + "?\nYou can undo this with Ctrl+Z.",
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete article");
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> model.delete(selected));
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<ArticleSummary> table() {
        return table;
    }
}
