package org.whosaid.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    static final String TEXT = "Russia said its forces had taken Toretsk.\nKyiv denied it.";

    @TempDir
    Path dir;

    static Analysis analysisOf(String text) {
        int claim = text.indexOf("its forces");
        int cue = text.indexOf("said");
        SourceMention russia = new SourceMention("Russian Defence Ministry", "Russia", SourceKind.ORGANISATION,
                "Russia", List.of("Russian Defense Ministry"));
        return new Analysis(List.of(new Attribution(StatementKind.CLAIM, Span.of(text, claim, text.indexOf('.')),
                Span.of(text, cue, cue + 4), russia, Stance.ASSERTS, "toretsk-control", List.of(), "x-said-that", 0.9)),
                List.of(new TopicDef("toretsk-control", "Does Russia control Toretsk?")));
    }

    @Test
    void aNewDatabaseGetsTheWholeSchemaAndNoParty() throws Exception {
        try (Database db = Database.open(dir.resolve("sub/new.db"))) {
            assertThat(new PartyRepository(db).all()).as("parties are created as sources need them").isEmpty();
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sub/new.db"));
             var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void anArticleAndItsAnalysisRoundTrip() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            ArticleContent content = new ArticleContent("Toretsk", "A. Writer", "Wire", null, "2025-02-07", "en", TEXT);
            ArticleRepository.Stored stored = articles.store(content, analysisOf(TEXT));
            assertThat(stored.duplicate()).isFalse();
            assertThat(articles.store(content, analysisOf(TEXT))).isEqualTo(new ArticleRepository.Stored(stored.id(), true));
            assertThat(articles.find(stored.id()).orElseThrow().text()).isEqualTo(TEXT);

            List<Statement> statements = new StatementRepository(db).ofArticle(stored.id());
            assertThat(statements).hasSize(1);
            Statement s = statements.get(0);
            assertThat(s.text()).isEqualTo("its forces had taken Toretsk");
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.sourceName()).isEqualTo("Russian Defence Ministry");
            assertThat(s.party()).isEqualTo("Russia");
            assertThat(s.topic()).isEqualTo("toretsk-control");
            assertThat(s.cue().text()).isEqualTo("said");
            assertThat(new SourceRepository(db).find(s.sourceId()).orElseThrow().aliases())
                    .contains("Russian Defense Ministry", "Russia");
            assertThat(articles.summaries()).singleElement()
                    .satisfies(a -> assertThat(a.claims()).isEqualTo(1))
                    .satisfies(a -> assertThat(a.parties()).containsExactly("Russia"));
        }
    }

    @Test
    void aSecondCopyOfAStoryFillsInWhatTheFirstLackedAndOverwritesNothing() {
        try (Database db = Database.open(dir.resolve("fill.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            long id = articles.store(new ArticleContent(null, null, "Wire", null, null, null, TEXT), Analysis.empty())
                    .id();
            ArticleRepository.Stored again = articles.store(new ArticleContent("Toretsk falls", "A. Writer",
                    "Other outlet", "https://example.org/a", "2025-02-07", "en", TEXT), Analysis.empty());
            assertThat(again).isEqualTo(new ArticleRepository.Stored(id, true));
            var stored = articles.find(id).orElseThrow();
            assertThat(stored.title()).isEqualTo("Toretsk falls");
            assertThat(stored.byline()).isEqualTo("A. Writer");
            assertThat(stored.outlet()).isEqualTo("Wire");
            assertThat(stored.published()).isEqualTo("2025-02-07");
            assertThat(articles.search("falls")).containsExactly(id);
        }
    }

    @Test
    void fullTextSearchMatchesWordPrefixesInTextAndStatements() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            long id = articles.store(new ArticleContent("Toretsk", null, null, null, null, null, TEXT),
                    analysisOf(TEXT)).id();
            articles.store(new ArticleContent("Other", null, null, null, null, null, "Nothing about it here."),
                    Analysis.empty());
            assertThat(articles.search("toret")).containsExactly(id);
            assertThat(articles.search("Kyiv den")).containsExactly(id);
            assertThat(articles.search("\"unbalanced ( OR *")).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "my precious notes");
        assertThatThrownBy(() -> Database.open(notDb)).isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.db").hasMessageContaining("not an SQLite file");
        assertThat(Files.readString(notDb)).isEqualTo("my precious notes");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            c.createStatement().execute("CREATE TABLE future (x)");
            c.createStatement().execute("PRAGMA user_version = 99");
            c.createStatement().execute("PRAGMA application_id = " + Database.APPLICATION_ID);
        }
        String before = org.whosaid.store.ContentHash.of(java.util.HexFormat.of().formatHex(Files.readAllBytes(newer)));
        assertThatThrownBy(() -> Database.open(newer)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer WhoSaid");
        assertThat(ContentHash.of(java.util.HexFormat.of().formatHex(Files.readAllBytes(newer)))).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("ro.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ));
        try {
            // root can write anyway; the check is only meaningful for ordinary users
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "running as root");
            assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("read-only");
        } finally {
            Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void aStatementACoderEditedBeforeCodingsWereKeptBecomesTheirCoding() throws Exception {
        Path file = dir.resolve("v8.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, file, 8);
            c.createStatement().execute("""
                    INSERT INTO article (id, title, imported, text, hash) VALUES (1, 'A', '2025-01-01', 'Kyiv denied it.', 'h')""");
            c.createStatement().execute("""
                    INSERT INTO source (id, name, kind, party_id)
                    SELECT 3, 'Kyiv', 'organisation', id FROM party WHERE name = 'Ukraine'""");
            c.createStatement().execute("""
                    INSERT INTO statement (id, article_id, kind, start, end, text, source_id, stance, origin, coder, modified)
                    VALUES (10, 1, 'claim', 0, 15, 'Kyiv denied it.', 3, 'denies', 'user', 'Maria', '2026-12-01T10:00:00Z'),
                           (11, 1, 'claim', 0, 4, 'Kyiv', 3, 'asserts', 'parser', NULL, NULL)""");
        }
        try (Database db = Database.open(file)) {
            CodingRepository codings = new CodingRepository(db);
            assertThat(codings.coders()).containsExactly("Maria");
            assertThat(codings.find(10, "Maria")).contains(
                    new CodingRepository.Value("claim", "Kyiv", "Ukraine", "denies", "active"));
            assertThat(codings.of("Maria", List.of())).extracting(CodingRepository.Coded::statementId)
                    .containsExactly(10L);
        }
    }

    @Test
    void theSeededPartiesGoOnlyWhereNothingUsesThemAndTheUserLeftThemAlone() throws Exception {
        Path file = dir.resolve("seeded.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, file, 13);
            c.createStatement().execute("""
                    INSERT INTO source (name, kind, party_id) SELECT 'Kremlin', 'organisation', id FROM party WHERE name = 'Russia'""");
            c.createStatement().execute("UPDATE party SET colour = '#123456' WHERE name = 'Ukraine'");
            c.createStatement().execute("INSERT INTO side (name) VALUES ('Observers')");
            c.createStatement().execute("UPDATE party SET side_id = (SELECT id FROM side) WHERE name = 'Analysts'");
        }
        try (Database db = Database.open(file)) {
            assertThat(new PartyRepository(db).all()).extracting(p -> p.name())
                    .as("used, recoloured, in a side: kept; United States and Other, untouched and unused: gone")
                    .containsExactly("Russia", "Ukraine", "Analysts");
        }
    }

    @Test
    void migratingAnOlderSchemaKeepsItsData() throws Exception {
        Path file = dir.resolve("old.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, file, 1);
            c.createStatement().execute("""
                    INSERT INTO article (title, imported, text, hash) VALUES ('Kept', '2025-01-01', 'Some text.', 'h1')""");
        }
        try (Database db = Database.open(file)) {
            assertThat(new ArticleRepository(db).summaries()).extracting(a -> a.title()).containsExactly("Kept");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var version = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertThat(version.getInt(1)).isEqualTo(Migrations.latestVersion()).isGreaterThan(1);
            try (var index = c.createStatement().executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'statement_by_article_status'")) {
                assertThat(index.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void reanalysisKeepsWhatTheUserCorrectedOrRejected() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            ArticleRepository articles = new ArticleRepository(db);
            StatementRepository statements = new StatementRepository(db);
            long id = articles.store(new ArticleContent("T", null, null, null, null, null, TEXT), analysisOf(TEXT)).id();
            Statement parsed = statements.ofArticle(id).get(0);
            statements.apply(parsed.id(), parsed.version(), org.whosaid.model.StatementEdit.of(parsed)
                    .withStatus(org.whosaid.model.Status.REJECTED), new org.whosaid.model.EditStamp("tester", java.time.Instant.parse("2026-01-01T00:00:00Z")));
            articles.reanalyse(id, analysisOf(TEXT));
            assertThat(statements.ofArticle(id)).singleElement()
                    .satisfies(s -> assertThat(s.status()).isEqualTo(org.whosaid.model.Status.REJECTED));
        }
    }

    @Test
    void foreignKeysAreOnForWritingAndForReadingOnly() {
        Path file = dir.resolve("keys.db");
        try (Database db = Database.open(file)) {
            assertThat(foreignKeys(db)).isEqualTo(1);
            assertThatThrownBy(() -> db.write(c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO statement_tag (statement_id, tag_id) VALUES (999, 999)");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
        }
        try (Database db = Database.openReadOnly(file)) {
            assertThat(foreignKeys(db)).isEqualTo(1);
        }
    }

    private static int foreignKeys(Database db) {
        return db.read(c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
                return rs.getInt(1);
            }
        });
    }

    @Test
    void migrationScriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> parts = Migrations.statements("""
                -- a comment
                CREATE TABLE a (x);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO a VALUES (1);
                    INSERT INTO a VALUES (2);
                END;
                """);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }
}
