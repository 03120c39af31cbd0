package org.whosaid.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.service.AnalysisService;

/**
 * Edit → Re-analyse the selected articles or all of them, so lexicon and engine improvements reach an existing
 * library: progress in a dialog whose Cancel stops the work between articles. The work is
 * {@link AnalysisService#reanalyse}, which keeps the user's corrections.
 */
final class ReanalyseAction {
    private final AnalysisService analysis;
    private final TaskExecutor executor;
    private final Supplier<List<Long>> selection;
    private final Supplier<Window> owner;
    private final Consumer<String> done;
    private final MenuItem selected = new MenuItem("Re-analyse selected articles", new FontIcon(Feather.REFRESH_CCW));
    private final MenuItem all = new MenuItem("Re-analyse all articles", new FontIcon(Feather.REFRESH_CCW));

    /** @param done receives the summary, after which the screens reload */
    ReanalyseAction(AppContext context, Supplier<List<Long>> selection, Supplier<Window> owner, Consumer<String> done) {
        this.analysis = context.services().analysis();
        this.executor = context.executor();
        this.selection = selection;
        this.owner = owner;
        this.done = done;
        selected.setId("menu-reanalyse-selected");
        all.setId("menu-reanalyse-all");
        selected.setOnAction(event -> run(selection.get()));
        all.setOnAction(event -> run(List.of()));
        update();
    }

    List<MenuItem> items() {
        return List.of(selected, all);
    }

    /** Called as the Edit menu opens: "selected" needs a selection in the Library. */
    void update() {
        selected.setDisable(selection.get().isEmpty());
    }

    private void run(List<Long> ids) {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(360);
        Label status = new Label("Starting\u2026");
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CANCEL);
        dialog.setTitle("Re-analyse");
        dialog.setHeaderText(ids.isEmpty() ? "Re-analysing every article (your corrections are kept)"
                : "Re-analysing " + ids.size() + " article" + (ids.size() == 1 ? "" : "s")
                + " (your corrections are kept)");
        dialog.getDialogPane().setContent(new VBox(8, bar, status));
        dialog.getDialogPane().setId("reanalyse-dialog");
        dialog.initOwner(owner.get());
        BackgroundTask<String> task = BackgroundTask.wrap(progress -> analysis.reanalyse(ids, progress).summary())
                .named("Re-analysing").onProgress((count, total, message) -> {
                    bar.setProgress(total > 0 ? (double) count / total : ProgressBar.INDETERMINATE_PROGRESS);
                    status.setText(total > 0 ? count + " of " + total + (message == null ? "" : ": " + message)
                            : String.valueOf(message));
                });
        dialog.setOnHidden(event -> task.cancel());
        task.onSuccess(summary -> {
            dialog.setOnHidden(null);
            dialog.close();
            // The summary says "N articles re-analysed" itself; only a cancelled run needs a word of its own.
            done.accept((task.isCancelled() ? "Re-analysis cancelled: " : "") + summary);
        });
        dialog.show();
        task.executeWith(executor);
    }
}
