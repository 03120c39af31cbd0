package org.whosaid.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.whosaid.model.Span;

/**
 * Reads a Web Annotation file written by {@link WebAnnotationExporter} (a collection, a page, a list, or a single
 * annotation) into plain values, and finds where each one belongs in an article's text. Storing them is the
 * service's job.
 */
public final class WebAnnotationImporter {
    private final ObjectMapper mapper = new ObjectMapper();

    /** One annotation as read: where it points and what it says. Offsets are code points; absent ones are -1. */
    public record Shared(String targetSource, String contentHash, String exact, String prefix, String suffix,
                         int start, int end, String kind, String source, String sourceKind, String mention,
                         String party, String stance, String topic, String topicLabel, List<String> tags,
                         String note) {
        public Shared {
            tags = List.copyOf(tags);
        }
    }

    /** Every annotation of the file; an annotation without a quote selector is skipped (it cannot be placed). */
    public List<Shared> read(InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        if (root == null) {
            throw new IOException("the file is empty");
        }
        List<Shared> result = new ArrayList<>();
        for (JsonNode annotation : annotations(root)) {
            parse(annotation).ifPresent(result::add);
        }
        return result;
    }

    private static List<JsonNode> annotations(JsonNode root) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(found::add);
        } else if ("Annotation".equals(root.path("type").asText())) {
            found.add(root);
        } else if (root.has("first")) {
            root.path("first").path("items").forEach(found::add);
        } else if (root.has("items")) {
            root.path("items").forEach(found::add);
        } else {
            throw new IOException("not a Web Annotation file: no annotations, collection or page");
        }
        return found;
    }

    private static Optional<Shared> parse(JsonNode a) {
        JsonNode target = a.path("target");
        String exact = null;
        String prefix = "";
        String suffix = "";
        int start = -1;
        int end = -1;
        for (JsonNode selector : selectors(target.path("selector"))) {
            switch (selector.path("type").asText()) {
                case "TextQuoteSelector" -> {
                    exact = text(selector, "exact");
                    prefix = orEmpty(text(selector, "prefix"));
                    suffix = orEmpty(text(selector, "suffix"));
                }
                case "TextPositionSelector" -> {
                    start = selector.path("start").asInt(-1);
                    end = selector.path("end").asInt(-1);
                }
                default -> { }
            }
        }
        if (exact == null || exact.isEmpty()) {
            return Optional.empty();
        }
        String kind = null;
        String source = null;
        String sourceKind = null;
        String mention = null;
        String party = null;
        String stance = null;
        String topic = null;
        String topicLabel = null;
        String note = null;
        List<String> tags = new ArrayList<>();
        for (JsonNode body : selectors(a.path("body"))) {
            String value = text(body, "value");
            if (value == null) {
                continue;
            }
            switch (role(body)) {
                case "source" -> {
                    source = value;
                    sourceKind = text(body, WebAnnotation.SOURCE_KIND);
                    mention = text(body, WebAnnotation.MENTION);
                }
                case "party" -> party = value;
                case "kind" -> kind = value;
                case "stance" -> stance = value;
                case "topic" -> {
                    topic = value;
                    topicLabel = text(body, WebAnnotation.TOPIC_LABEL);
                }
                case "tag" -> tags.add(value);
                case "note" -> note = value;
                default -> { }
            }
        }
        return Optional.of(new Shared(text(target, "source"), text(target, WebAnnotation.CONTENT_HASH), exact, prefix,
                suffix, start, end, kind, source, sourceKind, mention, party, stance, topic, topicLabel, tags, note));
    }

    /** A body's role; bodies from other tools have none, and are read by purpose (a tag, or a comment). */
    private static String role(JsonNode body) {
        String role = text(body, WebAnnotation.ROLE);
        if (role != null) {
            return role;
        }
        return switch (body.path("purpose").asText()) {
            case "tagging" -> "tag";
            case "commenting" -> "note";
            default -> "";
        };
    }

    /**
     * Where the annotation lies in {@code text}, as UTF-16 offsets: at its position when the quote is there,
     * else where prefix, quote and suffix occur together, else where the quote occurs exactly once.
     */
    public Optional<Span> locate(Shared shared, String text) {
        int start = CodePoints.toIndex(text, shared.start());
        int end = CodePoints.toIndex(text, shared.end());
        if (start >= 0 && end >= start && text.substring(start, end).equals(shared.exact())) {
            return Optional.of(Span.of(text, start, end));
        }
        String withContext = shared.prefix() + shared.exact() + shared.suffix();
        int at = text.indexOf(withContext);
        if (at >= 0) {
            int from = at + shared.prefix().length();
            return Optional.of(Span.of(text, from, from + shared.exact().length()));
        }
        at = text.indexOf(shared.exact());
        if (at >= 0 && text.indexOf(shared.exact(), at + 1) < 0) {
            return Optional.of(Span.of(text, at, at + shared.exact().length()));
        }
        return Optional.empty();
    }

    /** The hash the annotation names its article by, from the target or a {@code urn:whosaid:sha256:} source. */
    public static Optional<String> hash(Shared shared) {
        if (shared.contentHash() != null) {
            return Optional.of(shared.contentHash());
        }
        String source = shared.targetSource();
        if (source != null && source.startsWith(WebAnnotation.HASH_URN)) {
            return Optional.of(source.substring(WebAnnotation.HASH_URN.length()));
        }
        return Optional.empty();
    }

    private static Iterable<JsonNode> selectors(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
