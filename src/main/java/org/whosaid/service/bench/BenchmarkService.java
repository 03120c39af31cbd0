package org.whosaid.service.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;

import org.whosaid.analysis.AttributionEngine;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.ArticleTitle;
import org.whosaid.model.AuditReport;
import org.whosaid.model.Cancellation;
import org.whosaid.model.Language;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.TopicOverview;
import org.whosaid.service.AuditService;
import org.whosaid.service.ImportService;
import org.whosaid.service.LibraryService;
import org.whosaid.service.Progress;
import org.whosaid.service.Services;

/**
 * Measures what the goals are about — analysis throughput, import, search, memory, opening an article —
 * on generated articles in a fresh temporary database (never the user's), and reports each figure beside its goal.
 */
public final class BenchmarkService {
    public static final String ANALYSIS_ONE_THREAD = "analysis, 1 thread";
    public static final String ANALYSIS_ALL_CORES = "analysis, all cores";
    public static final String IMPORT = "import through `whosaid import`";
    public static final String IMPORT_WALL = "import, wall time";
    public static final String IMPORT_CPU = "import, CPU time (all threads)";
    public static final String PEAK_IMPORT = "peak resident memory, import process";
    public static final String LIBRARY_FIRST = "Library first rows (count + first page)";
    public static final String LIBRARY_SORTED = "Library first rows, sorted, filtered or searched, p95";
    public static final String LIBRARY_LAST = "Library, a page at the end";
    public static final String SEARCH_MEDIAN = "full-text search, median";
    public static final String SEARCH_P95 = "full-text search, p95";
    public static final String OPEN_MEDIAN = "open an article, median";
    public static final String OPEN_P95 = "open an article, p95";
    public static final String COMPARE_TOPICS = "Compare, topic list";
    public static final String COMPARE_TOPIC = "Compare, first topic";
    public static final String AUDIT = "Audit, whole library";
    public static final String WINDOW_UP = "window up (launch to rendered Library)";
    public static final String PEAK_WINDOW = "peak resident memory, app with the Library shown";
    public static final String PEAK_BENCH = "peak resident memory, this bench process";

    /** When the desktop app was timed: launch to rendered Library, and the app process's peak resident memory. */
    public record WindowUp(long millis, OptionalDouble peakResidentMb) {
    }

    /** Fixed queries: names, places, topics, prefixes as typed, several words, and words found in no article. */
    static final List<String> QUERIES = List.of("Toretsk", "ceasefire", "court", "election", "earthquake", "flood",
            "strike", "said", "denied", "according to", "prosecutor", "Zelensky", "rescue teams", "humanitarian corridor",
            "constitutional court", "vote count", "border guards", "military analysts", "aid convoy", "emergency decree",
            "dock workers", "automation", "kickbacks", "landmines", "magnitude", "prote", "elec", "minist",
            "Kalvar", "zeitgeist");

