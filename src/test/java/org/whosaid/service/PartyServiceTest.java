package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Party;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.PartyPalette;
import org.whosaid.service.undo.Edit;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class PartyServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;
    Services services;
    PartyService parties;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        parties = services.parties();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> columns() {
        return services.compare().compare(ToretskLibrary.TOPIC).columns().stream().map(PartyAccounts::party).toList();
    }

    @Test
    void addAPartyWithAPaletteColourAndUndoIt() {
        Edit add = parties.add("Corvania");
        Party corvania = parties.all().stream().filter(p -> p.name().equals("Corvania")).findFirst().orElseThrow();
        assertThat(PartyPalette.COLOURS).contains(corvania.colour());
        assertThatThrownBy(() -> parties.add("corvania")).isInstanceOf(IllegalArgumentException.class);
        add.undo();
        assertThat(parties.all()).noneMatch(p -> p.name().equals("Corvania"));
    }

    @Test
    void groupingTwoPartiesIntoASideMakesOneCompareColumn() {
        assertThat(columns()).contains("Russia", "Analysts");
        Edit group = parties.group(List.of("Russia", "Analysts"), "Moscow's account");
        assertThat(columns()).contains("Moscow's account").doesNotContain("Russia", "Analysts");
        assertThat(services.compare().compare(ToretskLibrary.TOPIC).conflict()).isTrue();
        group.undo();
        assertThat(columns()).contains("Russia", "Analysts").doesNotContain("Moscow's account");
        group.redo();
        assertThat(columns()).contains("Moscow's account");
    }

    @Test
    void renameRecolourAndMergeAreUndoable() {
        Edit rename = parties.rename("Analysts", "Experts");
        assertThat(columns()).contains("Experts").doesNotContain("Analysts");
        rename.undo();
        assertThat(columns()).contains("Analysts");

        String before = parties.all().stream().filter(p -> p.name().equals("Ukraine")).findFirst().orElseThrow().colour();
        Edit recolour = parties.recolour("Ukraine", "#56B4E9");
        assertThat(parties.all()).anyMatch(p -> p.name().equals("Ukraine") && p.colour().equals("#56b4e9"));
        recolour.undo();
        assertThat(parties.all()).anyMatch(p -> p.name().equals("Ukraine") && p.colour().equals(before));

        Edit merge = parties.merge("Analysts", "Russia");
        assertThat(columns()).doesNotContain("Analysts").contains("Russia");
        merge.undo();
        assertThat(columns()).contains("Analysts", "Russia");
        assertThatThrownBy(() -> parties.merge("Russia", "Nowhere")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartyForThisStatementOnlyLeavesItsSourceAndIsUndoable() {
        org.whosaid.model.Statement first = services.compare().compare(ToretskLibrary.TOPIC).columns().stream()
                .filter(c -> c.party().equals("Russia")).findFirst().orElseThrow().accounts().stream()
                .map(a -> services.library().statement(a.statementId()).orElseThrow())
                .filter(st -> st.sourceId() != null).findFirst().orElseThrow();
        Edit edit = services.annotation().setStatementParty(first, "Corvania");
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Corvania");
        assertThat(services.library().statements(first.articleId()).stream()
                .filter(st -> first.sourceId().equals(st.sourceId()) && st.id() != first.id()))
                .allMatch(st -> "Russia".equals(st.party()));
        assertThat(services.sources().list().stream().filter(s -> s.source().id() == first.sourceId()))
                .allMatch(s -> "Russia".equals(s.source().party()));
        edit.undo();
        assertThat(services.library().statement(first.id()).orElseThrow().party()).isEqualTo("Russia");
    }
}
