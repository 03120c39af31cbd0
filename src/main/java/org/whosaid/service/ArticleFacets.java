package org.whosaid.service;

import java.util.Set;
import java.util.TreeSet;

import org.whosaid.model.Statement;

/** The sources, topics and tags an article's active statements mention; what the library filters on. */
public record ArticleFacets(Set<String> sources, Set<String> topics, Set<String> tags) {
    public static final ArticleFacets NONE = new ArticleFacets(Set.of(), Set.of(), Set.of());

    public ArticleFacets {
        sources = Set.copyOf(sources);
        topics = Set.copyOf(topics);
        tags = Set.copyOf(tags);
    }

    static final class Builder {
        private final Set<String> sources = new TreeSet<>();
        private final Set<String> topics = new TreeSet<>();
        private final Set<String> tags = new TreeSet<>();

        void add(Statement statement) {
            if (statement.sourceName() != null) {
                sources.add(statement.sourceName());
            }
            if (statement.topic() != null) {
                topics.add(statement.topic());
            }
            tags.addAll(statement.tags());
        }

        ArticleFacets build() {
            return new ArticleFacets(sources, topics, tags);
        }
    }
}
