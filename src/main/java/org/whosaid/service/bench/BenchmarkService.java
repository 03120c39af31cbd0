package org.whosaid.service.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
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
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Language;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportService;
import org.whosaid.service.LibraryService;
import org.whosaid.service.Progress;
import org.whosaid.store.ArticlePages;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/**
 * Measures what the goals are about — analysis throughput, import, search, memory, opening an article —
 * on generated articles in a fresh temporary database (never the user's), and reports each figure beside its goal.
 */
public final class BenchmarkService {
    public static final String ANALYSIS_ONE_THREAD = "analysis, 1 thread";
    public static final String ANALYSIS_ALL_CORES = "analysis, all cores";
    public static final String IMPORT = "import into a fresh database";
    public static final String IMPORT_CPU = "import, CPU time of the importing thread";
    public static final String SEARCH_MEDIAN = "full-text search, median";
    public static final String SEARCH_P95 = "full-text search, p95";
    public static final String HEAP = "heap in use after import";
    public static final String OPEN_MEDIAN = "open an article, median";
    public static final String OPEN_P95 = "open an article, p95";
    public static final String LIBRARY_LIST = "library list (all summaries)";
    public static final String WINDOW_UP = "window up (launch to rendered Library)";

    /** Fixed queries: names, places, topics, prefixes as typed, several words, and words found in no article. */
    static final List<String> QUERIES = List.of("Toretsk", "ceasefire", "court", "election", "earthquake", "flood",
            "strike", "said", "denied", "according to", "prosecutor", "Zelensky", "rescue teams", "humanitarian corridor",
            "constitutional court", "vote count", "border guards", "military analysts", "aid convoy", "emergency decree",
            "dock workers", "automation", "kickbacks", "landmines", "magnitude", "prote", "elec", "minist",
            "Kalvar", "zeitgeist");

