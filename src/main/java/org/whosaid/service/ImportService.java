package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.whosaid.analysis.LanguageDetector;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.IngestException;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Language;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StoreException;

/** Imports files, folders and URLs: reads each article, analyses it, and stores both in one transaction. */
public final class ImportService {
    /** The article bundled with WhoSaid, offered on a first start. */
    public static final String SAMPLE_RESOURCE = "sample/toretsk.txt";

    /** How many articles {@link #importContents} stores per transaction. */
    static final int BATCH = 250;

    private final ArticleReader reader;
    private final Function<String, Analysis> analyzer;
    private final ArticleRepository articles;

    /** @param analyzer the attribution engine's {@code analyze}; the benchmark and tests pass others */
    ImportService(ArticleReader reader, Function<String, Analysis> analyzer, ArticleRepository articles) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.articles = articles;
    }

    /**
     * Imports every input (a file, a folder, or an http(s) URL). One bad input never stops the rest; each
     * failure is reported with its input and reason.
     */
    public ImportReport importAll(List<String> inputs, Progress progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (String input : inputs) {
            if (isUrl(input)) {
                jobs.add(new Job(input, null));
                continue;
            }
            try {
                for (Path file : reader.expand(Path.of(input))) {
                    jobs.add(new Job(file.toString(), file));
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
            outcomes.add(importOne(job));
        }
        progress.update(jobs.size(), jobs.size(), cancelled ? "cancelled" : "done");
        return new ImportReport(outcomes, cancelled);
    }

    /**
     * Analyses articles already read and stores them in batches of {@link #BATCH}, one transaction per batch, so
     * each article is stored whole with its statements or not at all. When a batch cannot be stored, its articles
     * are stored one by one so that one bad article fails alone.
     */
    public List<ImportOutcome> importContents(List<ArticleContent> contents, Progress progress) {
        List<ImportOutcome> outcomes = new ArrayList<>(contents.size());
        for (int from = 0; from < contents.size() && !progress.isCancelled(); from += BATCH) {
            List<ArticleContent> chunk = contents.subList(from, Math.min(contents.size(), from + BATCH));
            progress.update(from, contents.size(), chunk.get(0).title());
            List<ArticleRepository.Analysed> batch = new ArrayList<>(chunk.size());
            for (ArticleContent read : chunk) {
                ArticleContent content = withLanguage(read);
                batch.add(new ArticleRepository.Analysed(content, analyzer.apply(content.text())));
            }
            List<ArticleRepository.Stored> stored;
            try {
                stored = articles.storeAll(batch);
            } catch (StoreException e) {
                for (ArticleRepository.Analysed one : batch) {
                    outcomes.add(storeOne(one));
                }
                continue;
            }
            for (int i = 0; i < chunk.size(); i++) {
                outcomes.add(outcome(chunk.get(i).title(), batch.get(i).content(), stored.get(i)));
            }
        }
        progress.update(outcomes.size(), contents.size(), progress.isCancelled() ? "cancelled" : "done");
        return outcomes;
    }

    private ImportOutcome storeOne(ArticleRepository.Analysed one) {
        try {
            return outcome(one.content().title(), one.content(), articles.store(one.content(), one.analysis()));
        } catch (StoreException e) {
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
            return ImportOutcome.failed(job.name(), "could not be stored: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return ImportOutcome.failed(job.name(), "could not be analysed (" + e + ")");
        }
    }

    private ImportOutcome store(String input, ArticleContent read) {
        ArticleContent content = withLanguage(read);
        return outcome(input, content, articles.store(content, analyzer.apply(content.text())));
    }

    private static ImportOutcome outcome(String input, ArticleContent content, ArticleRepository.Stored stored) {
        return new ImportOutcome(input, stored.duplicate() ? ImportOutcome.Result.DUPLICATE
                : ImportOutcome.Result.IMPORTED, stored.id(), content.title(),
                Language.notAnalysedMessage(content.language()));
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

    private record Job(String name, Path file) {
    }
}
