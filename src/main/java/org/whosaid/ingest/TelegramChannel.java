package org.whosaid.ingest;

import java.util.function.Predicate;

import org.whosaid.model.ArticleContent;

/**
 * Turns a channel's messages, in export order, into articles: the messages of an album become one post, a
 * post without text is skipped and counted, the channel is the outlet and the post's link its URL.
 */
final class TelegramChannel {
    private static final int TITLE_LENGTH = 120;

    private final String name;
    private final String linkBase;
    private final Predicate<ArticleContent> sink;
    private final TelegramExport.Counts counts = new TelegramExport.Counts();
    private TelegramPost pending;
    private boolean stopped;

    /** @param linkBase "https://t.me/rybar/" or "https://t.me/c/1234/" or null when the channel cannot be linked */
    TelegramChannel(String name, String linkBase, Predicate<ArticleContent> sink) {
        this.name = name;
        this.linkBase = linkBase;
        this.sink = sink;
    }

    /** Takes the next message; false once the sink asked to stop. */
    boolean add(TelegramPost post) {
        if (pending != null && pending.sameAlbum(post)) {
            pending = pending.joinedWith(post);
            counts.albumParts++;
            return !stopped;
        }
        flush();
        pending = post;
        return !stopped;
    }

    void service() {
        counts.service++;
    }

    TelegramExport.Counts finish() {
        flush();
        return counts;
    }

    private void flush() {
        TelegramPost post = pending;
        pending = null;
        if (post == null || stopped) {
            return;
        }
        if (!post.hasText()) {
            counts.mediaOnly++;
            return;
        }
        counts.posts++;
        stopped = !sink.test(article(post));
    }

    private ArticleContent article(TelegramPost post) {
        String text = post.text().strip();
        String url = linkBase == null ? null : linkBase + post.id();
        StringBuilder byline = new StringBuilder();
        if (post.author() != null && !post.author().isBlank()) {
            byline.append(post.author().strip());
        }
        if (post.forwardedFrom() != null && !post.forwardedFrom().isBlank()) {
            byline.append(byline.length() == 0 ? "" : " \u00b7 ").append("forwarded from ").append(post.forwardedFrom().strip());
        }
        if (post.replyTo() != 0) {
            byline.append(byline.length() == 0 ? "" : " \u00b7 ").append("in reply to ")
                    .append(linkBase == null ? "post " + post.replyTo() : linkBase + post.replyTo());
        }
        return new ArticleContent(title(text), byline.length() == 0 ? null : byline.toString(), name, url,
                post.date(), null, text);
    }

    /** The post's first line, cut at a word before {@value #TITLE_LENGTH} characters. */
    static String title(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.length() <= TITLE_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_LENGTH);
        return first.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).strip() + "\u2026";
    }
}
