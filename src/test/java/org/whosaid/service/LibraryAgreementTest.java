package org.whosaid.service;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.service.agreement.AgreementReport;
import org.whosaid.service.agreement.Field;
import org.whosaid.service.agreement.Unit;
import org.whosaid.service.undo.Edit;
import org.whosaid.store.CodingRepository;
import org.whosaid.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Two coders code article 3 of {@link ToretskLibrary} (S1..S6, see {@link TwoCoderExports}) in one library file, each
 * through their own services and so their own database connection: each keeps their own coding, and the agreement of
 * the library's codings is the one worked out here by hand.
 * <pre>
 *        Maria                       Ivan (after Maria, seeing her coding)
 *   S1   claim  Ukraine   denies     claim  Ukraine   denies
 *   S2   quote  Ukraine   asserts    claim  Ukraine   asserts
 *   S3   quote  Ukraine   denies     quote  Ukraine   denies
 *   S4   claim  Ukraine   denies     claim  Russia    asserts
 *   S5   claim  Analysts  denies     claim  Analysts  questions
 *   S6   (rejects it)                claim  Analysts  asserts
 *   N                                adds it, unattributed
 * </pre>
 */
class LibraryAgreementTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;
    Path file;
    Services maria;
    Services ivan;

    @BeforeEach
    void code() {
        file = ToretskLibrary.create(dir);
        maria = Services.open(file);
        maria.coder().rename("Maria");
        ivan = Services.open(file);
        ivan.coder().rename("Ivan");
        codeAs(maria, "that Toretsk", StatementKind.CLAIM, Stance.DENIES);
        codeAs(maria, "its troops", StatementKind.QUOTE, Stance.ASSERTS);
        codeAs(maria, "The information", StatementKind.QUOTE, Stance.DENIES);
        codeAs(maria, "Russian infantry", StatementKind.CLAIM, Stance.DENIES);
        codeAs(maria, "it had not seen", StatementKind.CLAIM, Stance.DENIES);
        maria.annotation().editStatement(statement(maria, "Geolocated"), "reject", e -> e.withStatus(Status.REJECTED));

        codeAs(ivan, "that Toretsk", StatementKind.CLAIM, Stance.DENIES);
        codeAs(ivan, "its troops", StatementKind.CLAIM, Stance.ASSERTS);
        codeAs(ivan, "The information", StatementKind.QUOTE, Stance.DENIES);
        codeAs(ivan, "Russian infantry", StatementKind.CLAIM, Stance.ASSERTS);
        ivan.annotation().setStatementParty(statement(ivan, "Russian infantry"), "Russia");
        codeAs(ivan, "it had not seen", StatementKind.CLAIM, Stance.QUESTIONS);
        ivan.annotation().editStatement(statement(ivan, "Geolocated"), "keep", e -> e.withStatus(Status.ACTIVE)
                .withKind(StatementKind.CLAIM).withStance(Stance.ASSERTS));
        String text = ivan.library().article(TwoCoderExports.ARTICLE).orElseThrow().text();
        int at = text.indexOf(TwoCoderExports.ADDED);
        ivan.annotation().createStatement(TwoCoderExports.ARTICLE, at, at + TwoCoderExports.ADDED.length(),
                StatementKind.CLAIM, null);
    }

    @AfterEach
    void close() {
        maria.close();
        ivan.close();
    }

    private static void codeAs(Services coder, String start, StatementKind kind, Stance stance) {
        coder.annotation().editStatement(statement(coder, start), "code", e -> e.withKind(kind).withStance(stance));
    }

    private static Statement statement(Services services, String start) {
        return TwoCoderExports.statement(services, start);
    }

    private static AgreementReport.Disagreement disagreement(AgreementReport r, String start) {
        return r.disagreements().stream().filter(d -> d.unit().anchor().text().startsWith(start)).findFirst()
                .orElseThrow();
    }

    @Test
    void eachCoderKeepsTheirOwnCodingWhileTheStatementHoldsTheLatest() {
        Statement s2 = statement(maria, "its troops");
        assertThat(s2.kind()).isEqualTo(StatementKind.CLAIM);
        try (Database database = Database.open(file)) {
            CodingRepository codings = new CodingRepository(database);
            assertThat(codings.coders()).containsExactly("Ivan", "Maria");
            assertThat(codings.find(s2.id(), "Maria").orElseThrow().kind()).isEqualTo("quote");
            assertThat(codings.find(s2.id(), "Ivan").orElseThrow().kind()).isEqualTo("claim");
            // Ivan's party for S4 is his; Maria's stays the source's, as she saw it
            Statement s4 = statement(maria, "Russian infantry");
            assertThat(codings.find(s4.id(), "Ivan").orElseThrow())
                    .isEqualTo(new CodingRepository.Value("claim", s4.sourceName(), "Russia", "asserts", "active"));
            assertThat(codings.find(s4.id(), "Maria").orElseThrow().party()).isEqualTo("Ukraine");
            assertThat(codings.find(statement(maria, "Geolocated").id(), "Maria").orElseThrow().status())
                    .isEqualTo("rejected");
        }
    }

    @Test
    void theLibrarysCodingsGiveTheFiguresWorkedOutByHand() {
        AgreementService.Comparison c = maria.agreement().compareLibrary(List.of("maria", "Ivan"),
                List.of(TwoCoderExports.ARTICLE));
        AgreementReport r = c.report();

        assertThat(c.inLibrary()).isTrue();
        assertThat(r.coders()).containsExactly("Maria", "Ivan");
        // Maria S1..S5 (she rejected S6), Ivan S1..S6 and N; matched S1..S5: F1 = 2 * 5 / (5 + 7) = 10/12
        assertThat(r.statements()).containsExactly(5, 7);
        AgreementReport.Pair p = r.pairs().get(0);
        assertThat(p.matched()).isEqualTo(5);
        assertThat(p.onlySecond()).isEqualTo(2);
        assertThat(p.spanF1()).isCloseTo(10.0 / 12, within(EPS));
        // kind over S1..S5: Maria claim quote quote claim claim, Ivan claim claim quote claim claim
        //   p_o = 4/5; p_e = (3/5)(4/5) + (2/5)(1/5) = 14/25; kappa = (20 - 14) / (25 - 14) = 6/11
        //   alpha: 10 values, claim 7, quote 3; S2 gives 2 unlike coincidences: 1 - 9 * 2 / (100 - 49 - 9) = 4/7
        assertThat(p.kappa().get(Field.KIND)).isCloseTo(6.0 / 11, within(EPS));
        assertThat(r.alpha().get(Field.KIND)).isCloseTo(4.0 / 7, within(EPS));
        // party: Maria Ukraine x4, Analysts; Ivan Ukraine x3, Russia, Analysts
        //   p_o = 4/5; p_e = (4/5)(3/5) + (1/5)(1/5) = 13/25; kappa = (20 - 13) / (25 - 13) = 7/12
        assertThat(p.kappa().get(Field.PARTY)).isCloseTo(7.0 / 12, within(EPS));
        // stance: Maria denies asserts denies denies denies; Ivan denies asserts denies asserts questions
        //   p_o = 3/5; p_e = (4/5)(2/5) + (1/5)(2/5) + 0 = 10/25; kappa = (15 - 10) / (25 - 10) = 1/3
        assertThat(p.kappa().get(Field.STANCE)).isCloseTo(1.0 / 3, within(EPS));
        // S2 kind, S4 party and stance, S5 stance, S6 and N only Ivan's
        assertThat(r.disagreements()).hasSize(5);
        assertThat(disagreement(r, "Russian infantry").fields()).containsExactly(Field.PARTY, Field.STANCE);
        assertThat(disagreement(r, "Geolocated").span()).isTrue();
    }

    @Test
    void theArticleIdsRestrictTheComparison() {
        AgreementService.Comparison other = maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of(1L));
        assertThat(other.report().statements()).containsExactly(0, 0);
        assertThat(maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of()).report().statements())
                .containsExactly(5, 7);
    }

    @Test
    void anUnknownCoderOrArticleIsRefusedNamingIt() {
        assertThatThrownBy(() -> maria.agreement().compareLibrary(List.of("Maria", "Olena"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nobody coded as \u201cOlena\u201d in this library; its coders: Ivan, Maria");
        assertThatThrownBy(() -> maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of(99L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("article #99 is not in this library");
        assertThatThrownBy(() -> maria.agreement().compareLibrary(List.of("Maria"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settlingKeepsACodersCodingAsTheCuratedOneLeavingBothCodingsAndUndoes() {
        AgreementService.Comparison c = maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of());
        Unit s2 = disagreement(c.report(), "its troops").unit();
        assertThat(maria.agreement().settledAs(c, s2)).isEmpty();

        Edit settled = maria.agreement().settle(c, s2, 0);

        Statement now = statement(ivan, "its troops");
        assertThat(now.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(now.tags()).contains(AgreementService.CURATED);
        assertThat(maria.agreement().settledAs(c, s2)).contains("Maria");
        // settling is no one's own coding: the figures stay
        assertThat(maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of()).report().pairs().get(0)
                .kappa().get(Field.KIND)).isCloseTo(6.0 / 11, within(EPS));

        settled.undo();
        Statement back = statement(ivan, "its troops");
        assertThat(back.kind()).isEqualTo(StatementKind.CLAIM);
        assertThat(back.tags()).doesNotContain(AgreementService.CURATED);
        assertThat(maria.agreement().settledAs(c, s2)).isEmpty();
    }

    @Test
    void keepingTheCoderWithoutAStatementRejectsItAndAddedOnesCountAsTheirs() {
        AgreementService.Comparison c = maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of());
        AgreementReport.Disagreement added = disagreement(c.report(), TwoCoderExports.ADDED);
        assertThat(added.span()).isTrue();

        maria.agreement().settle(c, added.unit(), 0);

        Statement n = maria.library().statements(TwoCoderExports.ARTICLE).stream()
                .filter(s -> s.text().equals(TwoCoderExports.ADDED)).findFirst().orElseThrow();
        assertThat(n.status()).isEqualTo(Status.REJECTED);
        assertThat(maria.agreement().settledAs(c, added.unit())).contains("Maria");
    }

    @Test
    void undoingAnEditPutsTheCodersOwnCodingBack() {
        Statement s1 = statement(maria, "that Toretsk");
        Edit edit = maria.annotation().editStatement(s1, "quote", e -> e.withKind(StatementKind.QUOTE));
        try (Database database = Database.open(file)) {
            CodingRepository codings = new CodingRepository(database);
            assertThat(codings.find(s1.id(), "Maria").orElseThrow().kind()).isEqualTo("quote");
            edit.undo();
            assertThat(codings.find(s1.id(), "Maria").orElseThrow().kind()).isEqualTo("claim");
            edit.redo();
            assertThat(codings.find(s1.id(), "Maria").orElseThrow().kind()).isEqualTo("quote");
            // a coder who had no coding of a statement has none again once their only edit is undone
            Statement s3 = statement(maria, "The information");
            try (Services olena = Services.open(file)) {
                olena.coder().rename("Olena");
                Edit first = olena.annotation().editStatement(s3, "note", e -> e.withNote("checked"));
                assertThat(codings.find(s3.id(), "Olena")).isPresent();
                first.undo();
                assertThat(codings.find(s3.id(), "Olena")).isEmpty();
            }
        }
    }

    @Test
    void settlingAsEditedCuratesTheStatementAsTheLeadLeftItInTheReader() {
        AgreementService.Comparison c = maria.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of());
        Unit s5 = disagreement(c.report(), "it had not seen").unit();
        try (Services lead = Services.open(file)) {
            lead.coder().rename("Lead");
            // neither coder's stance: the lead edits it in the Reader, then settles it as it stands
            lead.annotation().editStatement(statement(lead, "it had not seen"), "assert",
                    e -> e.withStance(Stance.ASSERTS));
            Edit settled = lead.agreement().settleAsItStands(c, s5);

            Statement now = statement(lead, "it had not seen");
            assertThat(now.stance()).isEqualTo(Stance.ASSERTS);
            assertThat(now.tags()).contains(AgreementService.CURATED);
            assertThat(lead.agreement().settledAs(c, s5)).contains("edited");
            settled.undo();
            assertThat(statement(lead, "it had not seen").tags()).doesNotContain(AgreementService.CURATED);
            assertThat(lead.agreement().settledAs(c, s5)).isEmpty();
        }
    }

    @Test
    void reanalysisKeepsEveryCodersCodings() {
        maria.analysis().reanalyse(List.of(TwoCoderExports.ARTICLE), Progress.NONE);

        AgreementReport r = ivan.agreement().compareLibrary(List.of("Maria", "Ivan"), List.of()).report();
        assertThat(r.statements()).containsExactly(5, 7);
        assertThat(r.pairs().get(0).kappa().get(Field.STANCE)).isCloseTo(1.0 / 3, within(EPS));
    }
}
