package org.whosaid.app;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.whosaid.model.ArticleSummary;
import org.whosaid.service.DatabaseLocation;
import org.whosaid.service.Services;

/** The desktop app: a window on the library of one database. */
public final class WhoSaidApp extends Application {
    private Services services;

    @Override
    public void start(Stage stage) {
        String option = getParameters().getNamed().get("db");
        Path database = DatabaseLocation.resolve(option, System.getenv());
        services = Services.open(database);
        if (services.library().articleCount() == 0) {
            services.imports().importSample();
        }
        ListView<String> articles = new ListView<>();
        for (ArticleSummary a : services.library().summaries()) {
            articles.getItems().add("#" + a.id() + "  " + a.title());
        }
        stage.setTitle("WhoSaid \u2014 " + database);
        stage.setScene(new Scene(articles, 900, 600));
        stage.show();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
