package org.whosaid.ingest;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.whosaid.model.ArticleContent;

/** Reads articles from files (.txt .md .html .htm), folders and http(s) URLs. */
public final class ArticleReader {

    /** The files a path stands for: the file itself, or every supported file below a folder, sorted. */
    public List<Path> expand(Path fileOrFolder) throws IngestException {
        throw new IngestException(fileOrFolder.toString(), "not implemented yet");
    }

    public ArticleContent readFile(Path file) throws IngestException {
        throw new IngestException(file.toString(), "not implemented yet");
    }

    /** Reads an article from bytes already in memory; {@code name} (a file name) tells the format by its ending. */
    public ArticleContent readBytes(String name, byte[] bytes) throws IngestException {
        throw new IngestException(name, "not implemented yet");
    }

    public ArticleContent readUrl(URI url) throws IngestException {
        throw new IngestException(url.toString(), "not implemented yet");
    }
}
