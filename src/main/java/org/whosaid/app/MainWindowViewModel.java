package org.whosaid.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.Services;
import org.whosaid.service.undo.Edit;

/**
 * The main window's own work, apart from its menus and layout: export, a colleague's annotations, the sample
 * article, and whether the database may be switched now. Runs on the task executor and says what happened in
 * {@link #messageProperty()}, or in {@link #problemProperty()} when something failed.
 */
public final class MainWindowViewModel {
    /** Something that failed, for an error dialog: a header and what happened. */
    public record Problem(String header, String text) {
    }

    private final Services services;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper libraryChanged = new ReadOnlyLongWrapper();

    public MainWindowViewModel(Services services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    /** Writes the articles (all for an empty list) to the file in the format the export dialog settled on. */
    public void export(List<Long> ids, ExportChoice.Target target) {
        Path file = target.file();
        message.set("Exporting to " + file.getFileName() + "\u2026");
        BackgroundTask.wrap(progress -> {
            services.export().writeFile(target.format(), ids, file);
            return file;
        }).named("Exporting to " + file)
                .onSuccess(written -> message.set("Exported " + (ids.isEmpty() ? "the library" : ids.size()
                        + " article" + (ids.size() == 1 ? "" : "s")) + " as " + target.format() + " to " + written))
                .onFailure(error -> fail(new Problem("Export failed", file + ": " + error.getMessage())))
                .executeWith(executor);
    }

    /**
     * Merges a colleague's Web Annotation file into the library; where both coded a statement differently, the
     * user's own coding wins unless {@code theirsWins}. A merge that changed anything is handed to {@code undo}.
     */
    public void importAnnotations(Path file, boolean theirsWins, Consumer<Edit> undo) {
        BackgroundTask.wrap(progress -> services.export().importWebAnnotations(file, theirsWins))
                .named("Importing annotations from " + file)
                .onSuccess(result -> {
                    boolean changedAny = result.added() + result.updated() > 0;
                    if (changedAny) {
                        undo.accept(result.edit());
                    }
                    message.set(file.getFileName() + ": " + result.summary() + (changedAny ? " (Ctrl+Z to undo)" : ""));
                    changed();
                })
                .onFailure(error -> fail(new Problem("Annotations not imported",
                        file + ": nothing imported: " + error.getMessage())))
                .executeWith(executor);
    }

    /** Imports the bundled sample article, then hands its id to {@code open}. */
    public void importSample(LongConsumer open) {
        message.set("Loading the sample article\u2026");
        BackgroundTask.wrap(progress -> services.imports().importSample()).named("Loading the sample article")
                .onSuccess(outcome -> {
                    if (outcome.result() == ImportOutcome.Result.FAILED) {
                        message.set("The sample article could not be loaded: " + outcome.reason());
                        return;
                    }
                    message.set("The sample article: statements are highlighted in their party's colour.");
                    changed();
                    open.accept(outcome.articleId());
                })
                .onFailure(error -> message.set("The sample article could not be loaded: " + error.getMessage()))
                .executeWith(executor);
    }

    /** Whether another database may be opened now; if not, the message says why. */
    public boolean maySwitchDatabase(boolean importRunning) {
        if (importRunning) {
            message.set("Wait for the import to finish (or cancel it) before changing the database.");
            return false;
        }
        return true;
    }

    /** Set anew each time, so that the same failure twice shows twice. */
    private void fail(Problem what) {
        problem.set(null);
        problem.set(what);
    }

    private void changed() {
        libraryChanged.set(libraryChanged.get() + 1);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Ticks when the library changed underneath the screens (annotations, the sample) and they should reload. */
    public ReadOnlyLongProperty libraryChangedProperty() {
        return libraryChanged.getReadOnlyProperty();
    }
}
