package org.whosaid.app.imports;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;

/** An import in progress: what is being read, how far it got, cancel, and the report when it is done. */
public final class ImportViewModel {
    private final Importer importer;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>();
    private BackgroundTask<ImportReport> task;

    public ImportViewModel(Importer importer, TaskExecutor executor) {
        this.importer = Objects.requireNonNull(importer);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Starts importing; {@code whenDone} gets the report (also when cancelled). Ignored while an import runs. */
    public void start(List<String> inputs, Consumer<ImportReport> whenDone) {
        if (running.get() || inputs.isEmpty()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        current.set("Starting\u2026");
        task = BackgroundTask.wrap(p -> importer.importAll(inputs, p))
                .onProgress((done, total, message) -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    current.set(message);
                })
                .onSuccess(report -> finish(report, whenDone))
                .onFailure(error -> finish(new ImportReport(List.of(ImportOutcome.failed(String.join(", ", inputs),
                        String.valueOf(error.getMessage()))), false), whenDone));
        task.executeWith(executor);
    }

    private void finish(ImportReport report, Consumer<ImportReport> whenDone) {
        running.set(false);
        progress.set(1);
        current.set(report.summary());
        lastReport.set(report);
        whenDone.accept(report);
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
            current.set("Cancelling\u2026");
        }
    }

    /** The report as plain text a user can copy: the summary, then one line per input. */
    public static String reportText(ImportReport report) {
        StringBuilder text = new StringBuilder(report.summary()).append('\n');
        for (ImportOutcome outcome : report.outcomes()) {
            text.append('\n').append(outcome.describe());
        }
        return text.toString();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The input being read now, or the summary when done. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
