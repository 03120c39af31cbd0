package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.fixture.DamagedLibrary;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;

/** A WhoSaid library is recognised by its own marker before anything is written; every other file is left as it is. */
class LibraryMarkerTest {
    @TempDir
    Path dir;

    private static int pragma(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA " + name)) {
            return rs.getInt(1);
        }
    }

    private static List<Path> sidecars(Path file) {
        return List.of("-wal", "-shm", "-journal").stream().map(s -> file.resolveSibling(file.getFileName() + s))
                .filter(Files::exists).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 12})
    void anotherProgramsDatabaseIsRefusedByteForByte(int userVersion) throws Exception {
        Path file = dir.resolve("crm-" + userVersion + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)");
            c.createStatement().execute("CREATE TABLE party (id INTEGER PRIMARY KEY, guests INTEGER)");
            c.createStatement().execute("INSERT INTO customer (name) VALUES ('Ada')");
            c.createStatement().execute("PRAGMA user_version = " + userVersion);
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessage(file + ": is the SQLite database of another program (tables customer, party), not a"
                        + " WhoSaid library; it was left untouched");
        assertThatThrownBy(() -> Database.openReadOnly(file)).hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void aDatabaseMarkedByAnotherApplicationIsRefused() throws Exception {
        Path file = dir.resolve("marked.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA application_id = 42");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).hasMessageContaining("another program (application id 42)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewLibraryCarriesTheMarker() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file).close();
        assertThat(pragma(file, "application_id")).isEqualTo(Database.APPLICATION_ID);
        Database.open(file).close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aLibraryOfAnEarlierWhoSaidIsAdoptedWithItsArticles(int version) throws Exception {
        Path file = dir.resolve("old-" + version + ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, file, version);
            c.createStatement().execute(
                    "INSERT INTO article (title, imported, text, hash) VALUES ('Kept', '2025-01-01', 'Some text.', 'h1')");
        }
        assertThat(pragma(file, "application_id")).isZero();
        try (Database db = Database.open(file)) {
            assertThat(new ArticleRepository(db).summaries()).extracting(a -> a.title()).containsExactly("Kept");
        }
        assertThat(pragma(file, "application_id")).isEqualTo(Database.APPLICATION_ID);
        assertThat(pragma(file, "user_version")).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void aDeviceIsNotADatabase() {
        Path devNull = Path.of("/dev/null");
        boolean journalBefore = Files.exists(Path.of("/dev/null-journal"));
        assertThatThrownBy(() -> Database.open(devNull)).isInstanceOf(StoreException.class)
                .hasMessage("/dev/null: is not a regular file; a library must be a file");
        if (!journalBefore) {
            assertThat(Path.of("/dev/null-journal")).doesNotExist();
        }
    }

    @Test
    void aLibraryDamagedInTheMiddleIsRefusedForWritingAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("damaged.db");
        DamagedLibrary.create(file);
        assertThat(sidecars(file)).isEmpty();
        byte[] before = Files.readAllBytes(file);
        java.util.concurrent.CompletableFuture<String> reported = new java.util.concurrent.CompletableFuture<>();
        try (Database db = Database.open(file)) {
            db.onDamageFound(reported::complete);
            assertThatThrownBy(() -> new ArticleRepository(db).store(
                    new ArticleContent("New", null, null, null, null, null, "More text."), Analysis.empty()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(file + ": the database file is damaged (")
                    .hasMessageEndingWith("); it was left untouched: restore a backup, or save what can be read with"
                            + " export");
        }
        assertThat(reported.get(60, java.util.concurrent.TimeUnit.SECONDS))
                .startsWith(file + ": the database file is damaged (");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedLibraryOfAnEarlierSchemaIsRefusedBeforeItsMigrationsWrite() throws Exception {
        Path file = dir.resolve("damaged-old.db");
        DamagedLibrary.create(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA user_version = " + (Migrations.latestVersion() - 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file + ": the database file is damaged (");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSoundLibraryReportsNoDamageAndTakesWrites() throws Exception {
        Path file = dir.resolve("sound.db");
        Database.open(file).close();
        java.util.List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Database db = Database.open(file)) {
            db.onDamageFound(reported::add);
            new ArticleRepository(db).store(new ArticleContent("T", null, null, null, null, null, "Some text."),
                    Analysis.empty());
            assertThat(new ArticleRepository(db).summaries()).hasSize(1);
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void aLibraryOpenedForReadingIsNeverWritten() throws Exception {
        Path file = dir.resolve("read.db");
        try (Database db = Database.open(file)) {
            new ArticleRepository(db).store(new ArticleContent("T", null, null, null, null, null, "Some text."),
                    Analysis.empty());
        }
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        try (Database db = Database.openReadOnly(file)) {
            ArticleRepository articles = new ArticleRepository(db);
            assertThat(articles.summaries()).hasSize(1);
            assertThatThrownBy(() -> articles.store(new ArticleContent("U", null, null, null, null, null, "More."),
                    Analysis.empty())).isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
    }

    @Test
    void aMissingLibraryIsNotCreatedForReading() {
        Path file = dir.resolve("absent.db");
        assertThatThrownBy(() -> Database.openReadOnly(file)).hasMessage(file + ": no library here yet");
        assertThat(file).doesNotExist();
    }
}
