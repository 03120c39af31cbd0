package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.OnBothDatabases;

/** A library on a PostgreSQL server: its URL, its migrations (twins of SQLite's), refusals, and what reopening keeps. */
class SharedLibraryTest {
    @TempDir
    Path dir;

    @Test
    void everySqliteMigrationHasItsPostgresTwin() {
        for (String script : Migrations.SCRIPTS) {
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/postgresql/" + script)) {
                assertThat(in).as("migrations/postgresql/" + script + " (the PostgreSQL twin of " + script + ")").isNotNull();
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aUrlNamesUserServerDatabaseAndSchemaAndNeverShowsItsPassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://anna:s3cret@db.example.org:6543/newsroom?schema=desk_a");
        assertThat(url.user()).isEqualTo("anna");
        assertThat(url.passwordGiven()).contains("s3cret");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("newsroom");
        assertThat(url.schema()).isEqualTo("desk_a");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/newsroom");
        assertThat(url.toString()).isEqualTo("postgresql://anna@db.example.org:6543/newsroom?schema=desk_a")
                .doesNotContain("s3cret");
        assertThat(PostgresUrl.parse("postgres://bob@localhost/lib").port()).isEqualTo(5432);
        assertThat(LibraryLocation.parse("postgresql://bob@localhost/lib")).isInstanceOf(LibraryLocation.Shared.class);
        assertThat(LibraryLocation.parse("/home/bob/library.db")).isInstanceOf(LibraryLocation.File.class);
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://bob:pw@localhost"))
                .hasMessageContaining("names no database").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://bob@localhost/lib?sslmode=off"))
                .hasMessageContaining("the only option is schema=NAME");
    }

    @Test
    void aLibraryReopensWithItsArticlesAndIsMigratedOnce() throws Exception {
        PostgresUrl url = server("reopen");
        try (Database db = Database.open(url)) {
            new ArticleRepository(db).store(new ArticleContent("Kept", null, null, null, null, "en",
                    "The mayor said the bridge would reopen."), Analysis.empty());
        }
        try (Database db = Database.open(url); Database second = Database.open(url)) {
            assertThat(new ArticleRepository(db).count()).isEqualTo(1);
            assertThat(new ArticleRepository(second).search("bridge")).hasSize(1);
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
        }
        try (Connection c = OnBothDatabases.connect(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*), max(version) FROM whosaid_schema")) {
            rs.next();
            assertThat(rs.getInt(1)).as("one version row").isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void anotherProgramsTablesAreRefusedUntouched() throws Exception {
        PostgresUrl url = server("foreign");
        try (Connection c = OnBothDatabases.connect(url)) {
            c.createStatement().execute("CREATE SCHEMA IF NOT EXISTS " + url.schema());
            c.createStatement().execute("CREATE TABLE " + url.schema() + ".invoices (id INTEGER)");
        }
        assertThatThrownBy(() -> Database.open(url)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another program's tables (invoices)").hasMessageContaining(url.toString());
        try (Connection c = OnBothDatabases.connect(url); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            assertThat(rs.getInt(1)).as("nothing added").isEqualTo(1);
        }
    }

    @Test
    void aNewerSchemaIsRefused() throws Exception {
        PostgresUrl url = server("newer");
        Database.open(url).close();
        OnBothDatabases.execute(url, "UPDATE whosaid_schema SET version = 99");
        assertThatThrownBy(() -> Database.open(url)).hasMessageContaining("newer WhoSaid (schema 99");
    }

    @Test
    void aServerThatIsNotThereIsNamedWithTheReason() {
        PostgresUrl nowhere = PostgresUrl.parse("postgresql://nobody@127.0.0.1:1/none");
        assertThatThrownBy(() -> Database.open(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://nobody@127.0.0.1:1/none")
                .satisfies(e -> assertThat(((StoreException) e).kind()).isEqualTo(StoreException.Kind.CONNECTION_LOST));
    }

    private PostgresUrl server(String name) {
        assumeTrue(OnBothDatabases.postgres().isPresent(), "no test server ($WHOSAID_TEST_PG)");
        return ((LibraryLocation.Shared) OnBothDatabases.databases().stream().map(n -> n.getPayload())
                .filter(OnBothDatabases.Target::isPostgres).findFirst().orElseThrow().location(dir, name)).url();
    }

}
