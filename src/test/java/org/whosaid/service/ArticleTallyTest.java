package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.service.undo.Edit;
import org.whosaid.testing.OnBothDatabases;

/**
 * The Library's counts of quotes, claims and unattributed claims per article are kept by the database as statements
 * are stored, edited, rejected, undone and deleted, and sorting by them agrees with counting the statements.
 */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class ArticleTallyTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;
    LibraryService library;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        library = services.library();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Every article's counts as the Library shows them match its active statements, counted one by one. */
    private void countsMatchTheStatements() {
        for (ArticleSummary a : library.page(LibraryQuery.ALL, 0, 1000)) {
            List<Statement> active = library.statements(a.id()).stream().filter(s -> s.status() == Status.ACTIVE).toList();
            assertThat(a.quotes()).as("quotes of %s", a.title()).isEqualTo(count(active, StatementKind.QUOTE));
            assertThat(a.claims()).as("claims of %s", a.title()).isEqualTo(count(active, StatementKind.CLAIM));
            assertThat(a.unattributed()).as("unattributed of %s", a.title())
                    .isEqualTo(count(active, StatementKind.UNATTRIBUTED));
        }
    }

    private static int count(List<Statement> statements, StatementKind kind) {
        return (int) statements.stream().filter(s -> s.kind() == kind).count();
    }

    private Statement firstQuote() {
        return library.summaries().stream().flatMap(a -> library.statements(a.id()).stream())
                .filter(s -> s.kind() == StatementKind.QUOTE && s.status() == Status.ACTIVE).findFirst().orElseThrow();
    }

    @Test
    void storedStatementsAreCounted() {
        assertThat(library.summaries()).isNotEmpty();
        assertThat(library.summaries().stream().mapToInt(ArticleSummary::quotes).sum()).isPositive();
        countsMatchTheStatements();
    }

    @Test
    void aChangedKindARejectionAndTheirUndoAreCounted() {
        Statement quote = firstQuote();
        int before = library.page(LibraryQuery.ALL, 0, 1000).stream().filter(a -> a.id() == quote.articleId())
                .findFirst().orElseThrow().quotes();
        Edit toClaim = services.annotation().editStatement(quote, "kind", e -> e.withKind(StatementKind.CLAIM));
        countsMatchTheStatements();
        Statement claim = library.statement(quote.id()).orElseThrow();
        Edit reject = services.annotation().editStatement(claim, "reject", e -> e.withStatus(Status.REJECTED));
        countsMatchTheStatements();
        reject.undo();
        toClaim.undo();
        countsMatchTheStatements();
        assertThat(library.page(LibraryQuery.ALL, 0, 1000).stream().filter(a -> a.id() == quote.articleId())
                .findFirst().orElseThrow().quotes()).isEqualTo(before);
    }

    @Test
    void aDeletedArticleAndItsUndoAreCounted() {
        long id = firstQuote().articleId();
        Edit delete = library.deleteArticle(id);
        countsMatchTheStatements();
        delete.undo();
        countsMatchTheStatements();
        assertThat(library.page(LibraryQuery.ALL, 0, 1000)).anyMatch(a -> a.id() == id && a.quotes() > 0);
    }

    @Test
    void sortingByACountAgreesWithTheCountsAndBreaksTiesByArticle() {
        for (LibraryQuery.Sort sort : List.of(LibraryQuery.Sort.QUOTES, LibraryQuery.Sort.CLAIMS,
                LibraryQuery.Sort.UNATTRIBUTED)) {
            for (boolean descending : List.of(false, true)) {
                List<ArticleSummary> sorted = library.page(LibraryQuery.ALL.sortedBy(sort, descending), 0, 1000);
                Comparator<ArticleSummary> order = Comparator.<ArticleSummary>comparingInt(a -> switch (sort) {
                    case QUOTES -> a.quotes();
                    case CLAIMS -> a.claims();
                    default -> a.unattributed();
                }).thenComparingLong(ArticleSummary::id);
                assertThat(sorted).as("%s %s", sort, descending ? "descending" : "ascending")
                        .isSortedAccordingTo(descending ? order.reversed() : order)
                        .hasSize(library.articleCount());
            }
        }
    }
}