    private static final int WARM_UP = 200;
    private static final int OPENED = 100;

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
        return run(articles, progress, database -> OptionalLong.empty());
    }

    /**
     * As {@link #run(int, Progress)}, also timing the desktop app from launch to a rendered Library on the
     * benchmark's database; {@code windowTimer} answers empty where no window can be shown.
     */
    public BenchmarkReport run(int articles, Progress progress, Function<Path, OptionalLong> windowTimer) {
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
                                Function<Path, OptionalLong> windowTimer) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<BenchmarkReport.Figure> figures = new ArrayList<>();
        List<ArticleContent> contents = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            contents.add(corpus.article(i));
        }

        progress.update(0, 5, "analysis on one thread");
        for (int i = 0; i < Math.min(WARM_UP, articles); i++) {
            analyzer.apply(contents.get(i).text());
        }
        long start = System.nanoTime();
        long found = 0;
        for (ArticleContent content : contents) {
            found += analyzer.apply(content.text()).attributions().size();
        }
        double oneThread = perSecond(articles, System.nanoTime() - start);
        String stub = found == 0 ? " — found nothing: stub engine?" : "";
        figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ONE_THREAD + stub, oneThread, "articles/s",
                BenchmarkReport.Goal.atLeast(1_000)));

        for (String language : List.of("ru", "uk")) {
            figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ONE_THREAD + ", " + Language.name(language),
                    oneThread(analyzer, languageTexts(language), articles), "articles/s", BenchmarkReport.Goal.atLeast(1_000)));
        }

        progress.update(1, 5, "analysis on " + cores + " threads");
        double allCores = analyseInParallel(analyzer, contents, cores);
        figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ALL_CORES + " (" + cores + ")" + stub, allCores,
                "articles/s", BenchmarkReport.Goal.atLeast(1_000.0 * cores)));

        long statements;
        String slowest;
        try (Database database = Database.open(folder.resolve("bench.db"))) {
            ArticleRepository articleRows = new ArticleRepository(database);
            StatementRepository statementRows = new StatementRepository(database);
            LibraryService library = new LibraryService(articleRows, statementRows, new PartyRepository(database),
                    new SourceRepository(database), new TopicRepository(database), new ArticlePages(database));
            ImportService imports = new ImportService(new ArticleReader(), analyzer, articleRows);

            progress.update(2, 5, "import of " + articles + " articles");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            List<ImportOutcome> outcomes = imports.importContents(contents, Progress.NONE);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            double importCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long failed = outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.FAILED).count();
            long duplicates = outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.DUPLICATE).count();
            if (failed > 0 || duplicates > 0) {
                throw new IllegalStateException("the benchmark import went wrong: " + failed + " failed, "
                        + duplicates + " duplicates of " + articles);
            }
            figures.add(BenchmarkReport.Figure.measured(IMPORT + " (" + articles + ")", importSeconds, "s",
                    BenchmarkReport.Goal.atMost(60.0 * articles / 10_000)));
            figures.add(BenchmarkReport.Figure.measured(IMPORT_CPU, importCpuSeconds, "s", null));
            contents = null;

            figures.add(BenchmarkReport.Figure.measured(HEAP, heapInUseMb(), "MB", BenchmarkReport.Goal.atMost(300)));

            progress.update(3, 5, "search");
            start = System.nanoTime();
            List<ArticleSummary> summaries = library.summaries();
            figures.add(BenchmarkReport.Figure.measured(LIBRARY_LIST, millis(System.nanoTime() - start), "ms", null));
            List<Long> ids = summaries.stream().map(ArticleSummary::id).toList();
            statements = summaries.stream().mapToLong(a -> a.quotes() + a.claims() + a.unattributed()).sum();
            long[] searches = timeSearches(library);
            figures.add(BenchmarkReport.Figure.measured(SEARCH_MEDIAN, percentile(searches, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(SEARCH_P95, percentile(searches, 95), "ms",
                    BenchmarkReport.Goal.atMost(50)));
            slowest = slowestQueries(searches, 3);

            progress.update(4, 5, "opening articles");
            long[] opens = timeOpening(library, ids);
            figures.add(BenchmarkReport.Figure.measured(OPEN_MEDIAN, percentile(opens, 50), "ms", null));
            figures.add(BenchmarkReport.Figure.measured(OPEN_P95, percentile(opens, 95), "ms",
                    BenchmarkReport.Goal.atMost(200)));
        }
        OptionalLong windowMillis = windowTimer.apply(folder.resolve("bench.db"));
        figures.add(windowMillis.isPresent()
                ? BenchmarkReport.Figure.measured(WINDOW_UP, windowMillis.getAsLong() / 1000.0, "s",
                        BenchmarkReport.Goal.atMost(2))
                : new BenchmarkReport.Figure(WINDOW_UP, Double.NaN, "s", BenchmarkReport.Goal.atMost(2),
                        "not measured: no display (run bench under Xvfb)"));
        progress.update(5, 5, "done");

        List<String> notes = new ArrayList<>();
        notes.add("Analysis is timed over all " + articles + " articles after " + Math.min(WARM_UP, articles)
                + " warm-up analyses; \"all cores\" uses a fixed pool of " + cores + " threads.");
        notes.add("Import = analysis (one thread) + storing, " + ImportService.BATCH
                + " articles per transaction, into a new database file; the import goal scales with the article count"
                + " (60 s per 10,000).");
        notes.add("The importing thread's CPU time (SQLite runs on it) shows the work itself; wall time above it is"
                + " time spent waiting, e.g. for a core on a busy machine or for the disk.");
        notes.add("Search: " + QUERIES.size() + " fixed queries, each run 3 times after one warm-up run, through"
                + " LibraryService.search. Opening an article: LibraryService.article + statements for " + OPENED
                + " articles spread over the library, each opened twice.");
        notes.add("Slowest queries (worst of 3 runs): " + slowest + ".");
        notes.add("Hot spots found with JFR, what was changed, and figures with statements stored: docs/profiling.md.");
        notes.add("Heap: used heap after System.gc() with the database open and the generated texts released.");
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

    private static double heapInUseMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
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
