package org.whosaid.app;

import org.kordamp.ikonli.feather.Feather;

/** The screens of the main window, in navigation order. */
public enum ViewId {
    LIBRARY("Library", Feather.BOOK_OPEN),
    READER("Reader", Feather.FILE_TEXT),
    COMPARE("Compare", Feather.COLUMNS),
    SOURCES("Sources", Feather.USERS),
    AUDIT("Audit", Feather.BAR_CHART_2),
    AGREEMENT("Agreement", Feather.CHECK_SQUARE);

    private final String label;
    private final Feather icon;

    ViewId(String label, Feather icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public Feather icon() {
        return icon;
    }

    /** The view named so ("library", "reader", ...), as the screenshot command takes it. */
    public static ViewId fromName(String name) {
        for (ViewId id : values()) {
            if (id.name().equalsIgnoreCase(name) || id.label.equalsIgnoreCase(name)) {
                return id;
            }
        }
        throw new IllegalArgumentException("no view named " + name + "; choose library, reader, compare, sources, audit or agreement");
    }
}
