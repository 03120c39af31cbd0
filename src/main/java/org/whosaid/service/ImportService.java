package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.whosaid.analysis.AttributionEngine;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.IngestException;
import org.whosaid.model.ArticleContent;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StoreException;

/** Imports files, folders and URLs: reads each article, analyses it, and stores both in one transaction. */
public final class ImportService {
    /** The article bundled with WhoSaid, offered on a first start. */
    public static final String SAMPLE_RESOURCE = "sample/toretsk.txt";

    private final ArticleReader reader;
    private final AttributionEngine engine;
    private final ArticleRepository articles;

    public ImportService(ArticleReader reader, AttributionEngine engine, ArticleRepository articles) {
        this.reader = reader;
        this.engine = engine;
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

    private ImportOutcome store(String input, ArticleContent content) {
        ArticleRepository.Stored stored = articles.store(content, engine.analyze(content.text()));
        return new ImportOutcome(input, stored.duplicate() ? ImportOutcome.Result.DUPLICATE
                : ImportOutcome.Result.IMPORTED, stored.id(), content.title(), null);
    }

    static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.matches("^[a-z][a-z0-9+.-]*://.*");
    }

    private record Job(String name, Path file) {
    }
}
