package org.whosaid.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.PartyVoices;
import org.whosaid.model.Statement;
import org.whosaid.model.Status;
import org.whosaid.service.Services;

class AuditViewModelTest {
    @TempDir
    Path dir;
    Services services;
    AuditViewModel model;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(dir));
        model = new AuditViewModel(services.audit(), services.library(), new CurrentThreadTaskExecutor(), id -> { });
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Issue 10: an empty library said "100% attributed" for 0 statements. */
    @Test
    void anEmptyLibrarySaysThereIsNothingToAuditAndWhatToDo() {
        try (Services empty = Services.open(dir.resolve("empty.db"))) {
            AuditViewModel nothing = new AuditViewModel(empty.audit(), empty.library(), new CurrentThreadTaskExecutor(), id -> { });
            nothing.refresh();
            assertThat(nothing.shareProperty().get()).isEqualTo("No statements yet").doesNotContain("%");
            assertThat(nothing.summaryProperty().get()).contains("Import articles");
        }
    }

    @Test
    void showsTheWholeLibraryFirst() {
        assertThat(model.scopeProperty().get()).isEqualTo(AuditViewModel.LIBRARY);
        assertThat(model.scopes()).hasSize(5);
        assertThat(model.shareProperty().get()).isEqualTo("89% attributed");
        assertThat(model.summaryProperty().get()).startsWith("28 statements in 4 articles");
        assertThat(model.summaryProperty().get()).as("the share counts check-worthy claims only and says so")
                .endsWith("(only check-worthy factual claims count as unattributed)");
        assertThat(model.unattributed()).hasSize(3);
        assertThat(model.weakSources()).hasSize(7);
        assertThat(model.voices()).extracting(PartyVoices::party).startsWith("Russia", "Ukraine");
    }

    @Test
    void narrowsToOneArticle() {
        model.choose(model.scopes().get(4));

        assertThat(model.summaryProperty().get()).startsWith("5 statements in 1 article");
        assertThat(model.unattributed()).extracting(i -> i.account().text())
                .containsExactly("The town had about 30,000 residents before the war.");
    }

    @Test
    void refreshFollowsEditsAndKeepsTheChosenArticle() {
        model.choose(model.scopes().get(4));
        Statement residents = services.library().statements(4).stream()
                .filter(s -> s.text().startsWith("The town had")).findFirst().orElseThrow();
        services.annotation().editStatement(residents, "reject", e -> e.withStatus(Status.REJECTED));

        model.refresh();

        assertThat(model.scopeProperty().get().articleId()).isEqualTo(4L);
        assertThat(model.unattributed()).isEmpty();
        assertThat(model.shareProperty().get()).isEqualTo("100% attributed");
    }
}
