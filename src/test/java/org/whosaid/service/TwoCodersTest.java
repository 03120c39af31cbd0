package org.whosaid.service;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Origin;
import org.whosaid.model.Source;
import org.whosaid.model.SourceStats;
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

/**
 * Two coders on one library file, each with their own services and so their own database connection (as two
 * processes would have): every edit records who made it, and an edit from a stale view never overwrites the other's.
 */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class TwoCodersTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services maria;
    Services ivan;

    @BeforeEach
    void open() {
        var file = ToretskLibrary.create(on.location(dir, "library.db"));
        maria = Services.open(file);
        maria.coder().rename("Maria");
        ivan = Services.open(file);
        ivan.coder().rename("Ivan");
    }

    @AfterEach
    void close() {
        maria.close();
        ivan.close();
    }

    private Statement first(Services services) {
        return services.library().statements(1).get(0);
    }

    @Test
    void eachEditRecordsItsCoderAndTimeAndMovesTheVersionOn() {
        Statement parsed = first(maria);
        assertThat(parsed.edited()).isNull();
        assertThat(parsed.version()).isZero();

        maria.annotation().editStatement(parsed, "note", e -> e.withNote("checked"));

        Statement seenByIvan = first(ivan);
        assertThat(seenByIvan.note()).isEqualTo("checked");
        assertThat(seenByIvan.edited().coder()).isEqualTo("Maria");
        assertThat(seenByIvan.edited().at()).isNotNull();
        assertThat(seenByIvan.version()).isEqualTo(1);
        assertThat(seenByIvan.origin()).isEqualTo(Origin.USER);
    }

    @Test
    void theSecondEditFromAStaleViewIsRefusedNamingWhoChangedItAndTheirVersionStays() {
        Statement seenByMaria = first(maria);
        Statement seenByIvan = first(ivan);

        maria.annotation().editStatement(seenByMaria, "mark as denies", e -> e.withStance(Stance.DENIES));
        Statement marias = first(maria);
        String at = DateTimeFormatter.ofPattern("HH:mm").format(marias.edited().at().atZone(ZoneId.systemDefault()));

        assertThatThrownBy(() -> ivan.annotation().editStatement(seenByIvan, "note", e -> e.withNote("Ivan's note")))
                .isInstanceOf(EditConflict.class)
                .hasMessageContaining("Statement #" + seenByIvan.id())
                .hasMessageContaining("was changed by Maria at " + at)
                .hasMessageContaining("your change was not saved")
                .hasMessageContaining("now shows Maria\u2019s version");

        Statement stored = first(ivan);
        assertThat(stored.stance()).isEqualTo(Stance.DENIES);
        assertThat(stored.note()).isNull();
        assertThat(stored.edited().coder()).isEqualTo("Maria");
        assertThat(stored.version()).isEqualTo(1);

        // reading it again (what the Reader does after the refusal) shows Maria's change, and Ivan's edit goes in
        ivan.annotation().editStatement(stored, "note", e -> e.withNote("Ivan's note"));
        Statement both = first(maria);
        assertThat(both.stance()).isEqualTo(Stance.DENIES);
        assertThat(both.note()).isEqualTo("Ivan's note");
        assertThat(both.edited().coder()).isEqualTo("Ivan");
        assertThat(both.version()).isEqualTo(2);
    }

    @Test
    void anUndoNeverTakesBackAColleaguesLaterChange() {
        Edit marias = maria.annotation().editStatement(first(maria), "mark as denies", e -> e.withStance(Stance.DENIES));
        ivan.annotation().editStatement(first(ivan), "note", e -> e.withNote("Ivan's note"));

        assertThatThrownBy(marias::undo).isInstanceOf(EditConflict.class).hasMessageContaining("was changed by Ivan");
        assertThat(first(ivan).stance()).isEqualTo(Stance.DENIES);
        assertThat(first(ivan).note()).isEqualTo("Ivan's note");

        // once the colleague's change is gone again, the undo goes through
        ivan.annotation().editStatement(first(ivan), "clear note", e -> e.withNote(null));
        marias.undo();
        assertThat(first(ivan).stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aStatementsOwnPartyAndARemovedStatementAreGuardedToo() {
        Statement seenByIvan = first(ivan);
        maria.annotation().setStatementParty(first(maria), "Analysts");
        assertThatThrownBy(() -> ivan.annotation().setStatementParty(seenByIvan, "Other"))
                .isInstanceOf(EditConflict.class).hasMessageContaining("by Maria");
        assertThat(first(ivan).party()).isEqualTo("Analysts");

        AnnotationService.Created made = ivan.annotation().createStatement(1, 0, 6, StatementKind.CLAIM, "Reporter");
        Statement mine = ivan.library().statement(made.statementId()).orElseThrow();
        assertThat(mine.edited().coder()).isEqualTo("Ivan");
        Statement seenByMaria = maria.library().statement(made.statementId()).orElseThrow();
        made.edit().undo();
        assertThatThrownBy(() -> maria.annotation().editStatement(seenByMaria, "note", e -> e.withNote("late")))
                .isInstanceOf(EditConflict.class).hasMessageContaining("is no longer in the library");
    }

    @Test
    void reanalysisKeepsEveryCodersCorrections() {
        List<Statement> parsed = maria.library().statements(1);
        maria.annotation().editStatement(parsed.get(0), "mark as questions", e -> e.withStance(Stance.QUESTIONS));
        ivan.annotation().editStatement(parsed.get(1), "tag", e -> e.withTags(List.of("check")));
        ivan.annotation().setStatementParty(ivan.library().statements(1).get(2), "Other");

        maria.analysis().reanalyse(List.of(1L), Progress.NONE);

        List<Statement> after = ivan.library().statements(1);
        assertThat(after).anySatisfy(s -> {
            assertThat(s.start()).isEqualTo(parsed.get(0).start());
            assertThat(s.stance()).isEqualTo(Stance.QUESTIONS);
            assertThat(s.edited().coder()).isEqualTo("Maria");
        });
        assertThat(after).anySatisfy(s -> {
            assertThat(s.start()).isEqualTo(parsed.get(1).start());
            assertThat(s.tags()).containsExactly("check");
            assertThat(s.edited().coder()).isEqualTo("Ivan");
        });
        assertThat(after).anySatisfy(s -> {
            assertThat(s.start()).isEqualTo(parsed.get(2).start());
            assertThat(s.party()).isEqualTo("Other");
        });
    }

    private static Source source(Services services, String name) {
        return services.sources().list().stream().map(SourceStats::source).filter(s -> s.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aSourceRenameOrPartyChangeFromAStaleViewIsRefusedNamingWhoChangedIt() {
        Source seenByMaria = source(maria, "Kyiv");
        ivan.sources().rename(source(ivan, "Kyiv"), "Kyiv government");

        assertThatThrownBy(() -> maria.sources().rename(seenByMaria, "Ukrainian government"))
                .isInstanceOf(EditConflict.class)
                .hasMessageContaining("Source \u201cKyiv\u201d was changed by Ivan at")
                .hasMessageContaining("your change was not saved");
        assertThatThrownBy(() -> maria.sources().setParty(seenByMaria, "Other"))
                .isInstanceOf(EditConflict.class).hasMessageContaining("changed by Ivan");

        Source now = source(maria, "Kyiv government");
        assertThat(now.party()).isEqualTo(seenByMaria.party());
        assertThat(now.edited().coder()).isEqualTo("Ivan");
        assertThat(now.version()).isEqualTo(seenByMaria.version() + 1);
        // read again, Maria's change goes in
        maria.sources().setParty(now, "Other");
        assertThat(source(ivan, "Kyiv government").party()).isEqualTo("Other");
    }

    @Test
    void aMergeFromAStaleViewIsRefusedAndMovesNothing() {
        Source from = source(maria, "Russian Ministry of Defence");
        Source into = source(maria, "Russian Defence Ministry");
        ivan.sources().setParty(source(ivan, "Russian Ministry of Defence"), "Other");

        assertThatThrownBy(() -> maria.sources().merge(from, into))
                .isInstanceOf(EditConflict.class)
                .hasMessageContaining("Source \u201cRussian Ministry of Defence\u201d was changed by Ivan");
        assertThat(ivan.sources().list()).extracting(s -> s.source().name()).contains("Russian Ministry of Defence");
        // a merge into a source someone changed since is refused too
        Source target = source(maria, "Russian Defence Ministry");
        Source fresh = source(maria, "Russian Ministry of Defence");
        ivan.sources().rename(source(ivan, "Russian Defence Ministry"), "Russian MoD");
        assertThatThrownBy(() -> maria.sources().merge(fresh, target)).isInstanceOf(EditConflict.class)
                .hasMessageContaining("changed by Ivan");
        assertThat(source(ivan, "Russian Ministry of Defence").party()).isEqualTo("Other");
    }

    @Test
    void undoingASourceEditNeverTakesBackAColleaguesLaterOne() {
        Edit marias = maria.sources().rename(source(maria, "Kyiv"), "Kyiv government");
        ivan.sources().rename(source(ivan, "Kyiv government"), "Ukrainian government");

        assertThatThrownBy(marias::undo).isInstanceOf(EditConflict.class).hasMessageContaining("changed by Ivan");
        assertThat(source(maria, "Ukrainian government").edited().coder()).isEqualTo("Ivan");
    }
}
