package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Account;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Source;
import org.whosaid.model.SourceLedger;
import org.whosaid.model.SourceStats;
import org.whosaid.service.undo.Edit;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class SourceServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;
    SourceService sources;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        sources = services.sources();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void listsSourcesWithKindPartyAliasesAndCounts() {
        SourceStats mod = stats("Russian Defence Ministry");

        assertThat(mod.source().kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(mod.source().party()).isEqualTo("Russia");
        assertThat(mod.source().aliases()).contains("Russian Defense Ministry");
        assertThat(mod.statements()).isEqualTo(3);
        assertThat(mod.articles()).isEqualTo(2);
        assertThat(stats("Ukrainian officer in the 28th Brigade").source().kind()).isEqualTo(SourceKind.ANONYMOUS);
    }

    @Test
    void mergingTwoNamesOfTheMinistryMovesItsStatementsAndUndoBringsThemBack() {
        Source into = stats("Russian Defence Ministry").source();
        Source from = stats("Russian Ministry of Defence").source();

        Edit merge = sources.merge(from, into);

        SourceStats merged = stats("Russian Defence Ministry");
        assertThat(merged.statements()).isEqualTo(6);
        assertThat(merged.articles()).isEqualTo(3);
        assertThat(merged.source().aliases()).contains("Russian Ministry of Defence");
        assertThat(sources.list()).noneMatch(s -> s.source().name().equals("Russian Ministry of Defence"));

        merge.undo();
        assertThat(stats("Russian Defence Ministry").statements()).isEqualTo(3);
        assertThat(stats("Russian Ministry of Defence").statements()).isEqualTo(3);
        assertThat(stats("Russian Defence Ministry").source().aliases()).doesNotContain("Russian Ministry of Defence");

        merge.redo();
        assertThat(stats("Russian Defence Ministry").statements()).isEqualTo(6);
    }

    @Test
    void theLedgerListsASourcesStatementsAcrossArticlesByDate() {
        long isw = stats("Institute for the Study of War").source().id();

        SourceLedger ledger = sources.ledger(isw);

        assertThat(ledger.accounts()).hasSize(3);
        assertThat(ledger.accounts()).extracting(Account::outlet)
                .containsExactly(ToretskLibrary.LEVANT, ToretskLibrary.DNIPRO, ToretskLibrary.DNIPRO);
        assertThat(ledger.source().articles()).isEqualTo(2);
    }

    @Test
    void renamesAndUndoes() {
        Source kyiv = stats("Kyiv").source();
        long id = kyiv.id();

        Edit rename = sources.rename(kyiv, "Ukrainian government");

        assertThat(sources.ledger(id).accounts()).allMatch(a -> a.source().equals("Ukrainian government"));
        rename.undo();
        assertThat(sources.ledger(id).accounts()).allMatch(a -> a.source().equals("Kyiv"));
    }

    @Test
    void refusesARenameThatWouldCollideWithAnotherSource() {
        Source kyiv = stats("Kyiv").source();

        assertThatThrownBy(() -> sources.rename(kyiv, "Viktor Trehubov"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merge");
        assertThatThrownBy(() -> sources.rename(kyiv, "  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesPartyForEveryStatementAndUndoes() {
        Source analysts = stats("Military analysts").source();
        long id = analysts.id();

        Edit edit = sources.setParty(analysts, "Other");

        assertThat(sources.ledger(id).accounts()).allMatch(a -> a.party().equals("Other"));
        edit.undo();
        assertThat(stats("Military analysts").source().party()).isEqualTo("Analysts");
    }

    @Test
    void addsAndRemovesAliasesUndoably() {
        long id = stats("Russian Defence Ministry").source().id();

        Edit add = sources.addAlias(id, "Minoborony");
        assertThat(stats("Russian Defence Ministry").source().aliases()).contains("Minoborony");
        add.undo();
        assertThat(stats("Russian Defence Ministry").source().aliases()).doesNotContain("Minoborony");

        Edit remove = sources.removeAlias(id, "russian defense ministry");
        assertThat(stats("Russian Defence Ministry").source().aliases()).doesNotContain("Russian Defense Ministry");
        remove.undo();
        assertThat(stats("Russian Defence Ministry").source().aliases()).contains("Russian Defense Ministry");
        assertThatThrownBy(() -> sources.removeAlias(id, "nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    private SourceStats stats(String name) {
        return sources.list().stream().filter(s -> s.source().name().equals(name)).findFirst().orElseThrow();
    }
}
