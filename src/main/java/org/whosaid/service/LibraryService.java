package org.whosaid.service;

import java.util.List;
import java.util.Optional;

import org.whosaid.model.Article;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.ArticleTitle;
import org.whosaid.model.Cancellation;
import org.whosaid.model.LibraryPage;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.Party;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.model.Topic;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.ArticlePages;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.DeletedArticle;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/** Reading the library (articles, their statements, full-text search, the Library's pages and filters, parties, sources, topics); deleting articles. */
public final class LibraryService {
    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final PartyRepository parties;
    private final SourceRepository sources;
    private final TopicRepository topics;
    private final ArticlePages pages;

    public LibraryService(ArticleRepository articles, StatementRepository statements, PartyRepository parties,
                          SourceRepository sources, TopicRepository topics, ArticlePages pages) {
        this.articles = articles;
        this.pages = pages;
        this.statements = statements;
        this.parties = parties;
        this.sources = sources;
        this.topics = topics;
    }

    public List<ArticleSummary> summaries() {
        return articles.summaries();
    }

    /** Every article's id and title, oldest first: the articles a screen offers to choose from. */
    public List<ArticleTitle> titles() {
        return articles.titles();
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

    /**
     * The first {@code limit} rows of the Library for {@code query} and how many rows it has in all, read in SQL
     * (only that page leaves the database); empty when {@code cancel} stopped it, as a superseded keystroke does.
     */
    public Optional<LibraryPage> firstPage(LibraryQuery query, int limit, Cancellation cancel) {
        return pages.first(query, limit, cancel);
    }

    /** Rows {@code offset} to {@code offset + limit} of the Library for {@code query}, in its order. */
    public List<ArticleSummary> page(LibraryQuery query, int offset, int limit) {
        return pages.rows(query, offset, limit);
    }

    /** How many articles the Library shows for {@code query}. */
    public int count(LibraryQuery query) {
        return pages.count(query);
    }

    /** The values a Library filter offers (sources, topics and tags of active statements; outlets; languages). */
    public List<String> choices(LibraryQuery.Choice choice) {
        return pages.choices(choice);
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
