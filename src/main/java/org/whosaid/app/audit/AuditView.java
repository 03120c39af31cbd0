package org.whosaid.app.audit;

import java.util.List;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.whosaid.app.common.LoadingIndicator;
import org.whosaid.app.common.Screen;
import org.whosaid.model.Account;
import org.whosaid.model.AuditItem;
import org.whosaid.model.PartyVoices;

/**
 * The Audit screen: for the library or one article, the share of attributed statements, the unattributed claims,
 * statements resting on vague or anonymous sources, and a chart of voices per party (statements, direct quotes).
 */
public final class AuditView implements Screen {
    private final AuditViewModel model;
    private final BorderPane root = new BorderPane();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ComboBox<AuditViewModel.Scope> scopeBox = new ComboBox<>();
    private boolean updatingScope;

    public AuditView(AuditViewModel model) {
        this.model = model;
        build();
        refresh();
    }

    @Override
    public Node view() {
        return root;
    }

    public AuditViewModel model() {
        return model;
    }

    @Override
    public void refresh() {
        model.refresh();
        showScope(model.scopeProperty().get());
    }

    private void build() {
        ComboBox<AuditViewModel.Scope> scope = scopeBox;
        scope.setItems(model.scopes());
        scope.setId("audit-scope");
        scope.valueProperty().addListener((obs, old, now) -> {
            if (!updatingScope && now != null) {
                model.choose(now);
            }
        });
        model.scopeProperty().addListener((obs, old, now) -> showScope(now));

        Label share = new Label();
        share.setId("audit-share");
        share.textProperty().bind(model.shareProperty());
        share.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.reportProperty().map(r -> r.attributedShare()).orElse(0.0));
        bar.setPrefWidth(220);
        Label summary = new Label();
        summary.setId("audit-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setWrapText(true);

        ListView<AuditItem> unattributed = items("audit-unattributed", model.unattributed());
        ListView<AuditItem> weak = items("audit-weak", model.weakSources());

        chart.setId("audit-voices");
        chart.setTitle("Voices per party: all statements (solid) and direct quotes (light)");
        // The bars carry their party's colour, which a series legend cannot show.
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getXAxis().setLabel("party");
        chart.getYAxis().setLabel("statements");
        model.voices().addListener((ListChangeListener<PartyVoices>) change -> renderChart());
        renderChart();

        VBox left = new VBox(8, new Label("Unattributed claims (no source at all), most check-worthy first"), unattributed,
                new Label("Vague and anonymous sources"), weak);
        VBox.setVgrow(unattributed, Priority.ALWAYS);
        VBox.setVgrow(weak, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox body = new HBox(12, left, chart);
        VBox top = new VBox(6, new HBox(8, new Label("Audit of"), scope,
                LoadingIndicator.of(model.loadingProperty(), "audit-loading")), new HBox(12, share, bar), summary);
        top.setPadding(new Insets(8));
        body.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(body);
    }

    private void showScope(AuditViewModel.Scope now) {
        updatingScope = true;
        try {
            scopeBox.setValue(now);
        } finally {
            updatingScope = false;
        }
    }

    private ListView<AuditItem> items(String id, ObservableList<AuditItem> items) {
        ListView<AuditItem> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AuditItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Account a = item.account();
                String who = a.source() == null ? "" : a.source() + " (" + item.reason().replace('-', ' ') + "): ";
                Label claim = new Label(who + a.text());
                claim.setWrapText(true);
                // The article it comes from, smaller and muted, so a short claim and its title read as one item.
                Label where = new Label("in " + (a.outlet() == null ? "" : a.outlet() + " \u2014 ") + a.articleTitle());
                where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                where.setWrapText(true);
                VBox box = new VBox(2, claim, where);
                box.setPadding(new Insets(2, 0, 4, 0));
                setText(null);
                setGraphic(box);
                setPrefWidth(0);
            }
        });
        list.setOnMouseClicked(e -> {
            AuditItem item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                model.open(item);
            }
        });
        return list;
    }

    private void renderChart() {
        XYChart.Series<String, Number> statements = new XYChart.Series<>();
        statements.setName("statements");
        XYChart.Series<String, Number> quotes = new XYChart.Series<>();
        quotes.setName("direct quotes");
        for (PartyVoices v : model.voices()) {
            statements.getData().add(coloured(new XYChart.Data<>(v.party(), v.statements()), v.colour(), 1.0));
            quotes.getData().add(coloured(new XYChart.Data<>(v.party(), v.quotes()), v.colour(), 0.55));
        }
        chart.getData().setAll(List.of(statements, quotes));
    }

    /** Each party's bars in its own colour, as in the Reader; quotes a lighter shade of the same colour. */
    private static XYChart.Data<String, Number> coloured(XYChart.Data<String, Number> bar, String colour,
                                                         double opacity) {
        bar.nodeProperty().addListener((observable, before, node) -> {
            if (node != null && colour != null) {
                node.setStyle("-fx-bar-fill: " + colour + "; -fx-opacity: " + opacity + ";");
            }
        });
        return bar;
    }
}
