package org.whosaid.app.task;

/** Runs {@link BackgroundTask}s; the app's runs them off the FX thread, the tests' on the calling thread. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    /** Where failures go: the log, and a message to the user. */
    TaskFailures failures();

    /** Stops accepting work; running work is left to finish or be cancelled. */
    default void shutdown() {
    }
}
