package org.whosaid.app.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** "Loading..." with a spinner, shown only while a screen's query runs in the background. */
public final class LoadingIndicator {
    private LoadingIndicator() {
    }

    public static HBox of(ObservableBooleanValue loading, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        HBox box = new HBox(6, spinner, new Label("Loading\u2026"));
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(loading);
        box.managedProperty().bind(loading);
        return box;
    }
}
