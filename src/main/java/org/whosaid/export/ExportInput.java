package org.whosaid.export;

import java.util.List;
import java.util.Map;

import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;

/** What an export writes: articles with their active statements, the sources and topics they refer to. */
public record ExportInput(List<Entry> articles, Map<Long, Source> sources, List<Topic> topics) {
    public ExportInput {
        articles = List.copyOf(articles);
        sources = Map.copyOf(sources);
        topics = List.copyOf(topics);
    }

    /** One article and its statements, in text order. */
    public record Entry(Article article, List<Statement> statements) {
        public Entry {
            statements = List.copyOf(statements);
        }
    }
}
