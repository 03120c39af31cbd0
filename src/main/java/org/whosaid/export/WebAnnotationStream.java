package org.whosaid.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a Web Annotation file one annotation at a time, so that a file of any size needs the memory of one
 * annotation: a collection ({@code first.items}), a page ({@code items}), a bare list, or a single annotation.
 * Only the annotation being read is a tree; the list around it is never held.
 */
public final class WebAnnotationStream {
    /** Receives each annotation, numbered from 1 in file order. */
    @FunctionalInterface
    public interface Sink {
        void accept(WebAnnotationImporter.Shared annotation) throws IOException;
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private int number;

    private WebAnnotationStream() {
    }

    /**
     * Reads every annotation of {@code in} into {@code sink}; returns how many annotations the file holds. An
     * annotation with a bad value, or a file that is not JSON, stops the reading with a
     * {@link WebAnnotationImporter.InvalidAnnotation} or an IOException naming where.
     */
    public static int read(InputStream in, Sink sink) throws IOException {
        WebAnnotationStream stream = new WebAnnotationStream();
        try (JsonParser parser = stream.mapper.getFactory().createParser(in)) {
            stream.readRoot(parser, sink);
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON" + where(e) + ": " + e.getOriginalMessage(), e);
        }
        return stream.number;
    }

    private void readRoot(JsonParser parser, Sink sink) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new IOException("the file is empty");
        }
        if (first == JsonToken.START_ARRAY) {
            readItems(parser, sink);
        } else if (first == JsonToken.START_OBJECT) {
            readContainer(parser, sink, true);
        } else {
            throw new IOException("not a Web Annotation file: no annotations, collection or page");
        }
    }

    /**
     * Reads an object field by field: its {@code items} (or {@code first.items}) are streamed; the other fields
     * are kept, small as they are, in case the object is itself a single annotation.
     */
    private void readContainer(JsonParser parser, Sink sink, boolean root) throws IOException {
        ObjectNode rest = mapper.createObjectNode();
        boolean sawItems = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(field) && value == JsonToken.START_ARRAY) {
                readItems(parser, sink);
                sawItems = true;
            } else if ("first".equals(field) && value == JsonToken.START_OBJECT) {
                readContainer(parser, sink, false);
                sawItems = true;
            } else {
                rest.set(field, mapper.readTree(parser));
            }
        }
        if (!root || sawItems) {
            return;
        }
        if ("Annotation".equals(rest.path("type").asText())) {
            deliver(rest, sink);
        } else {
            throw new IOException("not a Web Annotation file: no annotations, collection or page");
        }
    }

    private void readItems(JsonParser parser, Sink sink) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new IOException("the file ends inside the list of annotations");
            }
            deliver(mapper.readTree(parser), sink);
        }
    }

    private void deliver(JsonNode annotation, Sink sink) throws IOException {
        number++;
        Optional<WebAnnotationImporter.Shared> shared = WebAnnotationImporter.parse(annotation, number);
        if (shared.isPresent()) {
            sink.accept(shared.get());
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
