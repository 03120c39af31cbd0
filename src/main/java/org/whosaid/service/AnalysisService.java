package org.whosaid.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.whosaid.model.Analysis;
import org.whosaid.model.Article;
import org.whosaid.model.Origin;
import org.whosaid.model.Statement;
import org.whosaid.model.Status;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.StatementRepository;

/**
 * Runs the attribution engine again over stored articles, so lexicon and engine improvements reach an existing
 * library. Only the parser's own active statements are replaced; every statement the user corrected, rejected,
 * tagged or added stays as it is, and sources keep their parties.
 */
public final class AnalysisService {
    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final BiFunction<String, String, Analysis> analyzer;

    AnalysisService(ArticleRepository articles, StatementRepository statements,
                    BiFunction<String, String, Analysis> analyzer) {
        this.articles = articles;
        this.statements = statements;
        this.analyzer = analyzer;
    }

    /**
     * Re-analyses the articles named, or every article when the list is empty. Each article is one transaction, so
     * a cancel (checked between articles) leaves each one either as it was or fully re-analysed.
     */
    public ReanalyseReport reanalyse(List<Long> articleIds, Progress progress) {
        List<Long> ids = articleIds.isEmpty() ? articles.ids() : List.copyOf(articleIds);
        List<Long> notFound = new ArrayList<>();
        int done = 0;
        int before = 0;
        int after = 0;
        int kept = 0;
        boolean cancelled = false;
        for (int i = 0; i < ids.size(); i++) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            long id = ids.get(i);
            Article article = articles.find(id).orElse(null);
            if (article == null) {
                notFound.add(id);
                continue;
            }
            progress.update(i, ids.size(), article.title());
            List<Statement> old = statements.ofArticle(id);
            before += old.size();
            kept += (int) old.stream().filter(AnalysisService::isTheUsers).count();
            articles.reanalyse(id, AnalysisBounds.analyse(analyzer, article.text(), article.dateline()).analysis());
            after += statements.ofArticle(id).size();
            done++;
        }
        progress.update(ids.size(), ids.size(), cancelled ? "cancelled" : "done");
        return new ReanalyseReport(done, before, after, kept, notFound, cancelled);
    }

    /** What re-analysis never replaces: a statement the user made, changed or rejected. */
    private static boolean isTheUsers(Statement s) {
        return s.origin() != Origin.PARSER || s.status() != Status.ACTIVE;
    }
}
