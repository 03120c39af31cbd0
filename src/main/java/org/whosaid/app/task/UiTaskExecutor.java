package org.whosaid.app.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on a small pool of daemon threads; progress, results and failures
 * are published on the FX thread.
 */
public final class UiTaskExecutor implements TaskExecutor {
    private final TaskFailures failures = new TaskFailures(message -> { });
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "whosaid-background-" + threadNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** Logs until the window sets how failures are shown. */
    @Override
    public TaskFailures failures() {
        return failures;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call((done, total, message) -> Platform.runLater(() -> task.progressed(done, total, message)));
            }
        };
        fxTask.setOnSucceeded(event -> task.succeeded(fxTask.getValue()));
        fxTask.setOnFailed(event -> task.failed(fxTask.getException(), failures));
        pool.execute(fxTask);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
