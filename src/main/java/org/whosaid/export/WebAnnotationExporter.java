package org.whosaid.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;

/**
 * Writes statements as W3C Web Annotations (JSON-LD): an {@code AnnotationCollection} with one annotation per
 * statement. Each target names the article (its URL, else its content hash) and places the statement with a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} counted in code points, as the model requires;
 * bodies carry source, party, stance, kind, topic, tags and note, and the {@code creator} (with {@code modified})
 * is the coder who last edited the statement. {@link WebAnnotationImporter} reads it back.
 */
public final class WebAnnotationExporter {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(ExportInput input, OutputStream out) throws IOException {
        mapper.writeValue(out, toTree(input));
    }

    public ObjectNode toTree(ExportInput input) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode context = root.putArray("@context");
        context.add(WebAnnotation.ANNO_CONTEXT);
        context.addObject().put("whosaid", WebAnnotation.WHOSAID_NS);
        root.put("type", "AnnotationCollection");
        root.put("label", "WhoSaid statements");
        int total = input.articles().stream().mapToInt(e -> e.statements().size()).sum();
        root.put("total", total);
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        for (ExportInput.Entry entry : input.articles()) {
            for (Statement s : entry.statements()) {
                items.add(annotation(entry.article(), s, input));
            }
        }
        return root;
    }

    private ObjectNode annotation(Article article, Statement s, ExportInput input) {
        ObjectNode a = mapper.createObjectNode();
        a.put("id", "urn:whosaid:statement:" + article.contentHash().substring(0, 16) + ":" + s.id());
        a.put("type", "Annotation");
        a.put("motivation", "classifying");
        if (s.edited() != null) {
            ObjectNode creator = a.putObject("creator");
            creator.put("type", "Person");
            creator.put("name", s.edited().coder());
            a.put("modified", s.edited().at().toString());
        }
        ArrayNode bodies = a.putArray("body");
        Source source = s.sourceId() == null ? null : input.sources().get(s.sourceId());
        if (source != null) {
            ObjectNode b = body(bodies, "identifying", "source", source.name());
            b.put(WebAnnotation.SOURCE_KIND, source.kind().code());
            if (s.mention() != null) {
                b.put(WebAnnotation.MENTION, s.mention());
            }
            // the statement's own party when it has one, else its source's
            if (s.party() != null) {
                body(bodies, "classifying", "party", s.party());
            }
        }
        body(bodies, "classifying", "kind", s.kind().code());
        body(bodies, "classifying", "stance", s.stance().code());
        if (s.topic() != null) {
            body(bodies, "classifying", "topic", s.topic()).put(WebAnnotation.TOPIC_LABEL, label(input, s.topic()));
        }
        for (String tag : s.tags()) {
            body(bodies, "tagging", "tag", tag);
        }
        if (s.note() != null && !s.note().isBlank()) {
            body(bodies, "commenting", "note", s.note());
        }
        a.set("target", target(article, s));
        return a;
    }

    private static ObjectNode body(ArrayNode bodies, String purpose, String role, String value) {
        ObjectNode b = bodies.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put(WebAnnotation.ROLE, role);
        return b;
    }

    private ObjectNode target(Article article, Statement s) {
        String text = article.text();
        ObjectNode t = mapper.createObjectNode();
        t.put("source", article.url() != null ? article.url() : WebAnnotation.HASH_URN + article.contentHash());
        t.put(WebAnnotation.CONTENT_HASH, article.contentHash());
        t.put(WebAnnotation.TITLE, article.title());
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(s.start(), s.end()));
        quote.put("prefix", CodePoints.before(text, s.start(), WebAnnotation.CONTEXT));
        quote.put("suffix", CodePoints.after(text, s.end(), WebAnnotation.CONTEXT));
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", CodePoints.toCodePoint(text, s.start()));
        position.put("end", CodePoints.toCodePoint(text, s.end()));
        return t;
    }

    private static String label(ExportInput input, String key) {
        return input.topics().stream().filter(t -> t.key().equals(key)).map(Topic::label).findFirst().orElse(key);
    }
}
