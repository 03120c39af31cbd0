package org.whosaid.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Source;
import org.whosaid.model.Stance;
import org.whosaid.model.Span;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;
import org.whosaid.model.TopicComparison;

/** Writes the {@code whosaid-export/1} JSON format of DESIGN.md; field names and meanings only ever grow. */
public final class JsonExporter {
    public static final String FORMAT = "whosaid-export/1";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(ExportInput input, Writer out) throws IOException {
        mapper.writeValue(out, toTree(input));
    }

    public ObjectNode toTree(ExportInput input) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode articles = root.putArray("articles");
        Map<String, ArrayNode> topicStatements = new LinkedHashMap<>();
        for (ExportInput.Entry entry : input.articles()) {
            ObjectNode a = articles.addObject();
            a.put("id", entry.article().id());
            a.put("title", entry.article().title());
            a.put("byline", entry.article().byline());
            a.put("outlet", entry.article().outlet());
            a.put("url", entry.article().url());
            a.put("published", entry.article().published());
            a.put("language", entry.article().language());
            a.put("dateline", entry.article().dateline());
            a.put("corrections", entry.article().corrections());
            a.put("text", entry.article().text());
            ArrayNode statements = a.putArray("statements");
            for (Statement s : entry.statements()) {
                statements.add(statement(s, entry.article().text(), input.sources()));
                if (s.topic() != null) {
                    topicStatements.computeIfAbsent(s.topic(), k -> mapper.createArrayNode()).add(s.id());
                }
            }
        }
        ArrayNode topics = root.putArray("topics");
        for (Map.Entry<String, ArrayNode> t : topicStatements.entrySet()) {
            ObjectNode topic = topics.addObject();
            topic.put("id", t.getKey());
            topic.put("label", label(input.topics(), t.getKey()));
            topic.set("statements", t.getValue());
            TopicComparison comparison = input.comparisons().get(t.getKey());
            if (comparison != null) {
                conflict(topic, comparison);
            }
        }
        return root;
    }

    /**
     * The topic's conflict over the whole library: whether there is one, its explanation, the parties that assert
     * and deny, the other reasons (figures differ, mutual accusations), and which statements assert and deny.
     */
    private void conflict(ObjectNode topic, TopicComparison comparison) {
        topic.put("conflict", comparison.conflict());
        if (!comparison.conflict()) {
            return;
        }
        topic.put("conflictSummary", comparison.conflictSummary());
        ArrayNode asserting = topic.putArray("asserting");
        comparison.asserting().forEach(asserting::add);
        ArrayNode denying = topic.putArray("denying");
        comparison.denying().forEach(denying::add);
        ArrayNode reasons = topic.putArray("conflictReasons");
        comparison.reasons().forEach(reasons::add);
        ArrayNode asserts = mapper.createArrayNode();
        ArrayNode denies = mapper.createArrayNode();
        for (PartyAccounts column : comparison.columns()) {
            boolean side = comparison.asserting().contains(column.party()) || comparison.denying().contains(column.party());
            for (Account a : column.accounts()) {
                if (side && a.stance() == Stance.ASSERTS) {
                    asserts.add(a.statementId());
                } else if (side && a.stance() == Stance.DENIES) {
                    denies.add(a.statementId());
                }
            }
        }
        ObjectNode statements = topic.putObject("conflictStatements");
        statements.set("asserts", asserts);
        statements.set("denies", denies);
    }

    /** Offsets count code points, as {@code text[start:end]} does in Python and most tools outside Java. */
    private ObjectNode statement(Statement s, String articleText, Map<Long, Source> sources) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", s.id());
        node.put("kind", s.kind().code());
        node.put("start", CodePoints.toCodePoint(articleText, s.start()));
        node.put("end", CodePoints.toCodePoint(articleText, s.end()));
        node.put("text", s.text());
        Span cue = s.cue();
        if (cue == null) {
            node.putNull("cue");
        } else {
            ObjectNode c = node.putObject("cue");
            c.put("text", cue.text());
            c.put("start", CodePoints.toCodePoint(articleText, cue.start()));
            c.put("end", CodePoints.toCodePoint(articleText, cue.end()));
        }
        Source source = s.sourceId() == null ? null : sources.get(s.sourceId());
        if (source == null) {
            node.putNull("source");
        } else {
            ObjectNode src = node.putObject("source");
            src.put("name", source.name());
            src.put("mention", s.mention() == null ? source.name() : s.mention());
            src.put("kind", source.kind().code());
            src.put("party", source.party());
            ArrayNode aliases = src.putArray("aliases");
            source.aliases().forEach(aliases::add);
        }
        node.put("stance", s.stance().code());
        node.put("topic", s.topic());
        ArrayNode flags = node.putArray("flags");
        s.flags().forEach(flags::add);
        ArrayNode tags = node.putArray("tags");
        s.tags().forEach(tags::add);
        node.put("note", s.note());
        node.put("origin", s.origin().code());
        node.put("rule", s.rule());
        node.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
        return node;
    }

    private static String label(List<Topic> topics, String key) {
        return topics.stream().filter(t -> t.key().equals(key)).map(Topic::label).findFirst().orElse(key);
    }
}
