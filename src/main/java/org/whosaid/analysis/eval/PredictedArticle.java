package org.whosaid.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/** One article's text and the statements the parser (or an editor) gave it: what {@link EvalScorer} scores. */
public record PredictedArticle(String text, List<Attribution> statements) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public PredictedArticle {
        text = text == null ? "" : text;
        statements = List.copyOf(statements);
    }

    /** The articles of a {@code whosaid-export/1} JSON file; a malformed file is reported with its path. */
    public static List<PredictedArticle> readExport(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read export " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.path("articles").isArray()) {
            throw new IllegalArgumentException(file + ": not a whosaid export (no \"articles\" list)");
        }
        List<PredictedArticle> out = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            List<Attribution> statements = new ArrayList<>();
            for (JsonNode s : a.path("statements")) {
                statements.add(statement(s));
            }
            out.add(new PredictedArticle(a.path("text").asText(""), statements));
        }
        return out;
    }

    private static Attribution statement(JsonNode s) {
        String text = s.path("text").asText("");
        JsonNode src = s.path("source");
        SourceMention source = null;
        if (src.isObject()) {
            List<String> aliases = new ArrayList<>();
            src.path("aliases").forEach(n -> aliases.add(n.asText()));
            source = new SourceMention(textOrNull(src, "name"), textOrNull(src, "mention"),
                    src.hasNonNull("kind") ? SourceKind.fromCode(src.get("kind").asText()) : SourceKind.PERSON,
                    textOrNull(src, "party"), aliases);
        }
        Stance stance = s.hasNonNull("stance") ? Stance.fromCode(s.get("stance").asText()) : Stance.ASSERTS;
        return new Attribution(StatementKind.fromCode(s.path("kind").asText("claim")), new Span(0, text.length(), text),
                null, source, stance, textOrNull(s, "topic"), List.of(), textOrNull(s, "rule"), s.path("confidence").asDouble());
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
