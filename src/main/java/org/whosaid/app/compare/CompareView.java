package org.whosaid.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.whosaid.app.common.Dates;
import org.whosaid.app.common.LoadingIndicator;
import org.whosaid.app.common.Screen;
import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.TopicOverview;

/**
 * The Compare screen: topics on the left; on the right one column per party with a card per statement (source,
 * the quote or claim, a stance badge, outlet and date), oldest first. A conflict is marked above the columns;
 * clicking a card opens it in the Reader.
 */
public final class CompareView implements Screen {
    private final CompareViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<TopicOverview> topicList = new ListView<>();
    private final HBox columnBox = new HBox(12);
    private boolean updatingSelection;
    private final PartiesViewModel partiesModel;
    private final PartiesPane partiesPane;

    public CompareView(CompareViewModel model, PartiesViewModel partiesModel) {
        this.model = model;
        this.partiesModel = partiesModel;
        this.partiesPane = new PartiesPane(partiesModel);
        build();
        refresh();
    }

    @Override
    public Node view() {
        return root;
    }

    public CompareViewModel model() {
        return model;
    }

    /** Reloads from the database, e.g. after an edit elsewhere or an undo. */
    @Override
    public void refresh() {
        model.refresh();
        partiesModel.refresh();
    }

    /** Shows a topic, e.g. when the Reader asks to "compare accounts" of a statement's topic. */
    public void showTopic(String key) {
        model.select(key);
    }

