package org.whosaid.service;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.whosaid.export.ExportInput;
import org.whosaid.export.JsonExporter;
import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/** Exports chosen articles (or the whole library) with their active statements. */
public final class ExportService {
    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final TopicRepository topics;

    public ExportService(ArticleRepository articles, StatementRepository statements, SourceRepository sources,
                         TopicRepository topics) {
        this.articles = articles;
        this.statements = statements;
        this.sources = sources;
        this.topics = topics;
    }

    /** Gathers what an export writes; an empty id list means every article. Unknown ids are an error. */
    public ExportInput gather(List<Long> articleIds) {
        List<Long> ids = articleIds.isEmpty()
                ? articles.summaries().stream().map(s -> s.id()).toList() : articleIds;
        List<ExportInput.Entry> entries = new ArrayList<>();
        for (long id : ids) {
            Article article = articles.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
            List<Statement> active = statements.ofArticle(id).stream().filter(Statement::active).toList();
            entries.add(new ExportInput.Entry(article, active));
        }
        Map<Long, Source> sourceMap = sources.all().stream().map(SourceStats::source)
                .collect(Collectors.toMap(Source::id, Function.identity()));
        return new ExportInput(entries, sourceMap, topics.inUse());
    }

    public void writeJson(List<Long> articleIds, Writer out) throws IOException {
        new JsonExporter().write(gather(articleIds), out);
    }
}
