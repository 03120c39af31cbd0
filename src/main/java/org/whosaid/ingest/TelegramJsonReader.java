package org.whosaid.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Streams a Telegram {@code result.json} message by message with Jackson's streaming parser. */
final class TelegramJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private TelegramJsonReader() {
    }

    static TelegramExport.Counts read(Path file, String username, TelegramExport.Sink sink) throws IngestException {
        String input = file.toString();
        long size;
        try {
            size = Math.max(1, Files.size(file));
        } catch (NoSuchFileException e) {
            throw new IngestException(input, "no such file or folder", e);
        } catch (IOException e) {
            throw new IngestException(input, "cannot read the file: " + e.getMessage(), e);
        }
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IngestException(input, "not a Telegram export (expected a JSON object)");
            }
            String name = null;
            String type = null;
            long channelId = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText() : name;
                    case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : type;
                    case "id" -> channelId = value.isNumeric() ? p.getLongValue() : channelId;
                    case "messages" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new IngestException(input, "not a Telegram export (\"messages\" is not a list)");
                        }
                        String linkBase = username != null ? "https://t.me/" + username + "/"
                                : channelId != 0 && type != null && type.contains("channel") ? "https://t.me/c/" + channelId + "/" : null;
                        String outlet = name != null ? name : folderName(file);
                        TelegramChannel channel = TelegramExport.channel(outlet, linkBase, sink,
                                () -> Math.min(1.0, (double) p.currentLocation().getByteOffset() / size));
                        boolean channelPosts = type == null || type.contains("channel");
                        try {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                JsonNode message = MAPPER.readTree(p);
                                if (!"message".equals(message.path("type").asText())) {
                                    channel.service();
                                } else if (!channel.add(post(message, channelPosts))) {
                                    break;
                                }
                            }
                        } finally {
                            // the post held back to see whether an album continues is delivered even on a fault
                            channel.finish();
                        }
                        return channel.finish();
                    }
                    default -> p.skipChildren();
                }
            }
            throw new IngestException(input, "not a Telegram export (no \"messages\")");
        } catch (JsonProcessingException e) {
            throw new IngestException(input, "broken JSON at line " + e.getLocation().getLineNr() + " ("
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IngestException(input, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static TelegramPost post(JsonNode m, boolean channelPosts) {
        String date = m.hasNonNull("date_unixtime")
                ? Instant.ofEpochSecond(m.get("date_unixtime").asLong()).toString() : text(m, "date");
        String author = text(m, "author");
        if (author == null && !channelPosts) {
            author = text(m, "from");
        }
        boolean media = m.has("photo") || m.has("file") || m.has("media_type") || m.has("sticker_emoji")
                || m.has("poll") || m.has("location_information") || m.has("contact_information");
        return new TelegramPost(m.path("id").asLong(), date, author, text(m, "forwarded_from"),
                m.path("reply_to_message_id").asLong(0), media, TelegramExport.paragraphs(flatten(m.get("text"))));
    }

    /** A message's text: a string, or a list of strings and entities ({"type": "bold", "text": ...}). */
    private static String flatten(JsonNode text) {
        if (text == null || text.isNull()) {
            return "";
        }
        if (text.isTextual()) {
            return text.asText();
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : text) {
            if (part.isTextual()) {
                out.append(part.asText());
            } else if (part.isObject()) {
                String t = part.path("text").asText("");
                out.append("text_link".equals(part.path("type").asText()) ? TelegramExport.link(t, part.path("href").asText(null)) : t);
            }
        }
        return out.toString();
    }

    private static String text(JsonNode m, String field) {
        JsonNode n = m.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static String folderName(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? "Telegram" : parent.getFileName().toString();
    }
}