    private void build() {
        topicList.setId("compare-topics");
        topicList.setItems(model.topics());
        topicList.setPrefWidth(260);
        topicList.setPlaceholder(new Label("No topics yet. In the Reader, give a statement a topic (Topic field,"
                + " Enter) to compare its accounts here."));
        topicList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TopicOverview item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.topic().label() + "  (" + item.topic().statementCount()
                        + ")" + (item.conflict() ? "  \u26a0 conflict" : ""));
                // Long topic names wrap instead of ending in "...".
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        topicList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updatingSelection && now != null) {
                model.select(now.topic().key());
            }
        });
        model.comparisonProperty().addListener((obs, old, now) -> syncSelection());
        model.topics().addListener((ListChangeListener<TopicOverview>) change -> syncSelection());

        Label heading = new Label();
        heading.setId("compare-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        Label conflict = new Label();
        conflict.setId("compare-conflict");
        conflict.textProperty().bind(model.conflictTextProperty());
        conflict.visibleProperty().bind(model.conflictProperty());
        conflict.managedProperty().bind(model.conflictProperty());
        conflict.getStyleClass().add(Styles.DANGER);
        conflict.setStyle("-fx-font-weight: bold;");
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());

        Button rename = new Button("Rename topic\u2026");
        rename.setOnAction(e -> renameTopic());
        Button merge = new Button("Merge into\u2026");
        merge.setOnAction(e -> mergeTopic());
        rename.disableProperty().bind(model.comparisonProperty().isNull());
        merge.disableProperty().bind(model.comparisonProperty().isNull());
        javafx.scene.control.CheckBox byOutlet = new javafx.scene.control.CheckBox("By outlet");
        byOutlet.setId("compare-by-outlet");
        byOutlet.selectedProperty().addListener((o, was, now) -> model.groupByOutlet(now));
        javafx.scene.control.ToggleButton showParties = new javafx.scene.control.ToggleButton("Parties\u2026");
        showParties.setId("compare-parties");
        showParties.selectedProperty().addListener((o, was, now) -> root.setRight(now ? partiesPane.view() : null));
        ToolBar tools = new ToolBar(rename, merge, byOutlet, showParties, message,
                LoadingIndicator.of(model.loadingProperty(), "compare-loading"));

        columnBox.setId("compare-columns");
        columnBox.setPadding(new Insets(8));
        model.columns().addListener((ListChangeListener<PartyAccounts>) change -> renderColumns());
        ScrollPane scroll = new ScrollPane(columnBox);
        scroll.setFitToHeight(true);
        // Columns shrink to the window's width (four parties fit at 1280 px) before a scroll bar appears.
        scroll.setFitToWidth(true);
        VBox right = new VBox(6, heading, conflict, scroll);
        right.setPadding(new Insets(8));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        SplitPane split = new SplitPane(topicList, right);
        split.setDividerPositions(0.25);
        root.setTop(tools);
        root.setCenter(split);
        renderColumns();
    }

    private void syncSelection() {
        updatingSelection = true;
        try {
            String key = model.selectedKey().orElse(null);
            topicList.getItems().stream().filter(t -> t.topic().key().equals(key)).findFirst()
                    .ifPresentOrElse(t -> topicList.getSelectionModel().select(t),
                            () -> topicList.getSelectionModel().clearSelection());
        } finally {
            updatingSelection = false;
        }
    }

    private void renderColumns() {
        columnBox.getChildren().clear();
        for (PartyAccounts column : model.columns()) {
            columnBox.getChildren().add(column(column));
        }
    }

    private Node column(PartyAccounts column) {
        Label header = new Label(column.party() + " (" + column.accounts().size() + ")");
        header.getStyleClass().add("party-header");
        header.setMaxWidth(Double.MAX_VALUE);
        // Long party names wrap in a narrow column instead of ending in an ellipsis.
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.setStyle("-fx-font-weight: bold; -fx-padding: 4 6; -fx-border-color: " + column.colour()
                + "; -fx-border-width: 0 0 4 0;");
        VBox box = new VBox(8, header);
        box.getStyleClass().add("party-column");
        box.setId("column-" + column.party().toLowerCase(Locale.ROOT).replace(' ', '-'));
        box.setPrefWidth(280);
        box.setMinWidth(125);
        HBox.setHgrow(box, Priority.ALWAYS);
        for (Account a : column.accounts()) {
            box.getChildren().add(card(a, column.colour()));
        }
        return box;
    }

    private Node card(Account a, String colour) {
        Label source = new Label(a.source() == null ? "no source" : model.shownSource(a));
        source.setStyle("-fx-font-weight: bold;");
        source.setWrapText(true);
        source.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(a.quote() ? "\u201c" + a.text() + "\u201d" : a.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        if (a.quote()) {
            text.setStyle("-fx-font-style: italic;");
        }
        Label stance = new Label(a.stance().code());
        stance.getStyleClass().addAll("stance-badge", "stance-" + a.stance().code());
        stance.setMinWidth(Region.USE_PREF_SIZE);
        stance.setStyle("-fx-padding: 0 5; -fx-background-radius: 6; -fx-text-fill: white; -fx-background-color: "
                + switch (a.stance()) {
                    case ASSERTS -> "#1e7b34";
                    case DENIES -> "#b3261e";
                    case QUESTIONS -> "#8a6d00";
                } + ";");
        Label where = new Label(Dates.outletAndDate(a.outlet(), a.published())
                + (a.articleTitle() == null ? "" : " \u2014 " + a.articleTitle()));
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // The badge has a line of its own under the text, so the source's name and the outlet line keep the card's
        // whole width and never break inside a word in a narrow column.
        VBox card = new VBox(4, source, text, stance, where);
        card.getStyleClass().add("account-card");
        card.setUserData(a);
        card.setPadding(new Insets(6));
        // The theme's own colours, so the card follows light and dark; only the party's edge is set here.
        card.setStyle("-fx-border-color: " + colour + ";");
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(a.statementId());
            }
        });
        MenuItem move = new MenuItem("Move to topic\u2026");
        move.setOnAction(e -> moveStatement(a));
        MenuItem open = new MenuItem("Open in Reader");
        open.setOnAction(e -> model.open(a.statementId()));
        ContextMenu menu = new ContextMenu(open, move);
        card.setOnContextMenuRequested(e -> menu.show(card, e.getScreenX(), e.getScreenY()));
        return card;
    }

    private void renameTopic() {
        TextInputDialog dialog = new TextInputDialog(model.comparisonProperty().get().topic().label());
        dialog.setHeaderText("New label for the topic (the question its statements answer)");
        dialog.showAndWait().ifPresent(model::renameTopic);
    }

    private void mergeTopic() {
        String current = model.selectedKey().orElseThrow();
        List<String> others = model.topics().stream().map(t -> t.topic().key()).filter(k -> !k.equals(current))
                .toList();
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setHeaderText("Merge this topic into another: all its statements follow");
        dialog.showAndWait().ifPresent(model::mergeInto);
    }

    private void moveStatement(Account a) {
        List<String> keys = model.topics().stream().map(t -> t.topic().key()).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(a.topic(), keys);
        dialog.setHeaderText("Move this statement to another topic");
        dialog.showAndWait().ifPresent(key -> model.moveStatement(a.statementId(), key));
    }
}
