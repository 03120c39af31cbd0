package org.whosaid.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a realistic Telegram Desktop channel export ({@code result.json}) of a war correspondent's channel: plain
 * and formatted posts, forwards from the Defence Ministry, replies, albums of three photos, media-only videos.
 */
public final class TelegramExports {
    private static final String[] PLACES = {"Pokrovsk", "Toretsk", "Kupiansk", "Chasiv Yar", "Vuhledar", "Kurakhove"};
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.ofHours(3));

    private TelegramExports() {
    }

    /** Every 7th post a forward, every 11th a reply to the one before, every 13th an album, every 17th a bare video. */
    public static final class Shape {
        public int posts;
        public int forwards;
        public int replies;
        public int albumParts;
        public int mediaOnly;
    }

    /** Writes posts 1..{@code count} (ids count up; an album takes three ids) and says what it wrote. */
    public static Shape write(Path file, int count) throws IOException {
        Shape shape = new Shape();
        Instant start = Instant.parse("2025-01-01T06:00:00Z");
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", "Frontline Notes");
            g.writeStringField("type", "public_channel");
            g.writeNumberField("id", 1598765432L);
            g.writeArrayFieldStart("messages");
            long id = 1;
            g.writeStartObject();
            g.writeNumberField("id", id++);
            g.writeStringField("type", "service");
            g.writeStringField("date", LOCAL.format(start));
            g.writeStringField("action", "create_channel");
            g.writeStringField("text", "");
            g.writeEndObject();
            for (int n = 1; n <= count; n++) {
                Instant when = start.plusSeconds(n * 1800L);
                String place = PLACES[n % PLACES.length];
                if (n % 17 == 0) {
                    message(g, id++, when);
                    g.writeStringField("file", "video_files/clip_" + n + ".mp4");
                    g.writeStringField("media_type", "video_file");
                    g.writeStringField("text", "");
                    g.writeEndObject();
                    shape.mediaOnly++;
                    continue;
                }
                if (n % 13 == 0) {
                    for (int part = 0; part < 3; part++) {
                        message(g, id++, when);
                        g.writeStringField("photo", "photos/photo_" + n + "_" + part + ".jpg");
                        g.writeStringField("text", part == 0 ? "Post " + n + ". Damage in " + place
                                + " after overnight shelling, the regional governor said." : "");
                        g.writeEndObject();
                    }
                    shape.albumParts += 2;
                    shape.posts++;
                    continue;
                }
                message(g, id++, when);
                if (n % 7 == 0) {
                    g.writeStringField("forwarded_from", "Минобороны России");
                    g.writeStringField("text", "Пост " + n + ". Подразделения группировки войск заняли более выгодные рубежи у н.п. " + place + ".");
                    shape.forwards++;
                } else if (n % 11 == 0) {
                    g.writeNumberField("reply_to_message_id", id - 2);
                    g.writeStringField("text", "Post " + n + ". Update: the Ukrainian General Staff denied the claim about " + place + ".");
                    shape.replies++;
                } else {
                    g.writeArrayFieldStart("text");
                    g.writeStartObject();
                    g.writeStringField("type", "bold");
                    g.writeStringField("text", "Post " + n + ". " + place + ":");
                    g.writeEndObject();
                    g.writeString(" fighting continues, a soldier of the 28th brigade told us. ");
                    g.writeStartObject();
                    g.writeStringField("type", "text_link");
                    g.writeStringField("text", "Map");
                    g.writeStringField("href", "https://example.org/maps/" + n);
                    g.writeEndObject();
                    g.writeEndArray();
                }
                g.writeEndObject();
                shape.posts++;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return shape;
    }

    private static void message(JsonGenerator g, long id, Instant when) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("type", "message");
        g.writeStringField("date", LOCAL.format(when));
        g.writeStringField("date_unixtime", String.valueOf(when.getEpochSecond()));
        g.writeStringField("from", "Frontline Notes");
        g.writeStringField("from_id", "channel1598765432");
    }
}
