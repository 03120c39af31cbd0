package org.whosaid.app.task;

import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test runs them, as a busy pool would: lets a test type faster than searches finish. */
public final class DeferredTaskExecutor implements TaskExecutor {
    /** A task that ran, with what its work returned (null when it stopped early or failed). */
    public record Ran(BackgroundTask<?> task, Object result) {
    }

    private final List<BackgroundTask<?>> queued = new ArrayList<>();
    private final TaskFailures failures = new TaskFailures(message -> { });

    @Override
    public TaskFailures failures() {
        return failures;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queued.add(task);
    }

    /** Runs every queued task in order, including those queued meanwhile; returns what each returned. */
    public List<Ran> runAll() {
        List<Ran> ran = new ArrayList<>();
        while (!queued.isEmpty()) {
            BackgroundTask<?> next = queued.remove(0);
            ran.add(new Ran(next, run(next)));
        }
        return ran;
    }

    private <T> T run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call(task::progressed);
        } catch (Exception e) {
            task.failed(e, failures);
            return null;
        }
        task.succeeded(result);
        return result;
    }
}
