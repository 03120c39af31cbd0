package org.whosaid.app.task;

/** Runs each task at once on the calling thread, so view-models can be tested synchronously without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(task::progressed);
        } catch (Exception | StackOverflowError e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }
}
