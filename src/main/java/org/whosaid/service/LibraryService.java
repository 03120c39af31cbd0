package org.whosaid.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.model.Article;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Cancellation;
import org.whosaid.model.Party;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.DeletedArticle;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/** Reading the library (articles, their statements, full-text search, facets, parties, sources, topics); deleting articles. */
public final class LibraryService {
    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final PartyRepository parties;
    private final SourceRepository sources;
    private final TopicRepository topics;

    public LibraryService(ArticleRepository articles, StatementRepository statements, PartyRepository parties,
                          SourceRepository sources, TopicRepository topics) {
        this.articles = articles;
        this.statements = statements;
        this.parties = parties;
        this.sources = sources;
        this.topics = topics;
    }

    public List<ArticleSummary> summaries() {
        return articles.summaries();
    }

    public Optional<Article> article(long id) {
        return articles.find(id);
    }

    public List<Statement> statements(long articleId) {
        return statements.ofArticle(articleId);
    }

    public Optional<Statement> statement(long id) {
        return statements.find(id);
    }

    /** Ids of the articles matching a full-text query, best first; all articles for a blank query. */
    public List<Long> search(String query) {
        if (query == null || query.isBlank()) {
            return summaries().stream().map(ArticleSummary::id).toList();
        }
        return articles.search(query);
    }

    /**
     * As {@link #search(String)}, stopped by {@code cancel} even while the query runs; empty when cancelled, so
     * a search superseded by the next keystroke never shows its result.
     */
    public Optional<List<Long>> search(String query, Cancellation cancel) {
        if (query == null || query.isBlank()) {
            return cancel.isCancelled() ? Optional.empty() : Optional.of(search(query));
        }
        return articles.search(query, cancel);
    }

    /** What each article's active statements mention: sources, topics and tags, for the library's filters. */
    public Map<Long, ArticleFacets> facets() {
        Map<Long, ArticleFacets.Builder> builders = new HashMap<>();
        for (StatementRepository.Facet facet : statements.facets()) {
            builders.computeIfAbsent(facet.articleId(), id -> new ArticleFacets.Builder()).add(facet);
        }
        Map<Long, ArticleFacets> facets = new HashMap<>();
        builders.forEach((id, builder) -> facets.put(id, builder.build()));
        return facets;
    }

    /** Deletes an article with its statements; undoing the edit restores all of it with the same ids. */
    public Edit deleteArticle(long id) {
        DeletedArticle deleted = articles.deleteRestorably(id);
        return new SimpleEdit("delete \u201c" + deleted.title() + "\u201d", () -> articles.restore(deleted),
                () -> articles.deleteRestorably(id));
    }

    public int articleCount() {
        return articles.count();
    }

    public List<Party> parties() {
        return parties.all();
    }

    public List<SourceStats> sources() {
        return sources.all();
    }

    public List<Topic> topics() {
        return topics.inUse();
    }
}
