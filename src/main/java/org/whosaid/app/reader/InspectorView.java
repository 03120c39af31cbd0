package org.whosaid.app.reader;

import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.whosaid.app.common.FieldUndo;
import org.whosaid.app.common.SuggestingField;
import org.whosaid.model.Party;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;

/**
 * The inspector beside the Reader's text: every field of the selected statement. Choices and buttons save at once;
 * Source and Topic save on Enter or a picked suggestion, Tags on Enter or leaving the field, Note on leaving it.
 */
public final class InspectorView extends VBox {
    private final InspectorViewModel model;
    private final Label heading = new Label("No statement selected");
    private final Label quoted = new Label();
    private final Label details = new Label();
    private final SuggestingField source;
    private final ComboBox<String> party = new ComboBox<>();
    private final ToggleGroup stance = new ToggleGroup();
    private final ToggleGroup kind = new ToggleGroup();
    private final SuggestingField topic;
    private final TextField tags = new TextField();
    private final TextArea note = new TextArea();
    private final Button rejectRestore = new Button();
    private final Button compareAccounts = new Button("Compare accounts", new FontIcon(Feather.COLUMNS));
    private final VBox fields;
    /** True while the fields are being filled from the statement, when their change events are not edits. */
    private boolean filling;

    /** @param compareTopic shows every account of a topic side by side (the Compare screen) */
    public InspectorView(InspectorViewModel model, List<Party> parties, Consumer<String> compareTopic) {
        this.model = model;
        setId("inspector");
        getStyleClass().add("inspector");
        setSpacing(10);
        setPadding(new Insets(14));
        heading.getStyleClass().add(Styles.TITLE_4);
        quoted.setWrapText(true);
        quoted.getStyleClass().add("inspector-quote");
        quoted.setMaxHeight(140);
        details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        details.setWrapText(true);

        source = new SuggestingField(model.sourceNames());
        source.setId("inspector-source");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setPromptText("Who says it? Type a name, Enter to save");
        source.setOnCommit(model::setSource);

        party.setId("inspector-party");
        party.setMaxWidth(Double.MAX_VALUE);
        party.getItems().setAll(parties.stream().map(Party::name).toList());
        party.setOnAction(event -> {
            if (!filling) {
                askPartyScope(party.getValue());
            }
        });

        HBox stanceButtons = segmented(stance, "stance",
                toggle("asserts", Stance.ASSERTS), toggle("denies", Stance.DENIES), toggle("questions", Stance.QUESTIONS));
        stance.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!filling && now != null) {
                model.setStance((Stance) now.getUserData());
            } else if (!filling && old != null) {
                old.setSelected(true);
            }
        });
        HBox kindButtons = segmented(kind, "kind", toggle("quote", StatementKind.QUOTE),
                toggle("claim", StatementKind.CLAIM), toggle("unattributed", StatementKind.UNATTRIBUTED));
        kind.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!filling && now != null) {
                Statement before = model.statementProperty().get();
                model.setKind((StatementKind) now.getUserData());
                if (model.statementProperty().get() == before) {
                    // Nothing was saved (a quote or claim needs a source first): show the kind it still has.
                    Platform.runLater(() -> fill(model.statementProperty().get()));
                }
            } else if (!filling && old != null) {
                old.setSelected(true);
            }
        });

        topic = new SuggestingField(model.topicKeys());
        topic.setId("inspector-topic");
        topic.setMaxWidth(Double.MAX_VALUE);
        topic.setPromptText("e.g. toretsk-control, Enter to save");
        topic.setOnCommit(model::setTopic);

        compareAccounts.setId("inspector-compare");
        compareAccounts.setMaxWidth(Double.MAX_VALUE);
        compareAccounts.setTooltip(new Tooltip("Every account of this topic, one column per party, across articles"));
        compareAccounts.setOnAction(event -> {
            Statement statement = model.statementProperty().get();
            if (statement != null && statement.topic() != null) {
                compareTopic.accept(statement.topic());
            }
        });

        tags.setId("inspector-tags");
        tags.setPromptText("comma, separated, tags");
        tags.setOnAction(event -> model.setTags(tags.getText()));
        FieldUndo.track(tags, () -> savedTags(model.statementProperty().get()));
        tags.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && FieldUndo.undoTyping(tags)) {
                event.consume();
            }
        });
        tags.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !filling) {
                model.setTags(tags.getText());
            }
        });

        note.setId("inspector-note");
        note.setPromptText("Your note (saved when you leave the field)");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        FieldUndo.track(note, () -> savedNote(model.statementProperty().get()));
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !filling) {
                model.setNote(note.getText());
            }
        });

        rejectRestore.setId("inspector-reject");
        rejectRestore.setMaxWidth(Double.MAX_VALUE);
        rejectRestore.setOnAction(event -> {
            Statement statement = model.statementProperty().get();
            if (statement != null && statement.status() == Status.REJECTED) {
                model.restore();
            } else {
                model.reject();
            }
        });

        fields = new VBox(10,
                field("Source", source), field("Party", party), field("Stance", stanceButtons),
                field("Kind", kindButtons), field("Topic", new VBox(6, topic, compareAccounts)), field("Tags", tags), field("Note", note),
                rejectRestore, details);
        getChildren().setAll(heading, quoted, fields);
        model.statementProperty().addListener((obs, old, now) -> fill(now));
        model.nameScriptProperty().addListener((obs, old, now) -> fill(model.statementProperty().get()));
        fill(model.statementProperty().get());
    }

    private static ToggleButton toggle(String text, Object value) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(value);
        button.setId("toggle-" + text);
        button.setFocusTraversable(false);
        return button;
    }

    private static HBox segmented(ToggleGroup group, String id, ToggleButton... buttons) {
        HBox box = new HBox();
        box.setId(id);
        for (int i = 0; i < buttons.length; i++) {
            buttons[i].setToggleGroup(group);
            buttons[i].getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == buttons.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            buttons[i].getStyleClass().add(Styles.SMALL);
            HBox.setHgrow(buttons[i], Priority.ALWAYS);
            buttons[i].setMaxWidth(Double.MAX_VALUE);
        }
        box.getChildren().addAll(buttons);
        return box;
    }

    private static VBox field(String name, javafx.scene.Node control) {
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
        return new VBox(4, label, control);
    }

    private static String savedTags(Statement statement) {
        return statement == null ? "" : String.join(", ", statement.tags());
    }

    private static String savedNote(Statement statement) {
        return statement == null || statement.note() == null ? "" : statement.note();
    }

    private void fill(Statement statement) {
        filling = true;
        try {
            fields.setDisable(statement == null);
            if (statement == null) {
                heading.setText("No statement selected");
                quoted.setText("Click a highlight or a statement in the list. Select text and press A to add one.");
                details.setText("");
                return;
            }
            heading.setText(switch (statement.kind()) {
                case QUOTE -> "Direct quote";
                case CLAIM -> "Reported claim";
                case UNATTRIBUTED -> "Unattributed claim";
            } + (statement.active() ? "" : " (rejected)"));
            quoted.setText("\u201c" + statement.text() + "\u201d");
            source.setSaved(model.shownSource(statement));
            party.setValue(statement.party());
            party.setDisable(statement.sourceId() == null);
            select(stance, statement.stance());
            select(kind, statement.kind());
            topic.setSaved(statement.topic());
            compareAccounts.setDisable(statement.topic() == null);
            tags.setText(savedTags(statement));
            note.setText(savedNote(statement));
            rejectRestore.setText(statement.active() ? "Reject statement" : "Restore statement");
            rejectRestore.setGraphic(new FontIcon(statement.active() ? Feather.X_CIRCLE : Feather.ROTATE_CCW));
            rejectRestore.getStyleClass().remove(Styles.DANGER);
            if (statement.active()) {
                rejectRestore.getStyleClass().add(Styles.DANGER);
            }
            details.setText(detailText(statement));
        } finally {
            filling = false;
        }
    }

    private static void select(ToggleGroup group, Object value) {
        group.getToggles().stream().filter(t -> t.getUserData() == value).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private static String detailText(Statement statement) {
        StringBuilder text = new StringBuilder();
        if (statement.mention() != null) {
            text.append("Named in the text as \u201c").append(statement.mention()).append("\u201d. ");
        }
        if (statement.cue() != null) {
            text.append("Cue: \u201c").append(statement.cue().text()).append("\u201d. ");
        }
        if (!statement.flags().isEmpty()) {
            text.append("Flags: ").append(String.join(", ", statement.flags())).append(". ");
        }
        text.append("Origin: ").append(statement.origin().code());
        if (statement.rule() != null) {
            text.append(" (").append(statement.rule()).append(String.format(Locale.ROOT, ", %.0f%%",
                    statement.confidence() * 100)).append(')');
        }
        return text.append('.').toString();
    }

    /** Puts the cursor in the source field, after a new statement was made. */
    public void focusSource() {
        source.requestFocus();
        source.selectAll();
    }

    public void setParties(List<Party> parties) {
        filling = true;
        try {
            party.getItems().setAll(parties.stream().map(Party::name).toList());
            Statement statement = model.statementProperty().get();
            party.setValue(statement == null ? null : statement.party());
        } finally {
            filling = false;
        }
    }

    /**
     * Asks whether a new party is for this statement or for its source everywhere (issue 10); Cancel keeps it.
     * The Reader's number keys ask the same way.
     */
    void askPartyScope(String value) {
        javafx.scene.control.ButtonType one = new javafx.scene.control.ButtonType("This statement");
        javafx.scene.control.ButtonType all = new javafx.scene.control.ButtonType("This source everywhere");
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "Give \u201c" + value + "\u201d to this statement only, or to its source in every article?", one, all,
                javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Change the party");
        if (party.getScene() != null) {
            ask.initOwner(party.getScene().getWindow());
        }
        java.util.Optional<javafx.scene.control.ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && (answer.get() == one || answer.get() == all)) {
            model.setParty(value, answer.get() == all);
        } else {
            fill(model.statementProperty().get());
        }
    }
}
