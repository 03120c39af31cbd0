package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * Issue 11: the importer cuts a page's wire dateline out of the text into metadata, so the analysis gets it from
 * there: a state organ named alone ("the defence ministry") takes the dateline's state, on import and on re-analysis.
 */
class DatelinePartyImportTest {
    @TempDir
    Path dir;

    @Test
    void anOrganNamedAloneTakesTheStateOfTheCutDatelineOnImportAndReanalysis() throws IOException {
        Path page = dir.resolve("dateline-bamako.html");
        Files.copy(Path.of("src/test/resources/pages/dateline-bamako.html"), page);
        try (Services services = Services.open(dir.resolve("library.db"))) {
            ImportReport report = services.imports().importAll(List.of(page.toString()), Progress.NONE);
            long id = report.outcomes().get(0).articleId();
            Article article = services.library().article(id).orElseThrow();
            assertThat(article.dateline()).isEqualTo("BAMAKO (Reuters)");
            assertThat(article.text()).doesNotContain("BAMAKO");
            assertThat(ministryParty(services, id)).isEqualTo("Mali");

            services.analysis().reanalyse(List.of(id), Progress.NONE);
            assertThat(ministryParty(services, id)).isEqualTo("Mali");
        }
    }

    private static String ministryParty(Services services, long id) {
        Statement said = services.library().statements(id).stream()
                .filter(s -> s.text().contains("repelled the attackers")).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of the ministry"));
        assertThat(said.sourceName()).containsIgnoringCase("defence ministry");
        return said.party();
    }
}
