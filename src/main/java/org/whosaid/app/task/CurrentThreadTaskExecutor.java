package org.whosaid.app.task;

/** Runs each task at once on the calling thread, so view-models can be tested synchronously without a toolkit. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final TaskFailures failures;

    /** Failures are logged only; tests that look at messages pass their own {@link TaskFailures}. */
    public CurrentThreadTaskExecutor() {
        this(new TaskFailures(message -> { }));
    }

    public CurrentThreadTaskExecutor(TaskFailures failures) {
        this.failures = failures;
    }

    @Override
    public TaskFailures failures() {
        return failures;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(task::progressed);
        } catch (Exception | StackOverflowError e) {
            task.failed(e, failures);
            return;
        }
        task.succeeded(result);
    }
}
