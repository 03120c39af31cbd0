package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.whosaid.analysis.LanguageDetector;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.Homoglyphs;
import org.whosaid.ingest.IngestException;
import org.whosaid.ingest.OutletDirectory;
import org.whosaid.ingest.TelegramExport;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.OutletProfile;
import org.whosaid.model.Language;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StoreException;

/**
 * Imports files, folders and URLs: reads and analyses them on every core and stores each article whole with its
 * statements, many articles per transaction ({@link ImportPipeline}).
 */
public final class ImportService {
    /** The article bundled with WhoSaid, offered on a first start. */
    public static final String SAMPLE_RESOURCE = "sample/toretsk.txt";

    /** How many articles an import stores per transaction: a hard kill loses at most these, never half of one. */
    public static final int BATCH = 250;
    /** An import of at least this many articles brings the planner's statistics up to date when it ends. */
    private static final int MANY = 1000;

    private final ArticleReader reader;
    private final BiFunction<String, String, Analysis> analyzer;
    private final ArticleRepository articles;
    private final Supplier<OutletDirectory> outlets;

    /** An import service that knows the bundled outlets only; the benchmark and tests use it. */
    public ImportService(ArticleReader reader, BiFunction<String, String, Analysis> analyzer,
                         ArticleRepository articles) {
        this(reader, analyzer, articles, new Memoized<>(OutletDirectory::bundled));
    }

