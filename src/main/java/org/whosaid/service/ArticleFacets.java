package org.whosaid.service;

import java.util.Set;
import java.util.TreeSet;

import org.whosaid.store.StatementRepository;

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

        void add(StatementRepository.Facet facet) {
            if (facet.source() != null) {
                sources.add(facet.source());
            }
            if (facet.topic() != null) {
                topics.add(facet.topic());
            }
            if (facet.tag() != null) {
                tags.add(facet.tag());
            }
        }

        ArticleFacets build() {
            return new ArticleFacets(sources, topics, tags);
        }
    }
}
