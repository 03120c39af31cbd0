package org.whosaid.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.common.NameScript;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Stance;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.Services;

class CompareViewModelTest {
    @TempDir
    Path dir;
    Services services;
    EditHistory history = new EditHistory();
    List<Long> opened = new ArrayList<>();
    CompareViewModel model;
    SourceNames names;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(dir));
        names = SourceNames.of(services.library());
        model = new CompareViewModel(services.compare(), history, new CurrentThreadTaskExecutor(), opened::add, names);
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void startsOnTheMostAnsweredTopicAndMarksItsConflict() {
        assertThat(model.topics()).hasSize(2);
        assertThat(model.selectedKey()).contains(ToretskLibrary.TOPIC);
        assertThat(model.headingProperty().get()).startsWith(ToretskLibrary.TOPIC_LABEL);
        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(model.conflictTextProperty().get()).contains("asserted by Russia, Analysts; denied by Ukraine");
        assertThat(model.columns()).extracting(PartyAccounts::party).startsWith("Russia", "Ukraine");
    }

    @Test
    void choosingAnotherTopicShowsItsColumns() {
        model.select(ToretskLibrary.MEETING);

        assertThat(model.columns()).extracting(PartyAccounts::party).containsExactly("Ukraine", "United States");
        assertThat(model.conflictProperty().get()).isFalse();
    }

    @Test
    void renamingIsRecordedAndUndoable() {
        assertThat(model.renameTopic("Has Toretsk fallen?")).isTrue();
        assertThat(model.headingProperty().get()).startsWith("Has Toretsk fallen?");

        history.undo();
        model.refresh();
        assertThat(model.headingProperty().get()).startsWith(ToretskLibrary.TOPIC_LABEL);
    }

    @Test
    void mergingMovesToTheTargetTopic() {
        model.select(ToretskLibrary.MEETING);

        assertThat(model.mergeInto(ToretskLibrary.TOPIC)).isTrue();

        assertThat(model.topics()).hasSize(1);
        assertThat(model.selectedKey()).contains(ToretskLibrary.TOPIC);
        assertThat(model.columns()).extracting(PartyAccounts::party).contains("United States");
        history.undo();
        model.refresh();
        assertThat(model.topics()).hasSize(2);
    }

    @Test
    void aFailedEditExplainsItselfAndRecordsNothing() {
        assertThat(model.mergeInto(ToretskLibrary.TOPIC)).isFalse();
        assertThat(model.messageProperty().get()).contains("itself");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void movingAStatementOffTheTopicRemovesItsCard() {
        Account denial = model.columns().get(1).accounts().stream().filter(a -> a.stance() == Stance.DENIES)
                .findFirst().orElseThrow();

        assertThat(model.moveStatement(denial.statementId(), ToretskLibrary.MEETING)).isTrue();

        assertThat(model.columns().get(1).accounts()).extracting(Account::statementId)
                .doesNotContain(denial.statementId());
    }

    @Test
    void openingACardAsksTheReaderToShowThatStatement() {
        long id = model.columns().get(0).accounts().get(0).statementId();
        model.open(id);
        assertThat(opened).containsExactly(id);
    }

    @Test
    void cardsShowSourcesInTheChosenScriptAndRefreshWhenItChanges() {
        long ministry = services.library().sources().stream().map(s -> s.source())
                .filter(s -> s.name().equals("Russian Defence Ministry")).findFirst().orElseThrow().id();
        services.sources().addAlias(ministry, "Минобороны России");
        Account account = model.columns().get(0).accounts().stream()
                .filter(a -> "Russian Defence Ministry".equals(a.source())).findFirst().orElseThrow();
        names.scriptProperty().set(NameScript.AS_WRITTEN);
        assertThat(model.shownSource(account)).as("the change reloads the aliases").isEqualTo("Минобороны России");
        names.scriptProperty().set(NameScript.LATIN);
        assertThat(model.shownSource(account)).isEqualTo("Russian Defence Ministry");
    }
}
