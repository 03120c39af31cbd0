package org.whosaid.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StoreException;

/**
 * The one way articles get into the library: each input is read and analysed on a worker thread (one per core),
 * and the results are stored in input order, {@link ImportService#BATCH} articles per transaction, so each article
 * is stored whole with its statements or not at all and a hard kill loses at most the batch being written. A batch
 * that cannot be stored is stored one article at a time, so one bad article fails alone and a full disk keeps what
 * still fits.
 */
final class ImportPipeline implements AutoCloseable {
    /** Inputs read and analysed ahead of the one being stored: enough to keep every core busy while a batch commits. */
    private static final int AHEAD = 2 * ImportService.BATCH;

    private final ArticleRepository articles;
    private final ExecutorService workers;

    /** What a worker made of one input: an article ready to store (with a note for the user, or null), or a failure. */
    record Prepared(String input, ArticleContent content, Analysis analysis, String notice, ImportOutcome failure) {
        static Prepared failed(ImportOutcome failure) {
            return new Prepared(failure.input(), null, null, null, failure);
        }
    }

    /** Told of each input as it is analysed (in input order), and asked between inputs whether to stop. */
    interface Listener {
        void prepared(int index, String input);

        boolean isCancelled();
    }

    /** The disk filled up: the outcomes so far are in the list, {@code input} was not stored, {@code untried} neither. */
    static final class DiskFull extends RuntimeException {
        private final String input;
        private final int untried;

        DiskFull(StoreException cause, String input, int untried) {
            super(cause.getMessage(), cause);
            this.input = input;
            this.untried = untried;
        }

        /** The outcome naming the input that did not fit and how many after it were not tried. */
        ImportOutcome outcome(int laterInputs) {
            return ImportOutcome.failed(input, getMessage() + "; the import stopped here (" + (untried + laterInputs)
                    + " more not tried)");
        }
    }

    ImportPipeline(ArticleRepository articles) {
        this.articles = articles;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "whosaid-import-" + number.incrementAndGet());
            // a worker stuck in one pathological article must not keep the program from exiting
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Prepares every task on the workers and stores the results in order, adding one outcome per task to
     * {@code outcomes}. When cancelled, the articles already analysed are stored (whole) and the rest are not tried.
     *
     * @return false when it stopped because the listener was cancelled
     * @throws DiskFull when the disk is full, after the outcomes of everything stored before
     */
    boolean run(List<Callable<Prepared>> tasks, Listener listener, List<ImportOutcome> outcomes) {
        ArrayDeque<Future<Prepared>> inFlight = new ArrayDeque<>();
        List<Prepared> pending = new ArrayList<>(ImportService.BATCH);
        int submitted = 0;
        int taken = 0;
        try {
            while (taken < tasks.size()) {
                if (listener.isCancelled()) {
                    store(pending, outcomes, tasks.size() - taken);
                    return false;
                }
                while (submitted < tasks.size() && inFlight.size() < AHEAD) {
                    inFlight.add(workers.submit(tasks.get(submitted++)));
                }
                Prepared next;
                try {
                    next = await(inFlight.removeFirst());
                } catch (InterruptedException e) {
                    store(pending, outcomes, tasks.size() - taken);
                    Thread.currentThread().interrupt();
                    return false;
                }
                listener.prepared(taken++, next.input());
                pending.add(next);
                if (pending.size() >= ImportService.BATCH) {
                    store(pending, outcomes, tasks.size() - taken);
                }
            }
            store(pending, outcomes, 0);
            return true;
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    private static Prepared await(Future<Prepared> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // the tasks turn every failure into an outcome; what escapes is an Error such as running out of memory
            throw new IllegalStateException("an import worker failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Stores the pending articles in one transaction, else one by one, and adds their outcomes in order.
     *
     * @param after how many inputs come after the pending ones in this run, for the full-disk message
     */
    private void store(List<Prepared> pending, List<ImportOutcome> outcomes, int after) {
        if (pending.isEmpty()) {
            return;
        }
        List<ArticleRepository.Analysed> batch = new ArrayList<>(pending.size());
        for (Prepared p : pending) {
            if (p.failure() == null) {
                batch.add(new ArticleRepository.Analysed(p.content(), p.analysis()));
            }
        }
        List<ArticleRepository.Stored> stored = null;
        try {
            stored = batch.isEmpty() ? List.of() : articles.storeAll(batch);
        } catch (StoreException e) {
            // one by one below: a bad article fails alone, and a full disk still takes what fits
        }
        int next = 0;
        for (int i = 0; i < pending.size(); i++) {
            Prepared p = pending.get(i);
            if (p.failure() != null) {
                outcomes.add(p.failure());
            } else if (stored != null) {
                outcomes.add(ImportService.outcome(p.input(), p.content(), stored.get(next++), p.notice()));
            } else {
                try {
                    outcomes.add(ImportService.outcome(p.input(), p.content(),
                            articles.store(p.content(), p.analysis()), p.notice()));
                } catch (StoreException e) {
                    if (e.isDiskFull()) {
                        int untried = pending.size() - i - 1 + after;
                        pending.clear();
                        throw new DiskFull(e, p.input(), untried);
                    }
                    outcomes.add(ImportOutcome.failed(p.input(), "could not be stored: " + e.getMessage()));
                }
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
