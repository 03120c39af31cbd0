package org.whosaid.service;

import org.whosaid.service.undo.Edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Sources left without statements go with their article; a source can be deleted; both are undoable. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class SourceDeletionTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    private static List<String> names(Services services) {
        return services.sources().list().stream().map(s -> s.source().name()).toList();
    }

    @Test
    void deletingAnArticleRemovesTheSourcesOnlyItHadAndUndoBringsThemBack() {
        try (Services services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")))) {
            List<SourceStats> before = services.sources().list();
            long article = services.library().summaries().get(0).id();
            List<Long> own = services.library().statements(article).stream().map(Statement::sourceId)
                    .filter(id -> id != null).distinct().toList();
            List<String> onlyHere = before.stream().filter(s -> own.contains(s.source().id()))
                    .filter(s -> s.articles() == 1).map(s -> s.source().name()).toList();
            List<String> elsewhereToo = before.stream().filter(s -> own.contains(s.source().id()))
                    .filter(s -> s.articles() > 1).map(s -> s.source().name()).toList();
            assertThat(onlyHere).isNotEmpty();
            assertThat(elsewhereToo).isNotEmpty();

            Edit delete = services.library().deleteArticle(article);
            assertThat(names(services)).doesNotContainAnyElementsOf(onlyHere).containsAll(elsewhereToo);
            assertThat(services.sources().list()).noneMatch(s -> s.statements() == 0 && onlyHere.contains(s.source().name()));

            delete.undo();
            assertThat(services.sources().list()).isEqualTo(before);
            delete.redo();
            assertThat(names(services)).doesNotContainAnyElementsOf(onlyHere);
        }
    }

    @Test
    void deletingASourceLeavesItsStatementsUnattributedAndUndoRestoresIt() {
        try (Services services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")))) {
            SourceStats chosen = services.sources().list().stream().filter(s -> s.articles() > 1).findFirst()
                    .orElseThrow();
            long id = chosen.source().id();
            services.sources().addAlias(id, "the usual suspects");
            List<SourceStats> before = services.sources().list();
            List<Long> articles = services.library().summaries().stream().map(a -> a.id()).toList();
            List<Statement> statementsBefore = articles.stream().flatMap(a -> services.library().statements(a).stream())
                    .toList();
            List<Long> credited = statementsBefore.stream().filter(s -> s.sourceId() != null && s.sourceId() == id)
                    .map(Statement::id).toList();
            assertThat(credited).hasSize(chosen.statements());

            Edit delete = services.sources().delete(id);
            assertThat(delete.description()).isEqualTo("delete source \u201c" + chosen.source().name() + "\u201d");
            assertThat(names(services)).doesNotContain(chosen.source().name());
            for (long statement : credited) {
                Statement s = services.library().statement(statement).orElseThrow();
                assertThat(s.sourceId()).isNull();
                assertThat(s.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
            }

            delete.undo();
            assertThat(services.sources().list()).isEqualTo(before);
            // as they were, except that each changed row counts its two changes (deleted, restored)
            assertThat(articles.stream().flatMap(a -> services.library().statements(a).stream()).toList())
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").isEqualTo(statementsBefore);
            delete.redo();
            assertThat(names(services)).doesNotContain(chosen.source().name());
        }
    }
}
