package org.whosaid.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Reads a Telegram HTML export folder: {@code messages.html}, {@code messages2.html}, ... one page at a time. */
final class TelegramHtmlReader {
    private static final Pattern PAGE = Pattern.compile("messages(\\d*)\\.html");
    private static final Pattern DATE = Pattern.compile("(\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2})(?: UTC([+-]\\d{2}:\\d{2}))?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final Pattern MESSAGE_ID = Pattern.compile("message(-?\\d+)");
    private static final Pattern REPLY = Pattern.compile("go_to_message(\\d+)");

    private TelegramHtmlReader() {
    }

    static TelegramExport.Counts read(Path folder, String username, TelegramExport.Sink sink) throws IngestException {
        List<Path> pages = pages(folder);
        String linkBase = username == null ? null : "https://t.me/" + username + "/";
        TelegramChannel channel = null;
        for (int i = 0; i < pages.size(); i++) {
            Path page = pages.get(i);
            Document doc;
            try {
                doc = Jsoup.parse(page.toFile(), "UTF-8");
            } catch (IOException e) {
                if (channel != null) {
                    channel.finish();
                }
                throw new IngestException(page.toString(), "cannot read the file: " + e.getMessage(), e);
            }
            if (channel == null) {
                Element header = doc.selectFirst(".page_header .text.bold");
                if (header == null || doc.selectFirst(".history") == null) {
                    throw new IngestException(page.toString(), "not a Telegram HTML export (no page header and history)");
                }
                double share = 1.0 / pages.size();
                int done = i;
                channel = TelegramExport.channel(header.text().strip(), linkBase, sink, () -> done * share);
            }
            for (Element message : doc.select(".history > div.message")) {
                if (message.hasClass("service")) {
                    channel.service();
                } else if (!channel.add(post(message))) {
                    return channel.finish();
                }
            }
        }
        return channel.finish();
    }

    private static List<Path> pages(Path folder) throws IngestException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> pages = new ArrayList<>(files.filter(f -> PAGE.matcher(f.getFileName().toString()).matches()).toList());
            pages.sort((a, b) -> Integer.compare(number(a), number(b)));
            return pages;
        } catch (IOException e) {
            throw new IngestException(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static int number(Path page) {
        Matcher m = PAGE.matcher(page.getFileName().toString());
        return m.matches() && !m.group(1).isEmpty() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static TelegramPost post(Element message) {
        Matcher id = MESSAGE_ID.matcher(message.id());
        Element body = message.selectFirst("> div.body");
        body = body == null ? message : body;
        Element date = body.selectFirst("> div.date[title]");
        Element forwarded = body.selectFirst("> div.forwarded.body");
        String forwardedFrom = null;
        if (forwarded != null) {
            Element from = forwarded.selectFirst("> div.from_name");
            forwardedFrom = from == null ? null : from.ownText().strip();
        }
        Element reply = body.selectFirst("> div.reply_to a[href]");
        Matcher replyId = reply == null ? null : REPLY.matcher(reply.attr("href"));
        Element signature = body.selectFirst("> div.signature");
        Element text = (forwarded != null ? forwarded : body).selectFirst("> div.text");
        boolean media = body.selectFirst("div.media_wrap") != null;
        return new TelegramPost(id.find() ? Long.parseLong(id.group(1)) : 0, date == null ? null : date(date.attr("title")),
                signature == null ? null : signature.text().strip(), forwardedFrom,
                replyId != null && replyId.find() ? Long.parseLong(replyId.group(1)) : 0, media,
                text == null ? "" : TelegramExport.paragraphs(flatten(text)));
    }

    /** "12.03.2022 10:05:00 UTC+03:00" as an instant; without an offset, as the local time it says. */
    static String date(String title) {
        Matcher m = DATE.matcher(title);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1), LOCAL);
            return m.group(2) == null ? local.toString()
                    : OffsetDateTime.of(local, java.time.ZoneOffset.of(m.group(2))).toInstant().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String flatten(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e) {
                if (e.normalName().equals("br")) {
                    out.append('\n');
                } else if (e.normalName().equals("a")) {
                    out.append(TelegramExport.link(flatten(e), e.attr("href")));
                } else {
                    out.append(flatten(e));
                }
            }
        }
        return out.toString();
    }
}
