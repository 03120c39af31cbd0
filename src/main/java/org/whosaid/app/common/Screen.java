package org.whosaid.app.common;

import javafx.scene.Node;

/** A screen of the main window that shows database content and reloads it on demand. */
public interface Screen {
    Node view();

    /** Reloads what the screen shows from the services (after an edit, an undo, or an import). */
    void refresh();
}
