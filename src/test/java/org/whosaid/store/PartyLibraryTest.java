package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Attribution;
import org.whosaid.model.Party;
import org.whosaid.model.PartyPalette;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class PartyLibraryTest {
    @Parameter
    OnBothDatabases.Target on;


    @TempDir
    Path dir;

    private static Analysis said(String text, String name, String party) {
        int cue = text.indexOf("said");
        return new Analysis(List.of(new Attribution(StatementKind.CLAIM, Span.of(text, 0, cue - 1),
                Span.of(text, cue, cue + 4), new SourceMention(name, name, SourceKind.PERSON, party, List.of()),
                Stance.ASSERTS, null, List.of(), "test", 0.9)), List.of());
    }

    @Test
    void partiesAreCreatedAsNeededEachWithAPaletteColourNotYetTaken() {
        try (Database db = on.open(dir, "p.db")) {
            SourceRepository sources = new SourceRepository(db);
            sources.findOrCreate("Shehbaz Sharif", SourceKind.PERSON, "Pakistan");
            sources.findOrCreate("Randhir Jaiswal", SourceKind.PERSON, "India");
            List<Party> parties = new PartyRepository(db).all();
            String pakistan = parties.stream().filter(p -> p.name().equals("Pakistan")).findFirst().orElseThrow().colour();
            String india = parties.stream().filter(p -> p.name().equals("India")).findFirst().orElseThrow().colour();
            assertThat(PartyPalette.COLOURS).contains(pakistan, india);
            assertThat(pakistan).isNotEqualTo(india);
        }
    }

    @Test
    void aSourceWithNoPartyHasNone() {
        try (Database db = on.open(dir, "n.db")) {
            SourceRepository sources = new SourceRepository(db);
            long id = sources.findOrCreate("Amina Yusuf", SourceKind.PERSON, null).id();
            assertThat(sources.find(id).orElseThrow().party()).isNull();
        }
    }

    @Test
    void aSurnameInALaterArticleIsThePersonOfTheLibraryWithTheirParty() {
        try (Database db = on.open(dir, "s.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            String first = "The strikes were unprovoked, Shehbaz Sharif said on Wednesday.";
            articles.store(new ArticleContent("One", null, "Wire", null, "2025-05-07", "en", first),
                    said(first, "Shehbaz Sharif", "Pakistan"));
            String second = "Talks were possible, Sharif said.";
            articles.store(new ArticleContent("Two", null, "Daily", null, "2025-05-08", "en", second),
                    said(second, "Sharif", null));
            List<org.whosaid.model.SourceStats> all = new SourceRepository(db).all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).source().party()).isEqualTo("Pakistan");
            assertThat(all.get(0).source().name()).isEqualTo("Shehbaz Sharif");
        }
    }

    @Test
    void twoPeopleWithTheSurnameLeaveItANewSource() {
        try (Database db = on.open(dir, "t.db")) {
            SourceRepository sources = new SourceRepository(db);
            sources.findOrCreate("Shehbaz Sharif", SourceKind.PERSON, "Pakistan");
            sources.findOrCreate("Nawaz Sharif", SourceKind.PERSON, "Pakistan");
            assertThat(sources.findOrCreate("Sharif", SourceKind.PERSON, null).name()).isEqualTo("Sharif");
        }
    }
}
