package org.whosaid.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The one place where the screens of the main window are registered. Library and Reader are registered by the main
 * window; Compare, Sources and Audit are placeholders until their views are plugged in here, each built from the
 * context, with {@link #openStatement()} for their "show in Reader" and {@code context.undoRedo().history()} for
 * their edits (reloading on {@code context.undoRedo().revisionProperty()}).
 */
public final class Views {
    private final Map<ViewId, Function<AppContext, Node>> factories = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Node> created = new EnumMap<>(ViewId.class);
    private final AppContext context;
    private final LongConsumer openStatement;

    public Views(AppContext context, LongConsumer openStatement) {
        this.context = context;
        this.openStatement = openStatement;
        for (ViewId id : ViewId.values()) {
            factories.put(id, c -> placeholder(id));
        }
    }

    /** Opens a statement's article in the Reader with the statement selected. */
    public LongConsumer openStatement() {
        return openStatement;
    }

    /** Makes {@code id} show the node the factory builds (built once, on first show). */
    public void register(ViewId id, Function<AppContext, Node> factory) {
        factories.put(id, factory);
        created.remove(id);
    }

    public Node node(ViewId id) {
        return created.computeIfAbsent(id, key -> factories.get(key).apply(context));
    }

    /** A screen that is not built yet: its name and "coming". */
    static Node placeholder(ViewId id) {
        Label title = new Label(id.label());
        title.getStyleClass().add(Styles.TITLE_2);
        FontIcon icon = new FontIcon(id.icon());
        icon.setStyle("-fx-icon-size: 48px;");
        Label coming = new Label(id.label() + " is coming.");
        VBox box = new VBox(12, icon, title, coming);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder-view");
        box.setId("placeholder-" + id.name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }
}
