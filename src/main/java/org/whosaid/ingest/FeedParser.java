package org.whosaid.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.nodes.Entities;

/** Parses RSS 0.9x/1.0/2.0 and Atom with Rome; document type declarations are refused (no entity expansion). */
final class FeedParser {
    private FeedParser() {
    }

    static FeedDocument parse(byte[] bytes, String input, String baseUrl, String etag, String lastModified)
            throws IngestException {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false);
            in.setXmlHealerOn(true);
            feed = in.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException | IllegalStateException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IngestException(input, "not an RSS or Atom feed (" + why.lines().findFirst().orElse("") + ")", e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = absolute(baseUrl, entry.getLink());
            if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)^https?://.*")) {
                link = entry.getUri();
            }
            Date when = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String key = blankToNull(entry.getUri());
            if (key == null) {
                key = link != null ? link : (entry.getTitle() + "|" + when);
            }
            items.add(new FeedItem(key, link, blankToNull(entry.getTitle()), when == null ? null : when.toInstant().toString(),
                    blankToNull(entry.getAuthor()), html(entry)));
        }
        return new FeedDocument(false, blankToNull(feed.getTitle()), items, etag, lastModified);
    }

    private static String html(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        String html = contents == null ? "" : contents.stream().map(FeedParser::asHtml).collect(Collectors.joining("\n"));
        if (html.isBlank() && entry.getDescription() != null) {
            html = asHtml(entry.getDescription());
        }
        return html;
    }

    private static String asHtml(SyndContent content) {
        String value = content.getValue() == null ? "" : content.getValue();
        String type = content.getType() == null ? "" : content.getType();
        return type.equals("text") || type.equals("text/plain") ? "<p>" + Entities.escape(value) + "</p>" : value;
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? link.strip() : URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
