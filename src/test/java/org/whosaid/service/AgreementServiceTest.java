package org.whosaid.service;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.service.agreement.AgreementReport;
import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.service.undo.Edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Settling the disagreements of {@link TwoCoderExports} in a third, lead coder's library. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class AgreementServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services lead;
    AgreementService.Comparison comparison;

    @BeforeEach
    void compare() throws Exception {
        List<Path> exports = TwoCoderExports.write(dir);
        lead = TwoCoderExports.coder(dir.resolve("lead"), "Lead");
        comparison = lead.agreement().compareFiles(exports.stream().map(f -> new AgreementFiles.CoderFile(null, f))
                .toList());
    }

    @AfterEach
    void close() {
        lead.close();
    }

    private AgreementReport.Disagreement disagreement(String start) {
        return comparison.report().disagreements().stream()
                .filter(d -> d.unit().anchor().text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void keepingOneCodersCodingMakesItTheLibrarysCuratedOneAndUndoTakesItBack() {
        var unit = disagreement("Geolocated").unit();
        Statement before = TwoCoderExports.statement(lead, "Geolocated");
        assertThat(lead.agreement().statement(comparison, unit)).map(Statement::id).contains(before.id());
        assertThat(lead.agreement().settledAs(comparison, unit)).isEmpty();

        Edit settle = lead.agreement().settle(comparison, unit, 1);

        Statement after = TwoCoderExports.statement(lead, "Geolocated");
        assertThat(after.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(after.party()).isEqualTo("Other");
        assertThat(after.tags()).contains(AgreementService.CURATED);
        assertThat(after.edited().coder()).isEqualTo("Lead");
        assertThat(lead.agreement().settledAs(comparison, unit)).contains("Ivan");
        assertThat(settle.description()).isEqualTo("settle: keep Ivan\u2019s");

        settle.undo();
        Statement undone = TwoCoderExports.statement(lead, "Geolocated");
        assertThat(undone.kind()).isEqualTo(StatementKind.CLAIM);
        assertThat(undone.party()).isEqualTo("Analysts");
        assertThat(undone.tags()).doesNotContain(AgreementService.CURATED);
        assertThat(lead.agreement().settledAs(comparison, unit)).isEmpty();
    }

    @Test
    void keepingTheCoderWhoHasNoStatementRejectsItAndKeepingTheOtherAddsIt() {
        var rejectedByMaria = disagreement("its troops").unit();
        lead.agreement().settle(comparison, rejectedByMaria, 0);
        Statement troops = TwoCoderExports.statement(lead, "its troops");
        assertThat(troops.active()).isFalse();
        assertThat(lead.agreement().settledAs(comparison, rejectedByMaria)).contains("Maria");

        var addedByIvan = disagreement("Moscow calls").unit();
        assertThat(lead.agreement().statement(comparison, addedByIvan)).isEmpty();
        Edit add = lead.agreement().settle(comparison, addedByIvan, 1);
        Statement added = TwoCoderExports.statement(lead, "Moscow calls");
        assertThat(added.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
        assertThat(added.text()).isEqualTo(TwoCoderExports.ADDED);
        assertThat(added.tags()).containsExactly(AgreementService.CURATED);
        add.undo();
        assertThat(lead.agreement().statement(comparison, addedByIvan)).isEmpty();
    }

    @Test
    void aStanceSettledThenEditedInTheReaderShowsAsEdited() {
        var unit = disagreement("it had not seen").unit();
        lead.agreement().settle(comparison, unit, 0);
        assertThat(TwoCoderExports.statement(lead, "it had not seen").stance()).isEqualTo(Stance.DENIES);
        Statement settled = TwoCoderExports.statement(lead, "it had not seen");
        lead.annotation().editStatement(settled, "assert", e -> e.withStance(Stance.ASSERTS));
        assertThat(lead.agreement().settledAs(comparison, unit)).contains("edited");
    }

    @Test
    void anArticleThisLibraryLacksCannotBeSettled() throws Exception {
        try (Services empty = on.services(dir.resolve("empty"), "e.db")) {
            AgreementService.Comparison elsewhere = empty.agreement().compareFiles(List.of(
                    new AgreementFiles.CoderFile(null, dir.resolve("maria.jsonld")),
                    new AgreementFiles.CoderFile(null, dir.resolve("ivan.jsonld"))));
            var unit = elsewhere.report().disagreements().get(0).unit();
            assertThat(elsewhere.articleId(unit)).isEmpty();
            assertThatThrownBy(() -> empty.agreement().settle(elsewhere, unit, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not in this library");
        }
    }
}
