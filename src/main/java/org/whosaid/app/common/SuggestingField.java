package org.whosaid.app.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * A text field that offers the names of a list containing what is typed, without ever changing what is typed.
 * Its value is committed only by Enter or by picking a suggestion (mouse, or Down/Up then Enter); Escape, or
 * leaving the field, puts back the saved value. Replaces the editable combo box whose completion rewrote the
 * typed text and saved a suggestion on its own.
 */
public final class SuggestingField extends TextField {
    /** The style class of the highlighted suggestion. */
    public static final String HIGHLIGHTED = "suggestion-highlighted";
    private static final int SHOWN = 8;

    private final ObservableList<String> choices;
    private final Popup popup = new Popup();
    private final VBox list = new VBox();
    private List<String> shown = List.of();
    private int highlighted = -1;
    private String saved = "";
    private boolean setting;
    private Consumer<String> onCommit = value -> { };

    public SuggestingField(ObservableList<String> choices) {
        this.choices = choices;
        list.getStyleClass().add("suggestions");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // Escape must reach the field, which hides the list and puts back the saved value in one press.
        popup.setHideOnEscape(false);
        textProperty().addListener((obs, old, typed) -> {
            if (!setting && isFocused()) {
                suggest();
            }
        });
        choices.addListener((ListChangeListener<String>) change -> {
            if (popup.isShowing()) {
                suggest();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        FieldUndo.track(this, this::saved);
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                popup.hide();
                revert();
            }
        });
    }

    /** Called with the typed text or the picked name; the field does not save anything itself. */
    public void setOnCommit(Consumer<String> onCommit) {
        this.onCommit = onCommit;
    }

    /** Shows a value already saved; Escape and leaving the field come back to it. */
    public void setSaved(String value) {
        saved = value == null ? "" : value;
        setting = true;
        try {
            setText(saved);
        } finally {
            setting = false;
        }
        popup.hide();
    }

    public String saved() {
        return saved;
    }

    /** Whether the text differs from the saved value: there is typing to undo. */
    public boolean edited() {
        return !saved.equals(getText());
    }

    /** Puts back the saved value, dropping what was typed. */
    public void revert() {
        if (edited()) {
            setSaved(saved);
            end();
        }
    }

    /** The names now suggested, for tests and for the highlighted row. */
    public List<String> suggestions() {
        return shown;
    }

    private void key(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (!popup.isShowing()) {
                suggest();
            } else if (!shown.isEmpty()) {
                int step = code == KeyCode.DOWN ? 1 : -1;
                highlight(Math.floorMod(highlighted + step, shown.size()));
            }
            event.consume();
        } else if (code == KeyCode.ENTER) {
            commit(popup.isShowing() && highlighted >= 0 ? shown.get(highlighted) : getText());
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            boolean changed = popup.isShowing() || edited();
            popup.hide();
            revert();
            if (changed) {
                event.consume();
            }
        }
    }

    private void commit(String value) {
        popup.hide();
        setting = true;
        try {
            setText(value);
        } finally {
            setting = false;
        }
        end();
        onCommit.accept(value);
    }

    private void suggest() {
        String needle = (getText() == null ? "" : getText()).strip().toLowerCase(Locale.ROOT);
        shown = choices.stream()
                .filter(name -> needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle))
                .filter(name -> !name.equalsIgnoreCase(getText() == null ? "" : getText().strip()))
                .limit(SHOWN).toList();
        highlighted = -1;
        list.getChildren().clear();
        for (int i = 0; i < shown.size(); i++) {
            String name = shown.get(i);
            Label row = new Label(name);
            row.getStyleClass().add("suggestion");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setOnMouseClicked(event -> commit(name));
            list.getChildren().add(row);
        }
        if (shown.isEmpty() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefWidth(getWidth());
        if (!popup.isShowing()) {
            Bounds bounds = localToScreen(getBoundsInLocal());
            if (bounds != null) {
                popup.show(this, bounds.getMinX(), bounds.getMaxY());
            }
        }
    }

    private void highlight(int index) {
        highlighted = index;
        for (int i = 0; i < list.getChildren().size(); i++) {
            List<String> classes = list.getChildren().get(i).getStyleClass();
            classes.remove(HIGHLIGHTED);
            if (i == index) {
                classes.add(HIGHLIGHTED);
            }
        }
    }
}
