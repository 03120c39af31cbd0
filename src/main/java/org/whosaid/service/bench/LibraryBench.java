package org.whosaid.service.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.whosaid.model.ArticleTitle;
import org.whosaid.model.AuditReport;
import org.whosaid.model.Cancellation;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.TopicOverview;
import org.whosaid.service.AuditService;
import org.whosaid.service.ImportService;
import org.whosaid.service.LibraryService;
import org.whosaid.service.Progress;
import org.whosaid.service.Services;
import org.whosaid.store.LibraryLocation;

/**
 * The figures of one library, in a file or on a server: the import that fills it through {@code whosaid import},
 * then the Library's pages, search, opening an article, Compare, Audit and the window, as a user meets them.
 */
final class LibraryBench {
    /** Fixed queries: names, places, topics, prefixes as typed, several words, and words found in no article. */
    static final List<String> QUERIES = List.of("Toretsk", "ceasefire", "court", "election", "earthquake", "flood",
            "strike", "said", "denied", "according to", "prosecutor", "Zelensky", "rescue teams", "humanitarian corridor",
            "constitutional court", "vote count", "border guards", "military analysts", "aid convoy", "emergency decree",
            "dock workers", "automation", "kickbacks", "landmines", "magnitude", "prote", "elec", "minist",
            "Kalvar", "zeitgeist");
    static final int OPENED = 100;
    static final int LIBRARY_PAGE = 200;
    private static final java.time.Duration IMPORT_TIMEOUT = java.time.Duration.ofHours(2);
    /** The Library's other first pages: by each sortable column, by a filter, searched. */
    static final List<LibraryQuery> LIBRARY_ORDERS = List.of(
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.TITLE, false),
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.PUBLISHED, true),
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.QUOTES, true),
            LibraryQuery.ALL.withFilters(null, null, null, null, "Daily Ledger", null),
            LibraryQuery.ALL.withFilters(null, null, null, null, null, "en").sortedBy(LibraryQuery.Sort.OUTLET, false),
            LibraryQuery.ALL.withText("ceasefire"),
            LibraryQuery.ALL.withText("said").sortedBy(LibraryQuery.Sort.TITLE, false));

    /** What was measured on the library, and what the notes say of it. */
    record Measured(List<BenchmarkReport.Figure> figures, long statements, String orders, String slowest) {
    }

    private LibraryBench() {
    }

    /**
     * Imports the {@code articles} files of {@code files} into the empty library at {@code location} in a fresh JVM
     * and measures it; {@code progress} is told of steps {@code firstStep} to {@code firstStep + 3} of {@code steps}.
     */
    static Measured measure(LibraryLocation location, Path files, int articles, Progress progress, int firstStep,
                            int steps, Function<String, Optional<BenchmarkService.WindowUp>> windowTimer) {
        List<BenchmarkReport.Figure> figures = new ArrayList<>();
        progress.update(firstStep, steps, "import of " + articles + " articles into " + location);
        ChildJvm.Run imported = ChildJvm.whosaid(List.of("--db", location.toString(), "import", files.toString()),
                IMPORT_TIMEOUT);
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("the benchmark import (whosaid --db " + location + " import " + files
                    + ") ended with exit code " + imported.exitCode() + ": " + tail(imported.output()));
        }
        figures.add(BenchmarkReport.Figure.measured(BenchmarkService.IMPORT,
                BenchmarkService.perSecond(articles, (long) (imported.wallSeconds() * 1e9)), "articles/s",
                BenchmarkReport.Goal.atLeast(500)));
        figures.add(BenchmarkReport.Figure.measured(BenchmarkService.IMPORT_WALL, imported.wallSeconds(), "s", null));
        figures.add(BenchmarkReport.Figure.measured(BenchmarkService.IMPORT_CPU, imported.cpuSeconds(), "s", null));
        figures.add(BenchmarkService.peak(BenchmarkService.PEAK_IMPORT, imported.peakResidentMb(),
                BenchmarkReport.Goal.atMost(500)));

        long statements;
        String orders;
        String slowest;
        try (Services services = Services.open(location)) {
            LibraryService library = services.library();
            if (library.articleCount() != articles) {
                throw new IllegalStateException("the benchmark import stored " + library.articleCount() + " of "
                        + articles + " articles: " + tail(imported.output()));
            }
            progress.update(firstStep + 1, steps, "the Library's first rows");
            LibraryQuery all = LibraryQuery.ALL;
            long start = System.nanoTime();
            library.firstPage(all, LIBRARY_PAGE, new Cancellation()).orElseThrow();
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.LIBRARY_FIRST, millis(System.nanoTime() - start),
                    "ms", BenchmarkReport.Goal.atMost(300)));
            long[] sorted = new long[LIBRARY_ORDERS.size() * 3];
            for (int i = 0; i < sorted.length; i++) {
                LibraryQuery query = LIBRARY_ORDERS.get(i % LIBRARY_ORDERS.size());
                long began = System.nanoTime();
                library.firstPage(query, LIBRARY_PAGE, new Cancellation()).orElseThrow();
                sorted[i] = System.nanoTime() - began;
            }
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.LIBRARY_SORTED,
                    BenchmarkService.percentile(sorted, 95), "ms", BenchmarkReport.Goal.atMost(300)));
            orders = worstOf(sorted, LIBRARY_ORDERS.stream().map(LibraryBench::describe).toList());
            int total = library.count(all);
            start = System.nanoTime();
            library.page(all, Math.max(0, total - LIBRARY_PAGE / 2), LIBRARY_PAGE);
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.LIBRARY_LAST, millis(System.nanoTime() - start),
                    "ms", null));

            progress.update(firstStep + 2, steps, "search");
            long[] searches = timeSearches(library);
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.SEARCH_MEDIAN,
                    BenchmarkService.percentile(searches, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.SEARCH_P95,
                    BenchmarkService.percentile(searches, 95), "ms", BenchmarkReport.Goal.atMost(50)));
            slowest = slowestQueries(searches, 3);

            List<Long> ids = library.titles().stream().map(ArticleTitle::id).toList();
            long[] opens = timeOpening(library, ids);
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.OPEN_MEDIAN,
                    BenchmarkService.percentile(opens, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.OPEN_P95,
                    BenchmarkService.percentile(opens, 95), "ms", BenchmarkReport.Goal.atMost(200)));

            progress.update(firstStep + 3, steps, "Compare and Audit");
            start = System.nanoTime();
            List<TopicOverview> topics = services.compare().topics();
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.COMPARE_TOPICS, millis(System.nanoTime() - start),
                    "ms", BenchmarkReport.Goal.atMost(500)));
            if (!topics.isEmpty()) {
                String largest = topics.get(0).topic().key();
                start = System.nanoTime();
                services.compare().compare(largest);
                figures.add(BenchmarkReport.Figure.measured(BenchmarkService.COMPARE_TOPIC,
                        millis(System.nanoTime() - start), "ms", BenchmarkReport.Goal.atMost(500)));
            }
            start = System.nanoTime();
            AuditReport audit = services.audit().library(AuditService.LISTED);
            figures.add(BenchmarkReport.Figure.measured(BenchmarkService.AUDIT, millis(System.nanoTime() - start), "ms",
                    BenchmarkReport.Goal.atMost(500)));
            statements = audit.statements();
        }
        Optional<BenchmarkService.WindowUp> window = windowTimer.apply(location.toString());
        figures.add(window.isPresent()
                ? BenchmarkReport.Figure.measured(BenchmarkService.WINDOW_UP, window.get().millis() / 1000.0, "s",
                        BenchmarkReport.Goal.atMost(2))
                : new BenchmarkReport.Figure(BenchmarkService.WINDOW_UP, Double.NaN, "s", BenchmarkReport.Goal.atMost(2),
                        "not measured: no display (run bench under Xvfb)"));
        if (window.isPresent()) {
            figures.add(BenchmarkService.peak(BenchmarkService.PEAK_WINDOW, window.get().peakResidentMb(),
                    BenchmarkReport.Goal.atMost(500)));
        }
        return new Measured(figures, statements, orders, slowest);
    }

    /** How the import was run, for the notes. */
    static String importNote(int articles) {
        return "Import: the generated articles are written as " + articles + " Markdown files and imported by"
                + " `whosaid --db LIBRARY import FOLDER` in a fresh JVM (default options, as a user runs it), which"
                + " runs the import in a second JVM with the serial collector (docs/decisions.md): reading, analysis"
                + " on every core, storing " + ImportService.BATCH + " articles per transaction."
                + " Its wall time includes both JVMs' start; its CPU time and peak memory are those of both JVMs and"
                + " all their threads, so CPU time"
                + " above wall time is work done in parallel, and wall time well above CPU time / cores is time"
                + " spent waiting for a core on a busy machine.";
    }

    /** A search as the Library's search box runs it: the count of matches and the first page, best first. */
    private static long[] timeSearches(LibraryService library) {
        QUERIES.forEach(query -> searched(library, query));
        long[] times = new long[QUERIES.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                searched(library, query);
                times[n++] = System.nanoTime() - start;
            }
        }
        return times;
    }

    private static void searched(LibraryService library, String query) {
        library.firstPage(LibraryQuery.ALL.withText(query), LIBRARY_PAGE, new Cancellation()).orElseThrow();
    }

    /** Each of {@code names} with the worst of its times ({@code times} runs through the names in turn). */
    private static String worstOf(long[] times, List<String> names) {
        long[] worst = new long[names.size()];
        for (int i = 0; i < times.length; i++) {
            worst[i % names.size()] = Math.max(worst[i % names.size()], times[i]);
        }
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> String.format(java.util.Locale.ROOT, "%s %.0f ms", names.get(i), millis(worst[i])))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String describe(LibraryQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.text() != null) {
            parts.add("search \"" + query.text() + "\"");
        }
        if (query.outlet() != null) {
            parts.add("outlet " + query.outlet());
        }
        if (query.language() != null) {
            parts.add("language " + query.language());
        }
        if (query.sort() != LibraryQuery.Sort.DEFAULT) {
            parts.add("by " + query.sort().name().toLowerCase(java.util.Locale.ROOT) + (query.descending() ? " desc" : ""));
        }
        return String.join(", ", parts);
    }

    /** The {@code count} queries with the worst single time, as {@code "query" 12.3 ms}. */
    private static String slowestQueries(long[] times, int count) {
        long[] worst = new long[QUERIES.size()];
        for (int i = 0; i < times.length; i++) {
            worst[i % QUERIES.size()] = Math.max(worst[i % QUERIES.size()], times[i]);
        }
        return java.util.stream.IntStream.range(0, QUERIES.size()).boxed()
                .sorted(Comparator.comparingLong((Integer q) -> worst[q]).reversed()).limit(count)
                .map(q -> String.format(java.util.Locale.ROOT, "\"%s\" %.1f ms", QUERIES.get(q), millis(worst[q])))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static long[] timeOpening(LibraryService library, List<Long> ids) {
        int count = Math.min(OPENED, ids.size());
        long[] times = new long[count * 2];
        int n = 0;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < count; i++) {
                long id = ids.get((int) ((long) i * ids.size() / count));
                long start = System.nanoTime();
                library.article(id).orElseThrow();
                library.statements(id);
                times[n++] = System.nanoTime() - start;
            }
        }
        return times;
    }

    /** The last lines of a child's output, for a message. */
    private static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
