package org.whosaid.model;

/**
 * One statement as the Compare, Sources and Audit screens show it: who said what, how, where and when.
 * {@code source}, {@code sourceKind} and {@code party} are null for an unattributed statement.
 */
public record Account(long statementId, long articleId, StatementKind kind, String source, SourceKind sourceKind,
                      String party, Stance stance, String text, String topic, String articleTitle, String outlet,
                      String published) {

    public static Account of(Statement statement, Article article) {
        return of(statement, new ArticleHeader(statement.articleId(), article.title(), article.outlet(),
                article.published()));
    }

    public static Account of(Statement statement, ArticleHeader article) {
        return new Account(statement.id(), statement.articleId(), statement.kind(), statement.sourceName(),
                statement.sourceKind(), statement.party(), statement.stance(), statement.text(), statement.topic(),
                article.title(), article.outlet(), article.published());
    }

    public boolean quote() {
        return kind == StatementKind.QUOTE;
    }
}
