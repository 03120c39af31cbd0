package org.whosaid.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

import org.whosaid.model.ArticleContent;

/**
 * Reads a Telegram Desktop "Export chat history" of a channel, as JSON ({@code result.json}) or HTML
 * ({@code messages*.html}), post by post without holding the export in memory.
 */
public final class TelegramExport {
    /** How an export is written. */
    public enum Format { JSON, HTML }

    /** What a read found besides posts: album parts joined into their post, media-only posts and service messages skipped. */
    public static final class Counts {
        long posts;
        long albumParts;
        long mediaOnly;
        long service;

        public long posts() {
            return posts;
        }

        public long albumParts() {
            return albumParts;
        }

        public long mediaOnly() {
            return mediaOnly;
        }

        public long service() {
            return service;
        }
    }

    /** Receives each post as an article and how much of the export has been read (0 to 1); false stops the read. */
    public interface Sink {
        boolean accept(ArticleContent post, double fractionRead);
    }

    private TelegramExport() {
    }

    /** The export a path is: a {@code result.json}, or a folder holding one or holding {@code messages.html}. */
    public static Optional<Format> detect(Path path) {
        Path name = path.getFileName();
        if (Files.isRegularFile(path)) {
            return name != null && name.toString().equals("result.json") ? Optional.of(Format.JSON) : Optional.empty();
        }
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("result.json"))) {
                return Optional.of(Format.JSON);
            }
            if (Files.isRegularFile(path.resolve("messages.html"))) {
                return Optional.of(Format.HTML);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the export at {@code path} (as {@link #detect} found it). Posts before a fault are delivered; the fault
     * is then thrown.
     *
     * @param username the channel's public username ("rybar"), for post links {@code https://t.me/rybar/ID}; null
     *                 when unknown (a JSON export then links {@code https://t.me/c/CHANNEL_ID/ID})
     * @throws IngestException naming the file when it is not a Telegram export or cannot be read
     */
    public static Counts read(Path path, Format format, String username, Sink sink) throws IngestException {
        String user = username == null ? null : username.strip().replaceFirst("^@", "");
        if (user != null && !user.matches("[A-Za-z0-9_]{3,64}")) {
            throw new IngestException(username, "not a Telegram channel username (letters, digits and _)");
        }
        if (format == Format.JSON) {
            Path file = Files.isDirectory(path) ? path.resolve("result.json") : path;
            return TelegramJsonReader.read(file, user, sink);
        }
        return TelegramHtmlReader.read(path, user, sink);
    }

    static TelegramChannel channel(String name, String linkBase, Sink sink, java.util.function.DoubleSupplier read) {
        Predicate<ArticleContent> accept = post -> sink.accept(post, read.getAsDouble());
        return new TelegramChannel(name, linkBase, accept);
    }

    /** Lines of a post's text stripped, runs of blank lines dropped: one paragraph a line. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String l = line.replace('\u00a0', ' ').strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }

    /** The visible text of a link and, when it differs from the address, the address in brackets after it. */
    static String link(String text, String href) {
        if (href == null || href.isBlank() || text.strip().equals(href.strip()) || href.startsWith("#")) {
            return text;
        }
        return text + " (" + href.strip() + ")";
    }
}
