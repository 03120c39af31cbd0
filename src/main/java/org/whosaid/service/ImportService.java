package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.whosaid.analysis.LanguageDetector;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.IngestException;
import org.whosaid.ingest.OutletDirectory;
import org.whosaid.ingest.TelegramExport;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.OutletProfile;
import org.whosaid.model.Language;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StoreException;

/** Imports files, folders and URLs: reads each article, analyses it, and stores both in one transaction. */
public final class ImportService {
    /** The article bundled with WhoSaid, offered on a first start. */
    public static final String SAMPLE_RESOURCE = "sample/toretsk.txt";

    /** How many articles {@link #importContents} stores per transaction. */
    public static final int BATCH = 250;

    private final ArticleReader reader;
    private final Function<String, Analysis> analyzer;
    private final ArticleRepository articles;
    private final Supplier<OutletDirectory> outlets;

    /** An import service that knows the bundled outlets only; the benchmark and tests use it. */
    public ImportService(ArticleReader reader, Function<String, Analysis> analyzer, ArticleRepository articles) {
        this(reader, analyzer, articles, new Memoized<>(OutletDirectory::bundled));
    }

    /**
     * @param analyzer the attribution engine's {@code analyze}; the benchmark and tests pass others
     * @param outlets  the outlet profiles that settle each article's outlet, loaded on first use
     */
    ImportService(ArticleReader reader, Function<String, Analysis> analyzer, ArticleRepository articles,
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
        for (int i = 0; i < jobs.size(); i++) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            Job job = jobs.get(i);
            progress.update(i, jobs.size(), job.name());
            try {
                if (job.telegram() != null) {
                    importTelegram(job, telegramChannel, new Share(progress, i, jobs.size()), outcomes, notes);
                    cancelled = progress.isCancelled();
                } else {
                    outcomes.add(importOne(job));
                }
            } catch (StoreException e) {
                // a full disk fails every remaining file the same way: one message, and stop
                outcomes.add(ImportOutcome.failed(job.name(), e.getMessage() + "; the import stopped here ("
                        + (jobs.size() - i - 1) + " more not tried)"));
                break;
            }
        }
        progress.update(jobs.size(), jobs.size(), cancelled ? "cancelled" : "done");
        return new ImportReport(outcomes, cancelled, notes);
    }

    /**
     * Streams a Telegram export into the library in batches; posts whose link is already stored are not analysed
     * again, so a newer export of the same channel adds only its new posts.
     *
     * @throws StoreException when the disk is full, after the outcomes of the posts stored before
     */
    private void importTelegram(Job job, String username, Share progress, List<ImportOutcome> outcomes, List<String> notes) {
        List<ArticleContent> pending = new ArrayList<>(BATCH);
        TelegramExport.Sink sink = (post, fraction) -> {
            pending.add(post);
            if (pending.size() >= BATCH) {
                storeNew(pending, outcomes);
                progress.update(fraction, job.name() + ": " + outcomes.size() + " posts");
            }
            return !progress.isCancelled();
        };
        try {
            TelegramExport.Counts counts = TelegramExport.read(job.file(), job.telegram(), username, sink);
            storeNew(pending, outcomes);
            notes.add(job.name() + ": " + counts.posts() + " posts, " + counts.albumParts()
                    + " album parts joined to their post, " + counts.mediaOnly() + " media-only posts skipped");
        } catch (IngestException e) {
            storeNew(pending, outcomes);
            outcomes.add(ImportOutcome.failed(e.input(), e.reason()));
        }
    }

    private void storeNew(List<ArticleContent> posts, List<ImportOutcome> outcomes) {
        List<String> urls = posts.stream().map(ArticleContent::url).filter(u -> u != null).distinct().toList();
        java.util.Map<String, Long> known = articles.idsByUrl(urls);
        List<ArticleContent> fresh = new ArrayList<>(posts.size());
        for (ArticleContent post : posts) {
            Long id = post.url() == null ? null : known.get(post.url());
            if (id == null) {
                fresh.add(post);
            } else {
                outcomes.add(new ImportOutcome(post.url(), ImportOutcome.Result.DUPLICATE, id, post.title(), null));
            }
        }
        if (!fresh.isEmpty()) {
            storeBatch(fresh, outcomes);
        }
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
     * Analyses articles already read and stores them in batches of {@link #BATCH}, one transaction per batch, so
     * each article is stored whole with its statements or not at all. When a batch cannot be stored, its articles
     * are stored one by one so that one bad article fails alone. A full disk stops the import with one outcome
     * saying so, since every further article would fail the same way.
     */
    public List<ImportOutcome> importContents(List<ArticleContent> contents, Progress progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(contents.size());
        for (int from = 0; from < contents.size() && !progress.isCancelled(); from += BATCH) {
            List<ArticleContent> chunk = contents.subList(from, Math.min(contents.size(), from + BATCH));
            progress.update(from, contents.size(), chunk.get(0).title());
            try {
                storeBatch(chunk, outcomes);
            } catch (StoreException e) {
                // each article has its outcome in order, so the first without one is where the disk filled up
                outcomes.add(ImportOutcome.failed(contents.get(outcomes.size()).title(), e.getMessage()
                        + "; the import stopped here (" + (contents.size() - outcomes.size() - 1) + " more not stored)"));
                break;
            }
        }
        progress.update(outcomes.size(), contents.size(), progress.isCancelled() ? "cancelled" : "done");
        return outcomes;
    }

    /**
     * Analyses and stores one batch in one transaction, or one by one when the batch cannot be stored, adding an
     * outcome per article to {@code outcomes}.
     *
     * @throws StoreException when the disk is full (not retried one by one: each would fail the same way)
     */
    private void storeBatch(List<ArticleContent> chunk, List<ImportOutcome> outcomes) {
        List<ArticleRepository.Analysed> batch = new ArrayList<>(chunk.size());
        List<String> notices = new ArrayList<>(chunk.size());
        for (ArticleContent read : chunk) {
            ArticleContent content = withLanguage(outlets.get().complete(read));
            AnalysisBounds.Bounded bounded = AnalysisBounds.analyse(analyzer, content.text());
            batch.add(new ArticleRepository.Analysed(content, bounded.analysis()));
            notices.add(notices(undecodable(content.text()), bounded.notice()));
        }
        List<ArticleRepository.Stored> stored;
        try {
            stored = articles.storeAll(batch);
        } catch (StoreException e) {
            if (e.isDiskFull()) {
                throw e;
            }
            for (int i = 0; i < batch.size(); i++) {
                outcomes.add(storeOne(batch.get(i), notices.get(i)));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            ArticleContent content = batch.get(i).content();
            outcomes.add(outcome(content.url() != null ? content.url() : content.title(), content, stored.get(i),
                    notices.get(i)));
        }
    }

    private ImportOutcome storeOne(ArticleRepository.Analysed one, String notice) {
        try {
            return outcome(one.content().title(), one.content(), articles.store(one.content(), one.analysis()),
                    notice);
        } catch (StoreException e) {
            if (e.isDiskFull()) {
                throw e;
            }
            return ImportOutcome.failed(one.content().title(), "could not be stored: " + e.getMessage());
        }
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

    private ImportOutcome importOne(Job job) {
        try {
            ArticleContent content = job.file() == null ? reader.readUrl(URI.create(job.name()))
                    : reader.readFile(job.file());
            return store(job.name(), content);
        } catch (IngestException e) {
            return ImportOutcome.failed(e.input(), e.reason());
        } catch (IllegalArgumentException e) {
            return ImportOutcome.failed(job.name(), "not a valid address (" + e.getMessage() + ")");
        } catch (StoreException e) {
            if (e.isDiskFull()) {
                throw e;
            }
            return ImportOutcome.failed(job.name(), "could not be stored: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ImportOutcome.failed(job.name(), "could not be analysed (" + e + ")");
        }
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
        ArticleContent content = withLanguage(outlets.get().complete(read));
        AnalysisBounds.Bounded bounded = AnalysisBounds.analyse(analyzer, content.text());
        return outcome(input, content, articles.store(content, bounded.analysis()),
                notices(undecodable(content.text()), bounded.notice()));
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
    private static ImportOutcome outcome(String input, ArticleContent content, ArticleRepository.Stored stored,
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
