package org.whosaid.model;

/**
 * Lets one thread stop work running on another: a library search superseded by the next keystroke is stopped
 * while its query runs, not only while it waits in the queue. The worker says how to stop it while it runs.
 */
public final class Cancellation {
    private boolean cancelled;
    private Runnable stop;

    /** Stops the work: at once if it is running, before it starts otherwise. */
    public synchronized void cancel() {
        cancelled = true;
        if (stop != null) {
            stop.run();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Whether the work is running now (between {@link #start} and {@link #finish}). */
    public synchronized boolean isRunning() {
        return stop != null;
    }

    /**
     * Called by the worker as it starts: {@code stopIt} stops the work until {@link #finish}. False, with nothing
     * registered, when the work was cancelled already and must not start.
     */
    public synchronized boolean start(Runnable stopIt) {
        if (cancelled) {
            return false;
        }
        stop = stopIt;
        return true;
    }

    /** Called by the worker when it is done: a later {@link #cancel} no longer touches it. */
    public synchronized void finish() {
        stop = null;
    }
}
