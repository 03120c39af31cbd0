package org.whosaid.app.task;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where a failed background task goes: always to the log ({@code whosaid.log}), and to the user's eyes unless the
 * task handles its failure itself. Nothing that fails in the background is silent.
 */
public final class TaskFailures {
    private static final Logger LOG = Logger.getLogger("org.whosaid.app");

    private volatile Consumer<String> display;

    /** @param display shows a message to the user (the window sets its own once it is built) */
    public TaskFailures(Consumer<String> display) {
        this.display = Objects.requireNonNull(display);
    }

    public void setDisplay(Consumer<String> display) {
        this.display = Objects.requireNonNull(display);
    }

    /** "Searching the library failed: database is locked". */
    public static String message(String what, Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        String why = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return what + " failed: " + why;
    }

    void log(String what, Throwable error) {
        LOG.log(Level.WARNING, message(what, error), error);
    }

    /** Shows a failure the task already logged; for screens that also stop their own loading indicator. */
    public void show(String what, Throwable error) {
        display.accept(message(what, error));
    }
}
