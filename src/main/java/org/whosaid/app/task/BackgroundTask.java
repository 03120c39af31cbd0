package org.whosaid.app.task;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.whosaid.service.Progress;

/**
 * Long work described once and run by a {@link TaskExecutor}: off the FX thread in the app, on the calling thread in
 * tests. The work reports through a toolkit-free {@link Progress}; callbacks are called where the executor publishes
 * results (the FX thread in the app).
 */
public final class BackgroundTask<T> {
    /** The work itself; it may check {@link Progress#isCancelled()} and stop early. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** How far the work got: done out of total (total 0 when unknown), and what it is doing now. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(long done, long total, String message);
    }

    private final Work<T> work;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Consumer<? super T> onSuccess = result -> { };
    private String what = "A background task";
    /** Null until set: the executor's {@link TaskFailures} then shows the failure to the user. */
    private Consumer<Throwable> onFailure;
    private ProgressListener onProgress = (done, total, message) -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Names the work for failure messages and the log: "Searching the library". */
    public BackgroundTask<T> named(String description) {
        this.what = Objects.requireNonNull(description);
        return this;
    }

    public String name() {
        return what;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Handles a failure in the screen's own way; without one, the user is shown what failed and why. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        executor.execute(this);
        return this;
    }

    /** Asks the work to stop; it does so at its next {@link Progress#isCancelled()} check. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs the work on this thread, reporting progress to {@code progressSink}. For executors. */
    T call(ProgressListener progressSink) throws Exception {
        return work.run(new Progress() {
            @Override
            public void update(long done, long total, String message) {
                progressSink.progress(done, total, message);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        });
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    /** Logs the failure, then hands it to the task's own handler or shows it to the user. */
    void failed(Throwable error, TaskFailures failures) {
        failures.log(what, error);
        if (onFailure != null) {
            onFailure.accept(error);
        } else {
            failures.show(what, error);
        }
    }

    void progressed(long done, long total, String message) {
        onProgress.progress(done, total, message);
    }
}
