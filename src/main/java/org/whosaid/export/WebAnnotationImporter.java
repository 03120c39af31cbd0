package org.whosaid.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.whosaid.model.SourceKind;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Turns one annotation of a Web Annotation file written by {@link WebAnnotationExporter} into plain, checked
 * values, and finds where it belongs in an article's text. {@link WebAnnotationStream} reads the file; storing
 * is the service's job.
 */
public final class WebAnnotationImporter {
    private WebAnnotationImporter() {
    }

    /**
     * One annotation as read: its number in the file (from 1) and id, the article it names (URL or hash URN,
     * content hash, title), where it points and what it says. Offsets are code points; absent ones are -1.
     * Kind, stance and source kind are known codes (checked on reading). {@code creator} is the name of the person
     * who last coded it, when the file says ({@code creator.name}, or a plain string).
     */
    public record Shared(int number, String id, String targetSource, String contentHash, String title, String exact,
                         String prefix, String suffix, int start, int end, String kind, String source,
                         String sourceKind, String mention, String party, String stance, String topic,
                         String topicLabel, List<String> tags, String note, String creator) {
        public Shared {
            tags = List.copyOf(tags);
        }

        /** How a message names it: its number, and its id when it has one. */
        public String label() {
            return "annotation " + number + (id == null ? "" : " (" + id + ")");
        }
    }

    /** An annotation holding a value WhoSaid cannot store; the message names the annotation and the value. */
    public static final class InvalidAnnotation extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidAnnotation(String message) {
            super(message);
        }
    }

    /**
     * The annotation numbered {@code number} in its file; empty when it has no quote selector (it cannot be placed).
     * A kind, stance, source kind or position WhoSaid does not know is an {@link InvalidAnnotation}.
     */
    static Optional<Shared> parse(JsonNode a, int number) throws InvalidAnnotation {
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
                    start = position(selector, "start", number);
                    end = position(selector, "end", number);
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
        Shared shared = new Shared(number, text(a, "id"), text(target, "source"),
                text(target, WebAnnotation.CONTENT_HASH), text(target, WebAnnotation.TITLE), exact, prefix, suffix,
                start, end, kind, source, sourceKind, mention, party, stance, topic, topicLabel, tags, note,
                creator(a.path("creator")));
        check(shared);
        return Optional.of(shared);
    }

    private static void check(Shared s) throws InvalidAnnotation {
        known(s, "kind", s.kind(), Arrays.stream(StatementKind.values()).map(StatementKind::code).toList());
        known(s, "stance", s.stance(), Arrays.stream(Stance.values()).map(Stance::code).toList());
        known(s, "source kind", s.sourceKind(), Arrays.stream(SourceKind.values()).map(SourceKind::code).toList());
        if ((s.start() >= 0 || s.end() >= 0) && (s.start() < 0 || s.end() < s.start())) {
            throw new InvalidAnnotation(s.label() + ": the position " + s.start() + " to " + s.end()
                    + " is not a stretch of text");
        }
    }

    private static void known(Shared s, String field, String value, List<String> codes) throws InvalidAnnotation {
        if (value != null && !codes.contains(value)) {
            throw new InvalidAnnotation(s.label() + ": " + field + " \u201c" + value + "\u201d is not one of "
                    + String.join(", ", codes));
        }
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
    public static Optional<Span> locate(Shared shared, String text) {
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

    /** The URL the annotation names its article by; empty when it names it by hash only. */
    public static Optional<String> url(Shared shared) {
        String source = shared.targetSource();
        return source == null || source.startsWith(WebAnnotation.HASH_URN) ? Optional.empty() : Optional.of(source);
    }

    private static int position(JsonNode selector, String field, int number) throws InvalidAnnotation {
        JsonNode value = selector.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return -1;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidAnnotation("annotation " + number + ": position " + field + " \u201c" + value.asText()
                    + "\u201d is not a whole number");
        }
        return value.asInt();
    }

    private static String creator(JsonNode creator) {
        String name = creator.isTextual() ? creator.asText() : text(creator, "name");
        return name == null || name.isBlank() ? null : name.strip();
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
