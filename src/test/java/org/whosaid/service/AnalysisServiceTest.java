package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Re-analysis brings engine improvements to a library and keeps every correction of its user. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class AnalysisServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void reanalysisKeepsEveryCorrectionRejectionPartyTopicAndTag() {
        try (Services services = on.services(dir, "lib.db")) {
            long id = services.imports().importSample().articleId();
            List<Statement> parsed = services.library().statements(id);
            assertThat(parsed).hasSizeGreaterThan(5);
            Statement tagged = parsed.get(0);
            Statement rejected = parsed.get(1);
            Statement reassigned = parsed.get(2);
            Statement untouched = parsed.get(3);
            AnnotationService annotation = services.annotation();
            annotation.editStatement(tagged, "tag", e -> e.withTags(List.of("check")).withNote("call the ministry")
                    .withTopic("my-topic").withStance(Stance.DENIES));
            annotation.editStatement(rejected, "reject", e -> e.withStatus(Status.REJECTED));
            annotation.setSource(reassigned, "Village Council", SourceKind.ORGANISATION, "Other", null);
            long sourceWithParty = parsed.stream().filter(s -> s.sourceId() != null && s.id() != reassigned.id())
                    .findFirst().orElseThrow().sourceId();
            services.sources().setParty(services.sources().list().stream().map(SourceStats::source)
                    .filter(src -> src.id() == sourceWithParty).findFirst().orElseThrow(), "Other");
            long created = annotation.createStatement(id, 0, 10, StatementKind.CLAIM, "Editor").statementId();
            List<Statement> before = services.library().statements(id);

            List<String> messages = new ArrayList<>();
            ReanalyseReport report = services.analysis().reanalyse(List.of(), progress(messages));

            assertThat(report.articles()).isEqualTo(1);
            assertThat(report.cancelled()).isFalse();
            assertThat(report.statementsBefore()).isEqualTo(before.size());
            assertThat(report.correctionsKept()).isEqualTo(4); // tagged, rejected, reassigned, created
            List<Statement> after = services.library().statements(id);
            assertThat(report.statementsAfter()).isEqualTo(after.size());
            assertThat(after).filteredOn(s -> s.id() == tagged.id()).singleElement().satisfies(s -> {
                assertThat(s.tags()).containsExactly("check");
                assertThat(s.note()).isEqualTo("call the ministry");
                assertThat(s.topic()).isEqualTo("my-topic");
                assertThat(s.stance()).isEqualTo(Stance.DENIES);
            });
            assertThat(after).filteredOn(s -> s.id() == rejected.id()).singleElement()
                    .satisfies(s -> assertThat(s.status()).isEqualTo(Status.REJECTED));
            assertThat(after).filteredOn(s -> s.id() == reassigned.id()).singleElement()
                    .satisfies(s -> assertThat(s.sourceName()).isEqualTo("Village Council"));
            assertThat(after).extracting(Statement::id).contains(created);
            assertThat(after).filteredOn(s -> s.sourceId() != null && s.sourceId() == sourceWithParty)
                    .isNotEmpty().allSatisfy(s -> assertThat(s.party()).isEqualTo("Other"));
            // the parser's own statements are replaced, the same text finding the same ones again
            assertThat(after).extracting(s -> s.content().text()).contains(untouched.content().text());
            assertThat(messages).last().isEqualTo("done");
        }
    }

    @Test
    void namedArticlesOnlyAndCancelStopsBetweenArticles() {
        try (Services services = on.services(dir, "two.db")) {
            long first = services.imports().importSample().articleId();
            ReanalyseReport one = services.analysis().reanalyse(List.of(first, 999L), Progress.NONE);
            assertThat(one.articles()).isEqualTo(1);
            assertThat(one.notFound()).containsExactly(999L);
            ReanalyseReport cancelled = services.analysis().reanalyse(List.of(), new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            });
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.articles()).isZero();
        }
    }

    private static Progress progress(List<String> messages) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                messages.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
