package org.whosaid.service;

import java.nio.file.Path;

import org.whosaid.ingest.ArticleReader;
import org.whosaid.ingest.IngestException;
import org.whosaid.model.ArticleContent;

/** Shows an article as the importer sees it, without storing anything. */
public final class ExtractService {
    private final ArticleReader reader;

    public ExtractService() {
        this(new ArticleReader());
    }

    public ExtractService(ArticleReader reader) {
        this.reader = reader;
    }

    /** What the importer read from one file, or why it could not. */
    public record Extracted(String input, ArticleContent content, String error) {
    }

    public Extracted extract(Path file) {
        try {
            return new Extracted(file.toString(), reader.readFile(file), null);
        } catch (IngestException e) {
            return new Extracted(e.input(), null, e.reason());
        }
    }
}
