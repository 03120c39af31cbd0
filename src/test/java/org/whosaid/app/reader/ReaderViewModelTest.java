package org.whosaid.app.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Collection;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.app.common.Highlighting;
import org.whosaid.app.common.HighlightingTest;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.fixture.GoldLibrary;
import org.whosaid.model.Stance;
import org.whosaid.model.Party;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.service.Services;

class ReaderViewModelTest {
    @TempDir
    Path folder;
    Services services;
    UndoRedo undoRedo;
    ReaderViewModel reader;
    InspectorViewModel inspector;
    long articleId;

    @BeforeEach
    void open() {
        Path db = folder.resolve("w.db");
        articleId = GoldLibrary.storeToretsk(db);
        services = Services.open(db);
        undoRedo = new UndoRedo();
        reader = new ReaderViewModel(services.library(), services.annotation(), undoRedo,
                new org.whosaid.app.task.CurrentThreadTaskExecutor());
        inspector = new InspectorViewModel(reader, services.library(), services.annotation(),
                SourceNames.of(services.library()));
        reader.open(articleId);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Issue 10: the statement list jumped to the top after each edit, because every item was replaced. */
    @Test
    void anEditReplacesOnlyTheEditedStatementSoTheListKeepsItsPlace() {
        Statement third = reader.statements().get(2);
        reader.select(third);
        List<String> changes = new java.util.ArrayList<>();
        reader.statements().addListener((javafx.collections.ListChangeListener<Statement>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom() + "-" + change.getTo()
                        : "other " + change.getFrom() + "-" + change.getTo());
            }
        });
        inspector.setNote("checked against the ministry's site");
        reader.reload();
        assertThat(changes).containsExactly("replaced 2-3");
        assertThat(reader.selectedProperty().get().note()).isEqualTo("checked against the ministry's site");
    }

    @Test
    void anEditOfAStatementAnotherCoderChangedIsRefusedAndTheReaderShowsTheirVersion() {
        Statement shown = reader.statements().get(0);
        reader.select(shown);
        try (Services colleague = Services.open(services.databaseFile())) {
            colleague.coder().rename("Maria");
            colleague.annotation().editStatement(colleague.library().statement(shown.id()).orElseThrow(), "note",
                    e -> e.withNote("Maria's note"));
        }

        inspector.setStance(Stance.QUESTIONS);

        assertThat(reader.conflictProperty().get()).contains("was changed by Maria").contains("not saved");
        assertThat(reader.messageProperty().get()).isEqualTo(reader.conflictProperty().get());
        assertThat(undoRedo.canUndoProperty().get()).isFalse();
        Statement now = reader.selectedProperty().get();
        assertThat(now.note()).isEqualTo("Maria's note");
        assertThat(now.stance()).isEqualTo(shown.stance());

        inspector.setStance(Stance.QUESTIONS);
        assertThat(services.library().statement(shown.id()).orElseThrow().stance()).isEqualTo(Stance.QUESTIONS);
    }

    @Test
    void opensTheArticleWithItsStatementsAndSelectsTheFirst() {
        assertThat(reader.articleProperty().get().title()).startsWith("Russia takes control");
        assertThat(reader.statements()).hasSizeGreaterThan(15);
        assertThat(reader.selectedProperty().get()).isEqualTo(reader.statements().get(0));
    }

    @Test
    void nextAndPreviousWalkThroughTheStatements() {
        reader.next();
        assertThat(reader.selectedProperty().get()).isEqualTo(reader.statements().get(1));
        reader.previous();
        reader.previous();
        assertThat(reader.selectedProperty().get()).isEqualTo(reader.statements().get(reader.statements().size() - 1));
    }

    @Test
    void numberKeyNamesThePartyButChangesNothingUntilAsked() {
        Statement first = reader.selectedProperty().get();
        assertThat(first.party()).isEqualTo("Russia");
        List<String> legend = reader.parties().stream().map(Party::name).toList(); // in the order they were created
        assertThat(reader.partyByNumber(legend.indexOf("Ukraine") + 1)).contains("Ukraine");
        assertThat(reader.partyByNumber(legend.indexOf("Russia") + 1)).as("already its party").isEmpty();
        assertThat(reader.partyByNumber(99)).isEmpty();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Russia");
    }

    @Test
    void stanceTogglesBetweenAssertsAndDenies() {
        reader.toggleStance();
        Statement now = reader.selectedProperty().get();
        assertThat(now.stance()).isEqualTo(Stance.DENIES);
        assertThat(now.origin().code()).isEqualTo("user");
        reader.toggleStance();
        assertThat(reader.selectedProperty().get().stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aSelectionBecomesAStatementThatTheInspectorCreditsToANewSource() {
        String text = reader.articleProperty().get().text();
        int start = text.indexOf("Sumy");
        Statement made = reader.createFromSelection(start - 1, start + 5).orElseThrow();
        assertThat(made.text()).isEqualTo("Sumy");
        assertThat(made.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
        assertThat(reader.selectedProperty().get().id()).isEqualTo(made.id());

        inspector.setSource("A Sumy official");
        Statement credited = reader.selectedProperty().get();
        assertThat(credited.sourceName()).isEqualTo("A Sumy official");
        assertThat(credited.kind()).isEqualTo(StatementKind.CLAIM);

        undoRedo.undo();
        assertThat(reader.selectedProperty().get().kind()).isEqualTo(StatementKind.UNATTRIBUTED);
        undoRedo.undo();
        assertThat(reader.statements()).noneMatch(s -> s.id() == made.id());
    }

    @Test
    void inspectorEditsAreSavedAsTheUsersAndRejectHidesTheHighlight() {
        Statement first = reader.selectedProperty().get();
        inspector.setTopic("toretsk-control");
        inspector.setTags("check, check, sourcing");
        inspector.setNote("verify with ISW");
        inspector.reject();
        Statement saved = services.library().statement(first.id()).orElseThrow();
        assertThat(saved.tags()).containsExactlyInAnyOrder("check", "sourcing");
        assertThat(saved.note()).isEqualTo("verify with ISW");
        assertThat(saved.status()).isEqualTo(Status.REJECTED);
        StyleSpans<Collection<String>> spans = Highlighting.compute(reader.articleProperty().get().text().length(),
                reader.statements(), reader.parties(), saved.id());
        assertThat(HighlightingTest.at(spans, saved.start())).doesNotContain("q-p1", "c-p1", Highlighting.SELECTED);
        inspector.restore();
        assertThat(reader.selectedProperty().get().active()).isTrue();
    }

    @Test
    void aBlankSourceChangesNothingAndUnattributedIsAChoiceOfKind() {
        Statement first = reader.selectedProperty().get();
        inspector.setSource("  ");
        assertThat(reader.selectedProperty().get()).isEqualTo(first);
        inspector.setKind(StatementKind.UNATTRIBUTED);
        Statement now = services.library().statement(first.id()).orElseThrow();
        assertThat(now.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
        assertThat(now.sourceId()).isNull();
        undoRedo.undo();
        assertThat(services.library().statement(first.id()).orElseThrow().sourceName()).isEqualTo(first.sourceName());
    }

    /**
     * Issue 13: the user can mark any sentence as an unattributed claim by hand, one the parser left alone; it heads the
     * Audit's list (the user's mark outranks the parser's scores) and survives re-analysis.
     */
    @Test
    void anySentenceCanBeMarkedAnUnattributedClaimByHandAndTheAuditListsItFirst() {
        String sentence = "Perhaps the weather will hold until Sunday, as everyone in the valley hopes.";
        long festival = GoldLibrary.storeOther(services.databaseFile(), "Harvest festival draws crowds in Lviv",
                "Farmers in Lviv celebrated the harvest.\n" + sentence);
        reader.open(festival);
        String text = services.library().article(festival).orElseThrow().text();
        int start = text.indexOf(sentence);
        int end = start + sentence.length();
        assertThat(services.library().statements(festival)).as("the parser leaves the writer's hope alone")
                .noneMatch(st -> st.start() < end && st.end() > start);

        Statement made = reader.createFromSelection(start, end).orElseThrow();
        inspector.setKind(StatementKind.UNATTRIBUTED);

        Statement stored = services.library().statement(made.id()).orElseThrow();
        assertThat(stored.kind()).isEqualTo(StatementKind.UNATTRIBUTED);
        assertThat(stored.sourceId()).isNull();
        assertThat(services.audit().articles(List.of(articleId, festival)).unattributedClaims()).first()
                .satisfies(item -> assertThat(item.account().text()).isEqualTo(sentence));
        services.analysis().reanalyse(List.of(festival), org.whosaid.service.Progress.NONE);
        assertThat(services.audit().articles(List.of(articleId, festival)).unattributedClaims()).first()
                .satisfies(item -> {
                    assertThat(item.account().text()).isEqualTo(sentence);
                    assertThat(item.account().articleTitle()).isEqualTo("Harvest festival draws crowds in Lviv");
                });
    }

    @Test
    void openingAStatementFromAnotherScreenSelectsIt() {
        Statement later = reader.statements().get(5);
        reader.open(articleId);
        reader.openStatement(later.id());
        assertThat(reader.selectedProperty().get()).isEqualTo(later);
    }

    @Test
    void clickingInTheTextSelectsTheInnermostStatement() {
        Statement some = reader.statements().get(3);
        reader.selectAt(some.start() + 1);
        Statement chosen = reader.selectedProperty().get();
        assertThat(chosen.start()).isLessThanOrEqualTo(some.start() + 1);
        assertThat(chosen.end()).isGreaterThan(some.start() + 1);
    }
}
