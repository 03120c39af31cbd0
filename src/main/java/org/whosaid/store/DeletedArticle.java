package org.whosaid.store;

import java.util.List;
import java.util.Map;

/**
 * The rows of an article removed by {@link ArticleRepository#deleteRestorably}: the article, its statements, their
 * tags and notes, exactly as stored, so that {@link ArticleRepository#restore} can put them back with the same ids.
 */
public record DeletedArticle(long id, String title, Map<String, List<Map<String, Object>>> rowsByTable) {
    public DeletedArticle {
        rowsByTable = Map.copyOf(rowsByTable);
    }
}
