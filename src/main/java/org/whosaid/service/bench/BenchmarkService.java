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
import org.whosaid.model.Language;
import org.whosaid.service.AuditService;
import org.whosaid.service.Progress;
import org.whosaid.store.Database;
import org.whosaid.store.LibraryLocation;
import org.whosaid.store.PostgresUrl;

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

    private static final int WARM_UP = 200;
    /** Articles the analysis figures are timed over, at most. */
    private static final int ANALYSED = 10_000;
    /** The name every benchmark schema on a server starts with: nothing else is ever dropped. */
    static final String BENCH_SCHEMA = "whosaid_bench_";

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

    /** True when {@code location} is a well-formed {@code postgresql://} URL the bench can measure on. */
    public static boolean isServerUrl(String location) {
        try {
            return PostgresUrl.looksLike(location) && PostgresUrl.parse(location) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Runs every measurement on {@code articles} generated articles; takes minutes for 10,000. */
    public BenchmarkReport run(int articles, Progress progress) {
        return run(articles, progress, database -> Optional.empty(), Optional.empty());
    }

    /**
     * As {@link #run(int, Progress)}, also timing the desktop app from launch to a rendered Library on the
     * benchmark's library ({@code windowTimer} is given its {@code --db} and answers empty where no window can be
     * shown), and, with a {@code server}, measuring the same import and library figures on a throw-away schema of
     * that PostgreSQL server, dropped afterwards.
     */
    public BenchmarkReport run(int articles, Progress progress, Function<String, Optional<WindowUp>> windowTimer,
                               Optional<String> server) {
        if (articles < 1) {
            throw new IllegalArgumentException("the benchmark needs at least one article, not " + articles);
        }
        Optional<PostgresUrl> url = server.map(PostgresUrl::parse);
        Path folder = tempDataFolder();
        try {
            return run(articles, progress, folder, analyzerForDataFolder.apply(folder), windowTimer, url);
        } finally {
            deleteTree(folder);
        }
    }

    private BenchmarkReport run(int articles, Progress progress, Path folder, Function<String, Analysis> analyzer,
                                Function<String, Optional<WindowUp>> windowTimer, Optional<PostgresUrl> server) {
        int cores = Runtime.getRuntime().availableProcessors();
        int steps = server.isPresent() ? 10 : 6;
        List<BenchmarkReport.Figure> figures = new ArrayList<>();
        List<ArticleContent> contents = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            contents.add(corpus.article(i));
        }

        progress.update(0, steps, "analysis on one thread");
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

        progress.update(1, steps, "analysis on " + cores + " threads");
        double allCores = analyseInParallel(analyzer, sample, cores);
        figures.add(BenchmarkReport.Figure.measured(ANALYSIS_ALL_CORES + " (" + cores + ")" + stub, allCores,
                "articles/s", BenchmarkReport.Goal.atLeast(1_000.0 * cores)));

        Path files = writeArticles(folder.resolve("articles"), contents);
        contents = null;
        LibraryBench.Measured file = LibraryBench.measure(LibraryLocation.of(folder.resolve("bench.db")), files,
                articles, progress, 2, steps, windowTimer);
        figures.addAll(file.figures());
        List<BenchmarkReport.Figure> onServer = List.of();
        if (server.isPresent()) {
            PostgresUrl schema = server.get().inSchema(BENCH_SCHEMA + System.currentTimeMillis());
            try {
                onServer = LibraryBench.measure(new LibraryLocation.Shared(schema), files, articles, progress, 6,
                        steps, windowTimer).figures();
            } finally {
                Database.dropBenchmarkSchema(schema, BENCH_SCHEMA);
            }
        }
        figures.add(peak(PEAK_BENCH, ChildJvm.ownPeakResidentMb(), null));
        progress.update(steps, steps, "done");

        List<String> notes = new ArrayList<>();
        notes.add("Analysis is timed over the first " + analysed + " articles after " + Math.min(WARM_UP, articles)
                + " warm-up analyses; \"all cores\" uses a fixed pool of " + cores + " threads.");
        notes.add(LibraryBench.importNote(articles));
        notes.add("Peak resident memory is VmHWM of /proc/PID/status (what the operating system counts, heap and"
                + " all), read from outside while the import and the window run, summed over each process and those"
                + " it starts (the sum of their peaks, never less than they held together); the bench's own process holds"
                + " every generated text for the analysis timings and has no goal.");
        notes.add("Library: LibraryService.firstPage (the count and the first " + LibraryBench.LIBRARY_PAGE
                + " rows, as the Library screen asks on opening); the first figure is the first query after the import"
                + " in this process; \"sorted, filtered or searched\" is the p95 of " + LibraryBench.LIBRARY_ORDERS.size()
                + " orders and filters (title, date, quotes, outlet, language, a search, a search by title) run 3"
                + " times; the last page is OFFSET " + Math.max(0, articles - LibraryBench.LIBRARY_PAGE / 2) + ".");
        notes.add("Library first pages by order (worst of 3 runs): " + file.orders() + ".");
        notes.add("Search: " + LibraryBench.QUERIES.size() + " fixed queries, each run 3 times after one warm-up run,"
                + " as the Library's search box runs them (LibraryService.firstPage: the count of matches and the first "
                + LibraryBench.LIBRARY_PAGE + " rows, best first). Opening an article: LibraryService.article + statements for "
                + LibraryBench.OPENED + " articles spread over the library, each opened twice.");
        notes.add("Slowest queries (worst of 3 runs): " + file.slowest() + ".");
        notes.add("Compare: CompareService.topics() (the topic list the Compare screen opens with) and compare() of"
                + " the first topic of that list. Audit: AuditService.library(" + AuditService.LISTED + "), the"
                + " whole-library audit the Audit screen shows (every count, the first " + AuditService.LISTED
                + " statements of each list).");
        if (server.isPresent()) {
            notes.add("PostgreSQL: the same files imported by `whosaid --db postgresql://…?schema=" + BENCH_SCHEMA
                    + "… import FOLDER` into a fresh schema of " + server.get().withPassword(null)
                    + " (dropped afterwards), then the same queries through the same services; the server ran on"
                    + " this machine, so its own processes' memory is not in the figures.");
        }
        notes.add("Hot spots found with JFR, what was changed, and figures with statements stored: docs/profiling.md.");
        if (found == 0) {
            notes.add("**The attribution engine found no statement in any article**: it is still a stub in this"
                    + " build, so the analysis figures measure nothing real and the import stores no statements."
                    + " Rerun after the engine is merged.");
        }
        return new BenchmarkReport(articles, corpus.baseCount(), file.statements(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16).replace('T', ' '),
                machine(), figures, onServer, notes);
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

    static BenchmarkReport.Figure peak(String name, OptionalDouble megabytes, BenchmarkReport.Goal goal) {
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

    static double perSecond(int count, long nanos) {
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
