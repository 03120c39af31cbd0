package org.whosaid.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Party;
import org.whosaid.model.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The services wired on one database folder, with the user's own lexicons from that folder. */
class ServicesTest {
    @TempDir
    Path folder;

    @Test
    void aPartyAddedToTheGazetteerInTheDataFolderColoursItsSources() throws Exception {
        String bundled = new String(ServicesTest.class.getResourceAsStream("/org/whosaid/analysis/parties.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String withNato = bundled.replaceFirst("\\{\"name\": \"Other\"",
                "{\"name\": \"NATO\", \"colour\": \"#123456\", \"people\": [\"rutte\"], \"organisations\": [\"nato\"],"
                        + " \"terms\": []},\n    {\"name\": \"Other\"");
        assertThat(withNato).isNotEqualTo(bundled);
        Files.writeString(folder.resolve("parties.json"), withNato);
        Path article = folder.resolve("nato.txt");
        Files.writeString(article, "Summit\n\nNATO Secretary General Mark Rutte said the alliance would not be"
                + " intimidated.\n");

        try (Services services = Services.open(folder.resolve("library.db"))) {
            ImportReport report = services.imports().importAll(List.of(article.toString()), Progress.NONE);
            assertThat(report.failures()).isEmpty();
            assertThat(services.library().parties()).extracting(Party::name, Party::colour)
                    .contains(org.assertj.core.groups.Tuple.tuple("NATO", "#123456"));
            long id = report.outcomes().get(0).articleId();
            assertThat(services.library().statements(id)).extracting(Statement::party).contains("NATO");
        }
    }

    @Test
    void everyImportedArticleGetsAnOutletFromItsDomainTheUsersListOrItsHost() throws Exception {
        Files.writeString(folder.resolve("outlets.json"),
                "{\"outlets\": {\"dnipro-daily.example\": {\"name\": \"Dnipro Daily\", \"country\": \"Ukraine\"}}}");
        String page = "<html><head><title>%s</title><link rel=canonical href=\"%s\">%s</head><body><article>"
                + "<p>Russia said on Friday that its forces had taken the town, a claim that Kyiv denied at once.</p>"
                + "<p>%s</p></article></body></html>";
        Path tass = folder.resolve("tass.html");
        Files.writeString(tass, page.formatted("Army takes town", "https://tass.com/defense/1", "<meta property=og:site_name content=\"TASS news agency\">", "One."));
        Path own = folder.resolve("own.html");
        Files.writeString(own, page.formatted("Town holds", "https://www.dnipro-daily.example/a", "", "Two."));
        Path unknown = folder.resolve("unknown.html");
        Files.writeString(unknown, page.formatted("Town burns", "https://news.example.org/b", "", "Three."));

        try (Services services = Services.open(folder.resolve("library.db"))) {
            ImportReport report = services.imports().importAll(List.of(tass.toString(), own.toString(), unknown.toString()), Progress.NONE);
            assertThat(report.failures()).isEmpty();
            assertThat(report.outcomes()).extracting(o -> services.library().article(o.articleId()).orElseThrow().outlet())
                    .containsExactly("TASS", "Dnipro Daily", "news.example.org");
            assertThat(services.imports().outletProfile("TASS")).map(org.whosaid.model.OutletProfile::ownership).contains("state-owned");
        }
    }

    @Test
    void aBrokenOutletListOfTheUsersIsNamedAndNothingIsImported() throws Exception {
        Path list = Files.writeString(folder.resolve("outlets.json"), "{\"outlets\": [");
        Path article = Files.writeString(folder.resolve("a.txt"), "Title\n\nThe ministry said the strike hit a depot.\n");
        try (Services services = Services.open(folder.resolve("library.db"))) {
            ImportReport report = services.imports().importAll(List.of(article.toString()), Progress.NONE);
            assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.describe())
                    .startsWith("failed the outlet list: " + list + ": not valid JSON ("));
            assertThat(services.library().articleCount()).isZero();
        }
    }
}
