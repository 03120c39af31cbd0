package org.whosaid.export;

import java.util.List;
import java.util.Map;

import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;
import org.whosaid.model.TopicComparison;

/**
 * What an export writes: articles with their active statements, the sources and topics they refer to, and each
 * topic's comparison across the library by key (which says whether, and why, its accounts conflict).
 */
public record ExportInput(List<Entry> articles, Map<Long, Source> sources, List<Topic> topics,
                          Map<String, TopicComparison> comparisons) {
    public ExportInput {
        articles = List.copyOf(articles);
        sources = Map.copyOf(sources);
        topics = List.copyOf(topics);
        comparisons = Map.copyOf(comparisons);
    }

    /** An export without topic comparisons: its topics carry no conflict fields. */
    public ExportInput(List<Entry> articles, Map<Long, Source> sources, List<Topic> topics) {
        this(articles, sources, topics, Map.of());
    }

    /** One article and its statements, in text order. */
    public record Entry(Article article, List<Statement> statements) {
        public Entry {
            statements = List.copyOf(statements);
        }
    }
}
