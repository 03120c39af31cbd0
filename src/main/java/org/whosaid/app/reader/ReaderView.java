package org.whosaid.app.reader;

import java.util.function.Consumer;
import java.util.List;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import atlantafx.base.theme.Styles;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.whosaid.app.common.Dates;
import org.whosaid.app.common.Highlighting;
import org.whosaid.app.common.LoadingIndicator;
import org.whosaid.app.common.PartyStyles;
import org.whosaid.model.Article;
import org.whosaid.model.Party;
import org.whosaid.model.Statement;

/**
 * The Reader: the article text with its statements highlighted, the list of statements, and the inspector.
 * Keyboard: J/K or Alt+Down/Up next/previous, 1..9 party, D asserts/denies, A new statement from the selection,
 * R reject/restore.
 */
public final class ReaderView extends BorderPane {
    private final ReaderViewModel model;
    private final InspectorViewModel inspectorModel;
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final ListView<Statement> list = new ListView<>();
    private final InspectorView inspector;
    private final Label title = new Label("No article open");
    private final Label subtitle = new Label("Open an article from the Library (double-click or Enter).");
    /** Says when the article's language is one the parser does not read. */
    private final Label notAnalysed = new Label();
    /** The page's corrections box, kept out of the text by the importer. */
    private final Label corrections = new Label();
    private final HBox legend = new HBox(10);
    private final Tooltip hover = new Tooltip();
    private boolean syncing;
    private boolean swallowTyped;