    /**
     * @param analyzer the attribution engine's {@code analyzeArticle} (text, cut dateline); tests pass others
     * @param outlets  the outlet profiles that settle each article's outlet, loaded on first use
     */
    ImportService(ArticleReader reader, BiFunction<String, String, Analysis> analyzer, ArticleRepository articles,
                  Supplier<OutletDirectory> outlets) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.articles = articles;
        this.outlets = outlets;
    }

    /** The profile (country, ownership) of an outlet as named on articles, when the outlet list knows it. */
    public Optional<OutletProfile> outletProfile(String outletName) {
        return outlets.get().byName(outletName);
    }

    /**
     * Imports every input (a file, a folder, an http(s) URL, or a Telegram export). One bad input never stops the
     * rest; each failure is reported with its input and reason.
     */
    public ImportReport importAll(List<String> inputs, Progress progress) {
        return importAll(inputs, null, progress);
    }

    /**
     * As {@link #importAll(List, Progress)}; {@code telegramChannel} is the public username of the channel of the
     * Telegram exports among the inputs, for post links {@code https://t.me/USERNAME/ID} (null when unknown).
     */
    public ImportReport importAll(List<String> inputs, String telegramChannel, Progress progress) {
        try {
            outlets.get();
        } catch (java.io.UncheckedIOException e) {
            // a broken outlets.json of the user's is named before anything is read, so nothing half-imports
            return new ImportReport(List.of(ImportOutcome.failed("the outlet list", e.getMessage())), false);
        }
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (String input : inputs) {
            if (isUrl(input)) {
                jobs.add(new Job(input, null, null));
                continue;
            }
            try {
                Path path = Path.of(input);
                Optional<TelegramExport.Format> telegram = TelegramExport.detect(path);
                if (telegram.isPresent()) {
                    jobs.add(new Job(input, path, telegram.get()));
                    continue;
                }
                for (Path file : reader.expand(path)) {
                    jobs.add(new Job(file.toString(), file, null));
                }
            } catch (IngestException e) {
                outcomes.add(ImportOutcome.failed(e.input(), e.reason()));
            } catch (java.nio.file.InvalidPathException e) {
                outcomes.add(ImportOutcome.failed(input, "not a valid path (" + e.getReason() + ")"));
            }
        }
        boolean cancelled = false;
        try (ImportPipeline pipeline = new ImportPipeline(articles)) {
            int i = 0;
            while (i < jobs.size() && !cancelled) {
                if (progress.isCancelled()) {
                    cancelled = true;
                    break;
                }
                Job job = jobs.get(i);
                if (job.telegram() != null) {
                    progress.update(i, jobs.size(), job.name());
                    try {
                        importTelegram(pipeline, job, telegramChannel, new Share(progress, i, jobs.size()), outcomes,
                                notes);
                    } catch (ImportPipeline.DiskFull e) {
                        // a full disk fails every remaining input the same way: one message, and stop
                        outcomes.add(ImportOutcome.failed(job.name(), e.getMessage() + "; the import stopped here ("
                                + (jobs.size() - i - 1) + " more not tried)"));
                        break;
                    }
                    cancelled = progress.isCancelled();
                    i++;
                    continue;
                }
                // the files and URLs up to the next Telegram export go through the workers together
                int end = i;
                while (end < jobs.size() && jobs.get(end).telegram() == null) {
                    end++;
                }
                List<Callable<ImportPipeline.Prepared>> tasks = new ArrayList<>(end - i);
                for (Job file : jobs.subList(i, end)) {
                    tasks.add(() -> prepare(file));
                }
                try {
                    cancelled = !pipeline.run(tasks, listener(progress, i, jobs.size()), outcomes);
                } catch (ImportPipeline.DiskFull e) {
                    outcomes.add(e.outcome(jobs.size() - end));
                    break;
                }
                i = end;
            }
        }
        if (outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.IMPORTED).count() >= MANY) {
            articles.storedMany();
        }
        progress.update(jobs.size(), jobs.size(), cancelled ? "cancelled" : "done");
        return new ImportReport(outcomes, cancelled, notes);
    }

    /** Progress of a run of inputs that starts at input {@code first} of {@code total}. */
    private static ImportPipeline.Listener listener(Progress progress, int first, int total) {
        return new ImportPipeline.Listener() {
            @Override
            public void prepared(int index, String input) {
                progress.update(first + index, total, input);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /**
     * Streams a Telegram export into the library in batches; posts whose link is already stored are not analysed
     * again, so a newer export of the same channel adds only its new posts.
     *
     * @throws ImportPipeline.DiskFull when the disk is full, after the outcomes of the posts stored before
     */
    private void importTelegram(ImportPipeline pipeline, Job job, String username, Share progress,
                                List<ImportOutcome> outcomes, List<String> notes) {
        List<ArticleContent> pending = new ArrayList<>(BATCH);
        TelegramExport.Sink sink = (post, fraction) -> {
            pending.add(post);
            if (pending.size() >= BATCH) {
                storeNew(pipeline, pending, progress, outcomes);
                progress.update(fraction, job.name() + ": " + outcomes.size() + " posts");
            }
            return !progress.isCancelled();
        };
        try {
            TelegramExport.Counts counts = TelegramExport.read(job.file(), job.telegram(), username, sink);
            storeNew(pipeline, pending, progress, outcomes);
            notes.add(job.name() + ": " + counts.posts() + " posts, " + counts.albumParts()
                    + " album parts joined to their post, " + counts.mediaOnly() + " media-only posts skipped");
        } catch (IngestException e) {
            storeNew(pipeline, pending, progress, outcomes);
            outcomes.add(ImportOutcome.failed(e.input(), e.reason()));
        }
    }

    private void storeNew(ImportPipeline pipeline, List<ArticleContent> posts, Share progress,
                          List<ImportOutcome> outcomes) {
        List<String> urls = posts.stream().map(ArticleContent::url).filter(u -> u != null).distinct().toList();
        java.util.Map<String, Long> known = articles.idsByUrl(urls);
        List<Callable<ImportPipeline.Prepared>> fresh = new ArrayList<>(posts.size());
        for (ArticleContent post : posts) {
            Long id = post.url() == null ? null : known.get(post.url());
            if (id == null) {
                fresh.add(() -> prepare(post));
            } else {
                outcomes.add(new ImportOutcome(post.url(), ImportOutcome.Result.DUPLICATE, id, post.title(), null));
            }
        }
        pipeline.run(fresh, new ImportPipeline.Listener() {
            @Override
            public void prepared(int index, String input) {
                // a Telegram export reports its progress by the share of the file read
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }, outcomes);
        posts.clear();
    }

    /** The share of one job in the progress of many: its fraction done becomes the whole's. */
    private record Share(Progress whole, int index, int jobs) {
        void update(double fraction, String message) {
            whole.update(Math.round((index + fraction) * 1000), jobs * 1000L, message);
        }

        boolean isCancelled() {
            return whole.isCancelled();
        }
    }

    /**
     * Analyses articles already read and stores them as {@link #importAll} does (on every core, in batches of
     * {@link #BATCH}); a full disk stops the import with one outcome saying so.
     */
    public List<ImportOutcome> importContents(List<ArticleContent> contents, Progress progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(contents.size());
        List<Callable<ImportPipeline.Prepared>> tasks = new ArrayList<>(contents.size());
        for (ArticleContent content : contents) {
            tasks.add(() -> prepare(content));
        }
        boolean completed = true;
        try (ImportPipeline pipeline = new ImportPipeline(articles)) {
            completed = pipeline.run(tasks, listener(progress, 0, contents.size()), outcomes);
        } catch (ImportPipeline.DiskFull e) {
            outcomes.add(e.outcome(0));
        }
        progress.update(outcomes.size(), contents.size(), completed ? "done" : "cancelled");
        return outcomes;
    }

    /** Imports the sample article bundled with WhoSaid. */
    public ImportOutcome importSample() {
        try (InputStream in = ImportService.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                return ImportOutcome.failed(SAMPLE_RESOURCE, "the sample is missing from this build");
            }
            ArticleContent content = reader.readBytes("toretsk.txt", in.readAllBytes());
            return store("sample article", content);
        } catch (IOException e) {
            return ImportOutcome.failed(SAMPLE_RESOURCE, "cannot be read (" + e.getMessage() + ")");
        } catch (IngestException e) {
            return ImportOutcome.failed(e.input(), e.reason());
        }
    }

    /** Reads and analyses one file or URL on a worker; every failure becomes the input's outcome. */
    private ImportPipeline.Prepared prepare(Job job) {
        try {
            ArticleContent content = job.file() == null ? reader.readUrl(URI.create(job.name()))
                    : reader.readFile(job.file());
            return prepare(job.name(), content);
        } catch (IngestException e) {
            return ImportPipeline.Prepared.failed(ImportOutcome.failed(e.input(), e.reason()));
        } catch (IllegalArgumentException e) {
            return ImportPipeline.Prepared.failed(ImportOutcome.failed(job.name(),
                    "not a valid address (" + e.getMessage() + ")"));
        } catch (RuntimeException | StackOverflowError e) {
            return ImportPipeline.Prepared.failed(ImportOutcome.failed(job.name(), "could not be analysed (" + e + ")"));
        }
    }

    /** Analyses an article read elsewhere (a Telegram post, a benchmark text), named by its URL, else its title. */
    private ImportPipeline.Prepared prepare(ArticleContent read) {
        String input = read.url() != null ? read.url() : read.title();
        try {
            return prepare(input, read);
        } catch (RuntimeException | StackOverflowError e) {
            return ImportPipeline.Prepared.failed(ImportOutcome.failed(input, "could not be analysed (" + e + ")"));
        }
    }

    private ImportPipeline.Prepared prepare(String input, ArticleContent read) {
        ArticleContent content = withLanguage(outlets.get().complete(mendScripts(read)));
        AnalysisBounds.Bounded bounded = AnalysisBounds.analyse(analyzer, content.text(), content.dateline());
        return new ImportPipeline.Prepared(input, content, bounded.analysis(),
                notices(undecodable(content.text()), bounded.notice()), null);
    }

    /** Analyses and stores an article another service has read (a feed item); a failure is an outcome too. */
    ImportOutcome importRead(String input, ArticleContent content) {
        try {
            return store(input, content);
        } catch (StoreException e) {
            return ImportOutcome.failed(input, "could not be stored: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ImportOutcome.failed(input, "could not be analysed (" + e + ")");
        }
    }

    private ImportOutcome store(String input, ArticleContent read) {
        ImportPipeline.Prepared prepared = prepare(input, read);
        return outcome(input, prepared.content(), articles.store(prepared.content(), prepared.analysis()),
                prepared.notice());
    }

    /** Words spelt in two scripts ("Зaявил" with a Latin a) are stored mended, so search and the parser find them. */
    private static ArticleContent mendScripts(ArticleContent read) {
        return new ArticleContent(Homoglyphs.fix(read.title()), read.byline(), read.outlet(), read.url(),
                read.published(), read.language(), Homoglyphs.fix(read.text()), read.dateline(), read.corrections());
    }

    /** Bytes the reader could not decode arrive as U+FFFD: say how many, so a damaged file is not taken as sound. */
    private static String undecodable(String text) {
        long count = text.chars().filter(c -> c == '\ufffd').count();
        return count == 0 ? null : count + (count == 1 ? " character" : " characters")
                + " could not be decoded and shows as \ufffd";
    }

    private static String notices(String first, String second) {
        return first == null ? second : second == null ? first : first + "; " + second;
    }

    /** @param notice what the analysis left out of a huge article, or null */
    static ImportOutcome outcome(String input, ArticleContent content, ArticleRepository.Stored stored,
                                         String notice) {
        return new ImportOutcome(input, stored.duplicate() ? ImportOutcome.Result.DUPLICATE
                : ImportOutcome.Result.IMPORTED, stored.id(), content.title(),
                stored.duplicate() ? null : notices(notice, Language.notAnalysedMessage(content.language())));
    }

    /**
     * The article with the language its text is in; a page's own declaration is kept only when the text is too
     * short to tell, since saved pages often declare their site's language, not the article's.
     */
    static ArticleContent withLanguage(ArticleContent content) {
        String detected = LanguageDetector.detect(content.text());
        if (detected.equals(Language.UNDETERMINED) && content.language() != null) {
            return content.withLanguage(Language.normalise(content.language()));
        }
        return content.withLanguage(detected);
    }

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.matches("^[a-z][a-z0-9+.-]*://.*");
    }

    private record Job(String name, Path file, TelegramExport.Format telegram) {
    }
}
