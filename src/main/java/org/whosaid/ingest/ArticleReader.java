package org.whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.whosaid.model.ArticleContent;

/** Reads articles from files (.txt .md .html .htm .pdf), folders and http(s) URLs. */
public final class ArticleReader {
    /** Largest file or page read, 20 MB: far above any article, small enough to keep memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final Set<String> SUPPORTED = Set.of("txt", "md", "html", "htm", "pdf");
    private static final String UNSUPPORTED = "unsupported file type (supported: .txt .md .html .htm .pdf)";

    private final long maxBytes;
    private final UrlFetcher fetcher;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    /** A reader with a 20 MB size limit and a 20 s timeout for URLs. */
    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }

    public ArticleReader(long maxBytes, Duration timeout) {
        if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("size limit and timeout must be positive");
        }
        this.maxBytes = maxBytes;
        this.fetcher = new UrlFetcher(maxBytes, timeout);
    }

    /** The files a path stands for: the file itself, or every supported file below a folder, sorted. */
    public List<Path> expand(Path fileOrFolder) throws IngestException {
        if (!Files.exists(fileOrFolder)) {
            throw new IngestException(fileOrFolder.toString(), "no such file or folder");
        }
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        try (Stream<Path> files = Files.walk(fileOrFolder)) {
            List<Path> found = new ArrayList<>(files.filter(Files::isRegularFile).filter(ArticleReader::isSupported).toList());
            found.sort(null);
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IngestException(fileOrFolder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** Whether the file name ends in .txt, .md, .html, .htm or .pdf. */
    public static boolean isSupported(Path file) {
        return SUPPORTED.contains(extension(file));
    }

    /**
     * Reads one .txt, .md, .html, .htm or .pdf file as an article.
     *
     * @throws IngestException naming the file when it is missing, too large, empty, binary, undecodable or
     *                         (for HTML) has no article text, or (for PDF) is broken, encrypted or has no text layer
     */
    public ArticleContent readFile(Path file) throws IngestException {
        String input = file.toString();
        if (!Files.exists(file)) {
            throw new IngestException(input, "no such file or folder");
        }
        if (Files.isDirectory(file)) {
            throw new IngestException(input, "is a folder, not a file");
        }
        String ext = extension(file);
        if (!SUPPORTED.contains(ext)) {
            throw new IngestException(input, UNSUPPORTED);
        }
        return read(input, ext, readBytes(file, input));
    }

    /** Extracts the article of an HTML page whose bytes are given; {@code name} names it in messages. */
    public ArticleContent readHtml(byte[] bytes, String name, String baseUri) throws IngestException {
        return readHtml(bytes, null, name, baseUri);
    }

    /** Reads an article from bytes already in memory; {@code name} (a file name) tells the format by its ending. */
    public ArticleContent readBytes(String name, byte[] bytes) throws IngestException {
        String ext = extension(Path.of(name));
        if (!SUPPORTED.contains(ext)) {
            throw new IngestException(name, UNSUPPORTED);
        }
        if (bytes.length > maxBytes) {
            throw new IngestException(name, tooLarge(bytes.length));
        }
        return read(name, ext, bytes);
    }

    private ArticleContent read(String input, String ext, byte[] bytes) throws IngestException {
        if (ext.equals("pdf")) {
            return PdfArticleReader.read(bytes, input, null);
        }
        if (ext.equals("html") || ext.equals("htm")) {
            return readHtml(bytes, null, input, null);
        }
        String text = decodeNonEmpty(bytes, null, false, input);
        ArticleContent content = PlainTextParser.parse(text, ext.equals("md"));
        if (content.text().isBlank()) {
            throw new IngestException(input, "no text below the title");
        }
        if (content.title().equals(ArticleContent.UNTITLED)) {
            content = new ArticleContent(titleFromFileName(input), content.byline(), content.outlet(), content.url(),
                    content.published(), content.language(), content.text(), content.dateline(), content.corrections());
        }
        return content;
    }

    /**
     * A file without a headline is named by its file: "goma-rebels_sake.txt" is "Goma rebels sake"; a name without a
     * letter ("0001.txt") says nothing and leaves the article untitled.
     */
    static String titleFromFileName(String input) {
        Path name = Path.of(input).getFileName();
        String base = name == null ? "" : name.toString().replaceFirst("\\.[^.]+$", "");
        String words = base.replaceAll("[-_.\\s]+", " ").strip();
        if (words.codePoints().noneMatch(Character::isLetter)) {
            return ArticleContent.UNTITLED;
        }
        return words.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + words.substring(1);
    }

    /**
     * Downloads an http(s) page and reads it as an article; the result's url is where redirects ended.
     *
     * @throws IngestException naming the URL for another scheme, a failed or slow request, an error status,
     *                         a type that is neither HTML, text nor PDF, a body over the size limit, or no article text
     */
    public ArticleContent readUrl(URI url) throws IngestException {
        UrlFetcher.Page page = fetcher.fetch(url);
        String input = url.toString();
        if (page.pdf()) {
            return PdfArticleReader.read(page.body(), input, page.finalUrl());
        }
        if (page.html()) {
            return readHtml(page.body(), page.charset(), input, page.finalUrl());
        }
        String text = decodeNonEmpty(page.body(), page.charset(), false, input);
        ArticleContent parsed = PlainTextParser.parse(text, false);
        return new ArticleContent(parsed.title(), null, null, page.finalUrl(), null, null, parsed.text(),
                parsed.dateline(), null);
    }

    /**
     * Downloads an RSS or Atom feed with a conditional GET (the ETag and Last-Modified of the last download, either
     * may be null); says so when the feed has not changed.
     *
     * @throws IngestException naming the URL for a failed request, a body over the size limit, or no feed in it
     */
    public FeedDocument readFeed(URI url, String etag, String lastModified) throws IngestException {
        UrlFetcher.Feed feed = fetcher.fetchFeed(url, etag, lastModified);
        if (feed.notModified()) {
            return new FeedDocument(true, null, null, feed.etag(), feed.lastModified());
        }
        if (feed.body().length == 0) {
            throw new IngestException(url.toString(), "empty response");
        }
        return FeedParser.parse(feed.body(), url.toString(), feed.finalUrl(), feed.etag(), feed.lastModified());
    }

    /**
     * A feed item's own content as an article, for when its page cannot be read: the extractor's reading of it,
     * or its plain text when that finds no article.
     *
     * @throws IngestException when the item carries no text
     */
    public ArticleContent readFeedItem(FeedItem item) throws IngestException {
        String input = item.link() != null ? item.link() : item.key();
        String body = org.jsoup.Jsoup.parseBodyFragment(item.html()).body().wholeText();
        if (PlainTextParser.collapse(body).isEmpty()) {
            throw new IngestException(input, "the item has no text of its own");
        }
        String html = "<html><head><title>" + org.jsoup.nodes.Entities.escape(item.title() == null ? "" : item.title())
                + "</title></head><body><article>" + item.html() + "</article></body></html>";
        ArticleContent content;
        try {
            content = extractor.extract(html, item.link(), input);
        } catch (IngestException tooLittle) {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(item.html());
            List<String> paragraphs = new ArrayList<>();
            for (org.jsoup.nodes.Element block : doc.body().select("p, li, h1, h2, h3, h4, blockquote")) {
                if (block.select("p, li, h1, h2, h3, h4, blockquote").size() == 1 && !block.text().isBlank()) {
                    paragraphs.add(block.text().strip());
                }
            }
            String text = paragraphs.isEmpty() ? PlainTextParser.collapse(doc.body().text()) : String.join("\n", paragraphs);
            content = new ArticleContent(item.title(), null, null, item.link(), null, null, text);
        }
        return new ArticleContent(item.title() != null ? item.title() : content.title(),
                item.author() != null ? item.author() : content.byline(), content.outlet(), item.link(),
                item.published() != null ? item.published() : content.published(), content.language(), content.text(),
                content.dateline(), content.corrections());
    }

    private ArticleContent readHtml(byte[] bytes, String declaredCharset, String input, String url) throws IngestException {
        if (bytes.length > maxBytes) {
            throw new IngestException(input, tooLarge(bytes.length));
        }
        String html = decodeNonEmpty(bytes, declaredCharset, true, input);
        return extractor.extract(html, url, input);
    }

    private String decodeNonEmpty(byte[] bytes, String declaredCharset, boolean html, String input) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(input, "empty file");
        }
        String text = TextDecoder.decode(bytes, declaredCharset, html, input);
        if (PlainTextParser.collapse(text).isEmpty()) {
            throw new IngestException(input, "empty file (only whitespace)");
        }
        return text;
    }

    private byte[] readBytes(Path file, String input) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException(input, tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new IngestException(input, tooLarge(bytes.length));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new IngestException(input, "no such file or folder", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IngestException(input, "permission denied", e);
        } catch (IOException e) {
            throw new IngestException(input, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private String tooLarge(long size) {
        return "larger than the " + megabytes(maxBytes) + " limit (" + megabytes(size) + ")";
    }

    /** "20 MB", "52 MB", "20.1 MB": rounded up to a tenth, so a file just over the limit never reads as equal to it. */
    static String megabytes(long bytes) {
        double tenths = Math.ceil(bytes * 10.0 / (1024 * 1024));
        return tenths % 10 == 0 ? (long) (tenths / 10) + " MB" : tenths / 10 + " MB";
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
