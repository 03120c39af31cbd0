package org.whosaid.app;

import java.util.List;
import java.util.Optional;
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

/**
 * Edit → Re-analyse the selected articles or all of them, so lexicon and engine improvements reach an existing
 * library: progress in a dialog whose Cancel stops the work between articles. Disabled until a {@link Reanalyser}
 * is given.
 */
final class ReanalyseAction {
    private final TaskExecutor executor;
    private final Supplier<List<Long>> selection;
    private final Supplier<Window> owner;
    private final Consumer<String> done;
    private final MenuItem selected = new MenuItem("Re-analyse selected articles", new FontIcon(Feather.REFRESH_CCW));
    private final MenuItem all = new MenuItem("Re-analyse all articles", new FontIcon(Feather.REFRESH_CCW));
    private Optional<Reanalyser> reanalyser = Optional.empty();

    /** @param done receives the summary, after which the screens reload */
    ReanalyseAction(TaskExecutor executor, Supplier<List<Long>> selection, Supplier<Window> owner,
                    Consumer<String> done) {
        this.executor = executor;
        this.selection = selection;
        this.owner = owner;
        this.done = done;
        selected.setId("menu-reanalyse-selected");
        all.setId("menu-reanalyse-all");
        selected.setOnAction(event -> run(selection.get()));
        all.setOnAction(event -> run(List.of()));
        setReanalyser(null);
    }

    List<MenuItem> items() {
        return List.of(selected, all);
    }

    /** Called as the Edit menu opens: "selected" needs a selection in the Library. */
    void update() {
        selected.setDisable(reanalyser.isEmpty() || selection.get().isEmpty());
        all.setDisable(reanalyser.isEmpty());
    }

    void setReanalyser(Reanalyser value) {
        reanalyser = Optional.ofNullable(value);
        update();
    }

    private void run(List<Long> ids) {
        if (reanalyser.isEmpty()) {
            return;
        }
        Reanalyser engine = reanalyser.get();
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
        BackgroundTask<String> task = BackgroundTask.wrap(progress -> engine.reanalyse(ids, progress))
                .named("Re-analysing").onProgress((count, total, message) -> {
                    bar.setProgress(total > 0 ? (double) count / total : ProgressBar.INDETERMINATE_PROGRESS);
                    status.setText(total > 0 ? count + " of " + total + (message == null ? "" : ": " + message)
                            : String.valueOf(message));
                });
        dialog.setOnHidden(event -> task.cancel());
        task.onSuccess(summary -> {
            dialog.setOnHidden(null);
            dialog.close();
            done.accept((task.isCancelled() ? "Re-analysis cancelled: " : "Re-analysed: ") + summary);
        });
        dialog.show();
        task.executeWith(executor);
    }
}
