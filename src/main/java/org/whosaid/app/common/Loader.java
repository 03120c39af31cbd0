package org.whosaid.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;

/**
 * Runs a screen's database queries on the task executor (never on the FX thread), says while it is loading, and
 * applies only the answer to the latest request: a slow older answer never overwrites a newer one.
 */
public final class Loader {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private long generation;

    public Loader(TaskExecutor executor) {
        this.executor = executor;
    }

    /** @param what names the query for a failure message: "Loading the Sources" */
    public <T> void load(String what, Callable<T> query, Consumer<T> apply) {
        long mine = ++generation;
        loading.set(true);
        BackgroundTask.wrap(progress -> query.call()).named(what)
                .onSuccess(result -> {
                    if (mine == generation) {
                        loading.set(false);
                        apply.accept(result);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                    executor.failures().show(what, error);
                })
                .executeWith(executor);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