    private static final int WARM_UP = 200;
    private static final int OPENED = 100;
    private static final int LIBRARY_PAGE = 200;
    /** Articles the analysis figures are timed over, at most. */
    private static final int ANALYSED = 10_000;
    private static final java.time.Duration IMPORT_TIMEOUT = java.time.Duration.ofHours(2);
    /** The Library's other first pages: by each sortable column, by a filter, searched. */
    private static final List<LibraryQuery> LIBRARY_ORDERS = List.of(
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.TITLE, false),
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.PUBLISHED, true),
            LibraryQuery.ALL.sortedBy(LibraryQuery.Sort.QUOTES, true),
            LibraryQuery.ALL.withFilters(null, null, null, null, "Daily Ledger", null),
            LibraryQuery.ALL.withFilters(null, null, null, null, null, "en").sortedBy(LibraryQuery.Sort.OUTLET, false),
            LibraryQuery.ALL.withText("ceasefire"),
            LibraryQuery.ALL.withText("said").sortedBy(LibraryQuery.Sort.TITLE, false));

    private final Function<Path, Function<String, Analysis>> analyzerForDataFolder;
    private final BenchCorpus corpus;

    /** @param analyzerForDataFolder makes the analyzer to measure, given the benchmark's (empty) data folder */
    BenchmarkService(Function<Path, Function<String, Analysis>> analyzerForDataFolder, BenchCorpus corpus) {
        this.analyzerForDataFolder = analyzerForDataFolder;
        this.corpus = corpus;
    }

    /** A benchmark of the attribution engine with the lexicons bundled in WhoSaid (no user overrides). */
    public static BenchmarkService withBundledEngine() {
        return new BenchmarkService(folder -> AttributionEngine.withLexicons(folder)::analyze, BenchCorpus.bundled());
    }

    /** Runs every measurement on {@code articles} generated articles; takes minutes for 10,000. */
    public BenchmarkReport run(int articles, Progress progress) {
        return run(articles, progress, database -> Optional.empty());
    }

    /**
     * As {@link #run(int, Progress)}, also timing the desktop app from launch to a rendered Library on the
     * benchmark's database; {@code windowTimer} answers empty where no window can be shown.
     */
    public BenchmarkReport run(int articles, Progress progress, Function<Path, Optional<WindowUp>> windowTimer) {
        if (articles < 1) {
            throw new IllegalArgumentException("the benchmark needs at least one article, not " + articles);
        }
        Path folder = tempDataFolder();
        try {
            return run(articles, progress, folder, analyzerForDataFolder.apply(folder), windowTimer);
        } finally {
            deleteTree(folder);
        }
    }

    private BenchmarkReport run(int articles, Progress progress, Path folder, Function<String, Analysis> analyzer,
                                Function<Path, Optional<WindowUp>> windowTimer) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<BenchmarkReport.Figure> figures = new ArrayList<>();
        List<ArticleContent> contents = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            contents.add(corpus.article(i));
        }

        progress.update(0, 6, "analysis on one thread");
        for (int i = 0; i < Math.min(WARM_UP, articles); i++) {
            analyzer.apply(contents.get(i).text());
        }
        // Throughput settles long before 10,000 articles; analysing all 100,000 three more times only costs time.
        int analysed = Math.min(articles, ANALYSED);
        List<ArticleContent> sample = contents.subList(0, analysed);
        long start = System.nanoTime();
        long found = 0;
        for (ArticleContent content : sample) {
            found += analyzer.apply(content.text()).attributions().size();
        }
        double oneThread = perSecond(analysed, System.nanoTime() - start);
        String stub = found == 0 ? " — found nothing: stub engine?" : "";
        figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ONE_THREAD + stub, oneThread, "articles/s",
                BenchmarkReport.Goal.atLeast(1_000)));

        for (String language : List.of("ru", "uk")) {
            figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ONE_THREAD + ", " + Language.name(language),
                    oneThread(analyzer, languageTexts(language), analysed), "articles/s", BenchmarkReport.Goal.atLeast(1_000)));
        }

        progress.update(1, 6, "analysis on " + cores + " threads");
        double allCores = analyseInParallel(analyzer, sample, cores);
        figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ALL_CORES + " (" + cores + ")" + stub, allCores,
                "articles/s", BenchmarkReport.Goal.atLeast(1_000.0 * cores)));

        progress.update(2, 6, "import of " + articles + " articles through whosaid import");
        Path files = writeArticles(folder.resolve("articles"), contents);
        contents = null;
        Path databaseFile = folder.resolve("bench.db");
        ChildJvm.Run imported = ChildJvm.whosaid(List.of("--db", databaseFile.toString(), "import", files.toString()),
                IMPORT_TIMEOUT);
        if (imported.exitCode() != 0) {
            throw new IllegalStateException("the benchmark import (whosaid import " + files + ") ended with exit code "
                    + imported.exitCode() + ": " + tail(imported.output()));
        }
        figures.add(BenchmarkReport.Figure.measured(IMPORT, perSecond(articles, (long) (imported.wallSeconds() * 1e9)),
                "articles/s", BenchmarkReport.Goal.atLeast(500)));
        figures.add(BenchmarkReport.Figure.measured(IMPORT_WALL, imported.wallSeconds(), "s", null));
        figures.add(BenchmarkReport.Figure.measured(IMPORT_CPU, imported.cpuSeconds(), "s", null));
        figures.add(peak(PEAK_IMPORT, imported.peakResidentMb(), BenchmarkReport.Goal.atMost(500)));

        long statements;
        String slowest;
        String orders;
        try (Services services = Services.open(databaseFile)) {
            LibraryService library = services.library();
            if (library.articleCount() != articles) {
                throw new IllegalStateException("the benchmark import stored " + library.articleCount() + " of "
                        + articles + " articles: " + tail(imported.output()));
            }
            progress.update(3, 6, "the Library's first rows");
            LibraryQuery all = LibraryQuery.ALL;
            start = System.nanoTime();
            library.firstPage(all, LIBRARY_PAGE, new Cancellation()).orElseThrow();
            figures.add(BenchmarkReport.Figure.measured(LIBRARY_FIRST, millis(System.nanoTime() - start), "ms",
                    BenchmarkReport.Goal.atMost(300)));
            long[] sorted = new long[LIBRARY_ORDERS.size() * 3];
            for (int i = 0; i < sorted.length; i++) {
                LibraryQuery query = LIBRARY_ORDERS.get(i % LIBRARY_ORDERS.size());
                long began = System.nanoTime();
                library.firstPage(query, LIBRARY_PAGE, new Cancellation()).orElseThrow();
                sorted[i] = System.nanoTime() - began;
            }
            figures.add(BenchmarkReport.Figure.measured(LIBRARY_SORTED, percentile(sorted, 95), "ms",
                    BenchmarkReport.Goal.atMost(300)));
            orders = worstOf(sorted, LIBRARY_ORDERS.stream().map(BenchmarkService::describe).toList());
            int total = library.count(all);
            start = System.nanoTime();
            library.page(all, total - LIBRARY_PAGE / 2, LIBRARY_PAGE);
            figures.add(BenchmarkReport.Figure.measured(LIBRARY_LAST, millis(System.nanoTime() - start), "ms", null));

            progress.update(4, 6, "search");
            long[] searches = timeSearches(library);
            figures.add(BenchmarkReport.Figure.measured(SEARCH_MEDIAN, percentile(searches, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(SEARCH_P95, percentile(searches, 95), "ms",
                    BenchmarkReport.Goal.atMost(50)));
            slowest = slowestQueries(searches, 3);

            List<Long> ids = library.titles().stream().map(ArticleTitle::id).toList();
            long[] opens = timeOpening(library, ids);
            figures.add(BenchmarkReport.Figure.measured(OPEN_MEDIAN, percentile(opens, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(OPEN_P95, percentile(opens, 95), "ms",
                    BenchmarkReport.Goal.atMost(200)));

            progress.update(5, 6, "Compare and Audit");
            start = System.nanoTime();
            List<TopicOverview> topics = services.compare().topics();
            figures.add(BenchmarkReport.Figure.measured(COMPARE_TOPICS, millis(System.nanoTime() - start), "ms",
                    BenchmarkReport.Goal.atMost(500)));
            if (!topics.isEmpty()) {
                String largest = topics.get(0).topic().key();
                start = System.nanoTime();
                services.compare().compare(largest);
                figures.add(BenchmarkReport.Figure.measured(COMPARE_TOPIC, millis(System.nanoTime() - start), "ms",
                        BenchmarkReport.Goal.atMost(500)));
            }
            start = System.nanoTime();
            AuditReport audit = services.audit().library(AuditService.LISTED);
            figures.add(BenchmarkReport.Figure.measured(AUDIT, millis(System.nanoTime() - start), "ms",
                    BenchmarkReport.Goal.atMost(500)));
            statements = audit.statements();
        }
        Optional<WindowUp> window = windowTimer.apply(databaseFile);
        figures.add(window.isPresent()
                ? BenchmarkReport.Figure.measured(WINDOW_UP, window.get().millis() / 1000.0, "s",
                        BenchmarkReport.Goal.atMost(2))
                : new BenchmarkReport.Figure(WINDOW_UP, Double.NaN, "s", BenchmarkReport.Goal.atMost(2),
                        "not measured: no display (run bench under Xvfb)"));
        if (window.isPresent()) {
            figures.add(peak(PEAK_WINDOW, window.get().peakResidentMb(), BenchmarkReport.Goal.atMost(500)));
        }
        figures.add(peak(PEAK_BENCH, ChildJvm.ownPeakResidentMb(), null));
        progress.update(6, 6, "done");

        List<String> notes = new ArrayList<>();
        notes.add("Analysis is timed over the first " + analysed + " articles after " + Math.min(WARM_UP, articles)
                + " warm-up analyses; \"all cores\" uses a fixed pool of " + cores + " threads.");
        notes.add("Import: the generated articles are written as " + articles + " Markdown files and imported by"
                + " `whosaid --db bench.db import FOLDER` in a fresh JVM (default options, as a user runs it):"
                + " reading, analysis on every core, storing " + ImportService.BATCH + " articles per transaction."
                + " Its wall time includes the JVM's start; its CPU time is that of all its threads, so CPU time"
                + " above wall time is work done in parallel, and wall time well above CPU time / cores is time"
                + " spent waiting for a core on a busy machine.");
        notes.add("Peak resident memory is VmHWM of /proc/PID/status (what the operating system counts, heap and"
                + " all), read from outside while the import and the window run; the bench's own process holds"
                + " every generated text for the analysis timings and has no goal.");
        notes.add("Library: LibraryService.firstPage (the count and the first " + LIBRARY_PAGE + " rows, as the"
                + " Library screen asks on opening); the first figure is the first query after the import in this"
                + " process; \"sorted, filtered or searched\" is the p95 of " + LIBRARY_ORDERS.size()
                + " orders and filters (title, date, quotes, outlet, language, a search, a search by title) run 3"
                + " times; the last page is OFFSET " + (articles - LIBRARY_PAGE / 2) + ".");
        notes.add("Library first pages by order (worst of 3 runs): " + orders + ".");
        notes.add("Search: " + QUERIES.size() + " fixed queries, each run 3 times after one warm-up run, through"
                + " LibraryService.search. Opening an article: LibraryService.article + statements for " + OPENED
                + " articles spread over the library, each opened twice.");
        notes.add("Slowest queries (worst of 3 runs): " + slowest + ".");
        notes.add("Compare: CompareService.topics() (the topic list the Compare screen opens with) and compare() of"
                + " the first topic of that list. Audit: AuditService.library(" + AuditService.LISTED + "), the"
                + " whole-library audit the Audit screen shows (every count, the first " + AuditService.LISTED
                + " statements of each list).");
        notes.add("Hot spots found with JFR, what was changed, and figures with statements stored: docs/profiling.md.");
        if (found == 0) {
            notes.add("**The attribution engine found no statement in any article**: it is still a stub in this"
                    + " build, so the analysis figures measure nothing real and the import stores no statements."
                    + " Rerun after the engine is merged.");
        }
        return new BenchmarkReport(articles, corpus.baseCount(), statements,
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16).replace('T', ' '),
                machine(), figures, notes);
    }

    /** Articles per second analysing {@code count} articles on this thread, cycling through {@code texts}. */
    private static double oneThread(Function<String, Analysis> analyzer, List<String> texts, int count) {
        for (int i = 0; i < Math.min(WARM_UP, count); i++) {
            analyzer.apply(texts.get(i % texts.size()));
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            analyzer.apply(texts.get(i % texts.size()));
        }
        return perSecond(count, System.nanoTime() - start);
    }

    /** The bodies of the bundled Russian or Ukrainian benchmark texts ({@code slavic/ru-01.txt} beside this class …). */
    static List<String> languageTexts(String language) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 99; i++) {
            String name = String.format(java.util.Locale.ROOT, "slavic/%s-%02d.txt", language, i);
            try (java.io.InputStream in = BenchmarkService.class.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                String raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                texts.add(raw.substring(raw.indexOf("\n\n") + 2).strip());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the benchmark text " + name, e);
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("the " + language + " benchmark texts are missing from this build");
        }
        return texts;
    }

    private static double analyseInParallel(Function<String, Analysis> analyzer, List<ArticleContent> contents,
                                            int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = Math.max(1, contents.size() / (threads * 16));
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int from = 0; from < contents.size(); from += chunk) {
                List<ArticleContent> part = contents.subList(from, Math.min(contents.size(), from + chunk));
                futures.add(pool.submit(() -> part.forEach(c -> analyzer.apply(c.text()))));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return perSecond(contents.size(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the analysis failed during the benchmark: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] timeSearches(LibraryService library) {
        QUERIES.forEach(library::search);
        long[] times = new long[QUERIES.size() * 3];
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                library.search(query);
                times[n++] = System.nanoTime() - start;
            }
        }
        return times;
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

    private static BenchmarkReport.Figure peak(String name, OptionalDouble megabytes, BenchmarkReport.Goal goal) {
        return megabytes.isPresent() ? BenchmarkReport.Figure.measured(name, megabytes.getAsDouble(), "MB", goal)
                : new BenchmarkReport.Figure(name, Double.NaN, "MB", goal, "not measured: no /proc on this system");
    }

    /**
     * Writes each article as a Markdown file with front matter (title, date, outlet), as a user's folder of
     * articles would hold them, numbered so that the folder's order is the articles' order.
     */
    static Path writeArticles(Path folder, List<ArticleContent> contents) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < contents.size(); i++) {
                ArticleContent a = contents.get(i);
                String body = "---\ntitle: " + a.title() + "\ndate: " + a.published() + "\nsource: " + a.outlet()
                        + "\n---\n\n" + String.join("\n\n", a.text().strip().split("\n")) + "\n";
                Files.writeString(folder.resolve(String.format(java.util.Locale.ROOT, "%07d.md", i + 1)), body);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's articles to " + folder, e);
        }
    }

    /** The last lines of a child's output, for a message. */
    private static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    }

    /** The p-th percentile (nearest rank) of durations in nanoseconds, in milliseconds. */
    static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return millis(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double perSecond(int count, long nanos) {
        return count / (Math.max(1, nanos) / 1e9);
    }

    private static BenchmarkReport.Machine machine() {
        return new BenchmarkReport.Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static Path tempDataFolder() {
        try {
            return Files.createTempDirectory("whosaid-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark", e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark's temporary folder " + folder, e);
        }
    }
}
