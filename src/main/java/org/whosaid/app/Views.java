package org.whosaid.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.scene.Node;

/**
 * The screens of the main window by id, each built once from the context on its first show; the main window
 * registers them all.
 */
public final class Views {
    private final Map<ViewId, Function<AppContext, Node>> factories = new EnumMap<>(ViewId.class);
    private final Map<ViewId, Node> created = new EnumMap<>(ViewId.class);
    private final AppContext context;

    public Views(AppContext context) {
        this.context = context;
    }

    /** Makes {@code id} show the node the factory builds (built once, on first show). */
    public void register(ViewId id, Function<AppContext, Node> factory) {
        factories.put(id, factory);
        created.remove(id);
    }

    public Node node(ViewId id) {
        Function<AppContext, Node> factory = factories.get(id);
        if (factory == null) {
            throw new IllegalStateException("no view registered for " + id);
        }
        return created.computeIfAbsent(id, key -> factory.apply(context));
    }
}
