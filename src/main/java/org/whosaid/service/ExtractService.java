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

    /** Every article a path stands for (a file, or the supported files below a folder), in order. */
    public java.util.List<Extracted> extractAll(Path fileOrFolder) {
        try {
            return reader.expand(fileOrFolder).stream().map(this::extract).toList();
        } catch (IngestException e) {
            return java.util.List.of(new Extracted(e.input(), null, e.reason()));
        }
    }

    public Extracted extract(Path file) {
        try {
            return new Extracted(file.toString(), reader.readFile(file), null);
        } catch (IngestException e) {
            return new Extracted(e.input(), null, e.reason());
        }
    }
}
