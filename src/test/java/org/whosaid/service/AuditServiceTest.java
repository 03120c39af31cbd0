package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.analysis.AttributionEngine;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.AuditItem;
import org.whosaid.model.AuditReport;
import org.whosaid.model.PartyPalette;
import org.whosaid.model.PartyVoices;
import org.whosaid.model.Statement;
import org.whosaid.model.Status;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.service.undo.Edit;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class AuditServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;
    AuditService audit;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        audit = services.audit();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theWholeLibraryCountedInSqlAgreesWithAuditingEveryArticleTogether() {
        java.util.List<Long> every = services.library().titles().stream().map(t -> t.id()).toList();
        AuditReport counted = audit.library();
        AuditReport statementByStatement = audit.articles(every);
        assertThat(counted.attributed()).isEqualTo(statementByStatement.attributed());
        assertThat(counted.unattributed()).isEqualTo(statementByStatement.unattributed());
        assertThat(counted.voices()).isEqualTo(statementByStatement.voices());
        assertThat(counted.unattributedClaims()).isEqualTo(statementByStatement.unattributedClaims());
        assertThat(counted.weakSources()).isNotEmpty().isEqualTo(statementByStatement.weakSources());
        assertThat(counted.weakSourceCount()).isEqualTo(statementByStatement.weakSources().size());

        AuditReport listingOne = audit.library(1);
        assertThat(listingOne.unattributedClaims()).containsExactly(counted.unattributedClaims().get(0));
        assertThat(listingOne.weakSources()).containsExactly(counted.weakSources().get(0));
        assertThat(listingOne.unattributed()).isEqualTo(counted.unattributed());
        assertThat(listingOne.weakSourceCount()).isEqualTo(counted.weakSourceCount());
    }

    @Test
    void measuresTheWholeLibrary() {
        AuditReport report = audit.library();

        assertThat(report.articleId()).isNull();
        assertThat(report.articles()).isEqualTo(4);
        assertThat(report.statements()).isEqualTo(28);
        assertThat(report.attributed()).isEqualTo(25);
        assertThat(report.unattributed()).isEqualTo(3);
        assertThat(report.attributedShare()).isEqualTo(25.0 / 28);
    }

    @Test
    void listsTheUnattributedClaimsAnEditorShouldCheck() {
        AuditReport report = audit.article(1);

        assertThat(report.unattributed()).isEqualTo(2);
        assertThat(report.unattributedClaims()).extracting(i -> i.account().text())
                .anyMatch(t -> t.startsWith("A drone strike on the city of Sumy"));
        assertThat(report.unattributedClaims()).allMatch(i -> i.reason().equals(AuditItem.UNATTRIBUTED));
        assertThat(report.unattributedClaims().get(0).account().articleTitle()).startsWith("Russia takes control");
    }

    @Test
    void flagsVagueAndAnonymousSources() {
        AuditReport report = audit.library();

        assertThat(report.weakSources()).filteredOn(i -> i.reason().equals(AuditItem.VAGUE_SOURCE))
                .extracting(i -> i.account().source())
                .containsExactlyInAnyOrder("Military analysts", "Russian military correspondents", "Analysts");
        assertThat(report.weakSources()).filteredOn(i -> i.reason().equals(AuditItem.ANONYMOUS_SOURCE))
                .extracting(i -> i.account().source())
                .containsExactlyInAnyOrder("Ukrainian officer in the 28th Brigade",
                        "Ukrainian officer in the 28th Brigade", "Soldier of the 28th Mechanized Brigade",
                        "Spokesman for the 28th Brigade");
    }

    @Test
    void countsVoicesAndDirectQuotesPerParty() {
        AuditReport report = audit.library();

        assertThat(report.voices()).extracting(PartyVoices::party)
                .containsExactly("Russia", "Ukraine", "United States", "Analysts");
        assertThat(report.voices()).extracting(PartyVoices::statements, PartyVoices::quotes)
                .containsExactly(tuple(9, 3), tuple(10, 3), tuple(1, 0), tuple(5, 0));
        assertThat(report.voices()).extracting(PartyVoices::colour).as("each party its own palette colour")
                .doesNotHaveDuplicates().allMatch(PartyPalette.COLOURS::contains);
    }

    @Test
    void followsAReadersRejection() {
        Statement sumy = services.library().statements(1).stream()
                .filter(s -> s.text().startsWith("A drone strike")).findFirst().orElseThrow();

        Edit reject = services.annotation().editStatement(sumy, "reject", e -> e.withStatus(Status.REJECTED));

        assertThat(audit.article(1).unattributed()).isEqualTo(1);
        reject.undo();
        assertThat(audit.article(1).unattributed()).isEqualTo(2);
    }

    @Test
    void auditsSeveralChosenArticlesTogether() {
        AuditReport report = audit.articles(java.util.List.of(2L, 3L));

        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.statements()).isEqualTo(11);
        assertThat(report.unattributed()).isZero();
    }

    @Test
    void aRejectedUnattributedClaimStaysRejectedAcrossReanalysisAndTheRestIsRankedMostCheckWorthyFirst() {
        Statement sumy = services.library().statements(1).stream()
                .filter(s -> s.text().startsWith("A drone strike")).findFirst().orElseThrow();
        services.annotation().editStatement(sumy, "reject", e -> e.withStatus(Status.REJECTED));
        services.close();
        try (Database database = on.open(dir, "library.db")) {
            ArticleRepository articles = new ArticleRepository(database);
            String text = articles.find(1).orElseThrow().text();
            articles.reanalyse(1, AttributionEngine.withLexicons(null).analyze(text));
        }
        services = on.services(dir, "library.db");
        audit = services.audit();

        java.util.List<Statement> all = services.library().statements(1);
        assertThat(all).filteredOn(s -> s.text().startsWith("A drone strike")).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(Status.REJECTED));
        AuditReport report = audit.article(1);
        assertThat(report.unattributedClaims()).extracting(i -> i.account().text())
                .noneMatch(t -> t.startsWith("A drone strike")).hasSizeGreaterThan(2);
        java.util.Map<Long, Double> confidence = new java.util.HashMap<>();
        all.forEach(s -> confidence.put(s.id(), s.confidence()));
        assertThat(report.unattributedClaims()).extracting(i -> confidence.get(i.account().statementId()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