    /** @param compareTopic shows every account of a topic side by side (the Compare screen) */
    public ReaderView(ReaderViewModel model, InspectorViewModel inspectorModel, Consumer<String> compareTopic) {
        this.model = model;
        this.inspectorModel = inspectorModel;
        getStyleClass().add("reader-view");
        inspector = new InspectorView(inspectorModel, model.parties(), compareTopic);

        text.setId("reader-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("reader-text");
        text.setPadding(new Insets(18, 26, 18, 26));
        text.setMouseOverTextDelay(java.time.Duration.ofMillis(250));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, event -> showHover(event));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
        text.setOnMouseClicked(event -> {
            if (text.getSelection().getLength() == 0) {
                model.selectAt(text.getCaretPosition());
            }
        });
        hover.getStyleClass().add("statement-hover");
        hover.setWrapText(true);
        hover.setMaxWidth(520);

        list.setId("statement-list");
        list.setItems(model.statements());
        list.setCellFactory(l -> new StatementCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.select(now);
            }
        });
        installKeys(text);
        installKeys(list);
        swallowTypedAfterShortcut();

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        ScrollPane inspectorScroll = new ScrollPane(inspector);
        inspectorScroll.setFitToWidth(true);
        inspectorScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox listBox = new VBox(list);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(listBox, new StackPane(scroll), inspectorScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(listBox, false);
        SplitPane.setResizableWithParent(inspectorScroll, false);
        setTop(header());
        setCenter(split);

        model.articleProperty().addListener((obs, old, now) -> showArticle(now));
        model.statements().addListener((ListChangeListener<Statement>) change -> restyle());
        model.parties().addListener((ListChangeListener<Party>) change -> {
            PartyStyles.install(this, model.parties());
            inspector.setParties(model.parties());
            updateLegend();
        });
        model.selectedProperty().addListener((obs, old, now) -> showSelection(now));
        PartyStyles.install(this, model.parties());
        showArticle(model.articleProperty().get());
    }

    private VBox header() {
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        subtitle.setId("reader-subtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.managedProperty().bind(subtitle.textProperty().isNotEmpty());
        Button add = iconButton("New statement", Feather.PLUS_SQUARE, "Make the selected text a statement (A)");
        add.setId("reader-add");
        add.setOnAction(event -> createFromSelection());
        Button previous = iconButton(null, Feather.CHEVRON_UP, "Previous statement (K, Alt+Up)");
        previous.setOnAction(event -> model.previous());
        Button next = iconButton(null, Feather.CHEVRON_DOWN, "Next statement (J, Alt+Down)");
        next.setOnAction(event -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notAnalysed.setId("reader-not-analysed");
        notAnalysed.setWrapText(true);
        notAnalysed.getStyleClass().add(Styles.WARNING);
        notAnalysed.managedProperty().bind(notAnalysed.textProperty().isNotEmpty());
        notAnalysed.visibleProperty().bind(notAnalysed.textProperty().isNotEmpty());
        corrections.setId("reader-corrections");
        corrections.setWrapText(true);
        corrections.getStyleClass().add(Styles.TEXT_SMALL);
        corrections.managedProperty().bind(corrections.textProperty().isNotEmpty());
        corrections.visibleProperty().bind(corrections.textProperty().isNotEmpty());
        VBox titles = new VBox(2, title, subtitle, corrections, notAnalysed,
                LoadingIndicator.of(model.loadingProperty(), "reader-loading"));
        HBox.setHgrow(titles, Priority.SOMETIMES);
        HBox top = new HBox(8, titles, spacer, previous, next, add);
        top.setAlignment(Pos.CENTER_LEFT);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("legend");
        VBox header = new VBox(8, top, legend);
        header.setPadding(new Insets(12, 16, 10, 16));
        return header;
    }

    private static Button iconButton(String label, Feather icon, String tip) {
        Button button = new Button(label, new FontIcon(icon));
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (label == null) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        return button;
    }

    private void updateLegend() {
        legend.getChildren().clear();
        legend.getChildren().add(legendItem("quote", "legend-quote"));
        legend.getChildren().add(legendItem("claim", "legend-claim"));
        legend.getChildren().add(legendItem("unattributed", "legend-unattributed"));
        legend.getChildren().add(legendItem("cue", "legend-cue"));
        Label sep = new Label("\u00b7");
        sep.getStyleClass().add(Styles.TEXT_MUTED);
        legend.getChildren().add(sep);
        int number = 1;
        for (Party party : model.parties()) {
            Label chip = new Label(number++ + "  " + party.name());
            chip.getStyleClass().addAll("party-chip", "party-chip-" + Highlighting.partyKey(party.name(),
                    model.parties()));
            legend.getChildren().add(chip);
        }
    }

    private static Label legendItem(String name, String styleClass) {
        Label label = new Label(name);
        label.getStyleClass().addAll("legend-item", styleClass);
        return label;
    }

    private void installKeys(Node node) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isControlDown() || event.isMetaDown() || event.isShiftDown()) {
                return;
            }
            KeyCode code = event.getCode();
            boolean handled = true;
            if (code == KeyCode.J || event.isAltDown() && code == KeyCode.DOWN) {
                model.next();
            } else if (code == KeyCode.K || event.isAltDown() && code == KeyCode.UP) {
                model.previous();
            } else if (code == KeyCode.D && !event.isAltDown()) {
                model.toggleStance();
            } else if (code == KeyCode.A && !event.isAltDown()) {
                createFromSelection();
            } else if (code == KeyCode.R && !event.isAltDown()) {
                Statement selected = model.selectedProperty().get();
                if (selected != null) {
                    toggleRejected(selected);
                }
            } else if (code.isDigitKey() && !event.isAltDown() && digit(code) > 0) {
                model.partyByNumber(digit(code)).ifPresent(inspector::askPartyScope);
            } else {
                handled = false;
            }
            if (handled) {
                event.consume();
                swallowTyped = true;
            }
        });
    }

    /**
     * A shortcut key also produces a typed character; when the shortcut moved the focus (A focuses the source
     * field), that character must not land in the new field.
     */
    private void swallowTypedAfterShortcut() {
        addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> swallowTyped = false);
    }

    private void toggleRejected(Statement selected) {
        if (selected.active()) {
            inspectorModel.reject();
        } else {
            inspectorModel.restore();
        }
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    private void createFromSelection() {
        IndexRange selection = text.getSelection();
        model.createFromSelection(selection.getStart(), selection.getEnd())
                .ifPresent(made -> inspector.focusSource());
    }

    private void showArticle(Article article) {
        hover.hide();
        if (article == null) {
            title.setText("No article open");
            subtitle.setText("Open an article from the Library (double-click or Enter).");
            notAnalysed.setText("");
            corrections.setText("");
            text.replaceText("");
            return;
        }
        title.setText(article.title());
        subtitle.setText(java.util.stream.Stream.of(article.dateline(), article.outlet(), Dates.human(article.published()),
                        article.byline())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("  \u00b7  ")));
        corrections.setText(article.corrections() == null ? "" : article.corrections());
        String message = org.whosaid.model.Language.notAnalysedMessage(article.language());
        notAnalysed.setText(message == null ? "" : message);
        text.replaceText(article.text());
        text.moveTo(0);
        text.showParagraphAtTop(0);
        updateLegend();
        restyle();
    }

    /** Recomputes every mark of the text from the statements (the only place the text gets styled). */
    private void restyle() {
        Article article = model.articleProperty().get();
        if (article == null || text.getLength() != article.text().length()) {
            return;
        }
        Statement selected = model.selectedProperty().get();
        text.setStyleSpans(0, Highlighting.compute(text.getLength(), model.statements(), model.parties(),
                selected == null ? null : selected.id()));
        syncList(selected);
    }

    private void showSelection(Statement statement) {
        restyle();
        if (statement != null && text.getLength() >= statement.end()) {
            text.moveTo(statement.start());
            text.requestFollowCaret();
        }
    }

    private void syncList(Statement selected) {
        syncing = true;
        try {
            if (selected == null) {
                list.getSelectionModel().clearSelection();
            } else if (!selected.equals(list.getSelectionModel().getSelectedItem())) {
                Statement before = list.getSelectionModel().getSelectedItem();
                list.getSelectionModel().select(selected);
                if (before == null || before.id() != selected.id()) {
                    // Only a newly chosen statement is scrolled to; an edited one stays where the user sees it.
                    list.scrollTo(selected);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void showHover(MouseOverTextEvent event) {
        java.util.OptionalInt index = text.hit(event.getPosition().getX(), event.getPosition().getY())
                .getCharacterIndex();
        if (index.isEmpty()) {
            return;
        }
        List<Statement> here = model.statementsAt(index.getAsInt());
        if (here.isEmpty()) {
            return;
        }
        hover.setText(here.stream().map(ReaderView::describe).collect(Collectors.joining("\n")));
        hover.show(text, event.getScreenPosition().getX() + 12, event.getScreenPosition().getY() + 16);
    }

    /** One line about a statement for the hover: kind, source, party, stance, topic. */
    static String describe(Statement statement) {
        String kind = switch (statement.kind()) {
            case QUOTE -> "Quote";
            case CLAIM -> "Claim";
            case UNATTRIBUTED -> "Unattributed claim";
        };
        StringBuilder line = new StringBuilder(kind);
        if (statement.sourceName() != null) {
            line.append(" \u2014 ").append(statement.sourceName());
            line.append(" (").append(statement.party() == null ? "no party" : statement.party()).append(')');
        }
        line.append(", ").append(statement.stance().code());
        if (statement.topic() != null) {
            line.append(" \u00b7 ").append(statement.topic());
        }
        return line.toString();
    }

    /** A statement in the side list: party dot, source and kind, and the start of its text. */
    private final class StatementCell extends ListCell<Statement> {
        @Override
        protected void updateItem(Statement item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("party-dot", "party-dot-" + Highlighting.partyKey(item.party(), model.parties()));
            Label who = new Label(item.sourceName() == null ? "unattributed" : item.sourceName());
            who.getStyleClass().add(Styles.TEXT_BOLD);
            Label what = new Label(item.kind().code() + " \u00b7 " + item.stance().code()
                    + (item.active() ? "" : " \u00b7 rejected"));
            what.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Label snippet = new Label(item.text());
            snippet.getStyleClass().add(Styles.TEXT_SMALL);
            snippet.maxWidthProperty().bind(list.widthProperty().subtract(48));
            who.maxWidthProperty().bind(list.widthProperty().subtract(48));
            VBox lines = new VBox(1, new HBox(6, who), what, snippet);
            HBox row = new HBox(8, dot, lines);
            row.setAlignment(Pos.TOP_LEFT);
            dot.setTranslateY(5);
            row.setOpacity(item.active() ? 1 : 0.5);
            setGraphic(row);
        }
    }

    public StyleClassedTextArea textArea() {
        return text;
    }

    public void focusText() {
        text.requestFocus();
    }
}
