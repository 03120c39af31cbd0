package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * Issue 13, end to end: a page's wire dateline and corrections box are kept as the article's metadata (stored in the
 * library, still there when it is opened again, and in the JSON export), and neither is part of the text or a statement.
 */
class DatelineCorrectionsImportTest {
    private static final String CORRECTION = "Correction: An earlier version of this article misstated the number of"
            + " villages cut off by the floods. It is four, not six.";

    @TempDir
    Path dir;

    @Test
    void aPagesDatelineAndCorrectionsBoxAreStoredAndExportedAsMetadataAndNeverAsText() throws IOException {
        Path page = dir.resolve("dateline-correction.html");
        Files.copy(Path.of("src/test/resources/pages/dateline-correction.html"), page);
        Path db = dir.resolve("library.db");
        long id;
        try (Services services = Services.open(db)) {
            ImportReport report = services.imports().importAll(List.of(page.toString()), Progress.NONE);
            assertThat(report.outcomes()).singleElement()
                    .satisfies(o -> assertThat(o.result()).isEqualTo(ImportOutcome.Result.IMPORTED));
            id = report.outcomes().get(0).articleId();
        }
        try (Services services = Services.open(db)) {
            Article article = services.library().article(id).orElseThrow();
            assertThat(article.dateline()).isEqualTo("NARVA, Veldra (AP)");
            assertThat(article.corrections()).isEqualTo(CORRECTION);
            assertThat(article.text()).startsWith("Floodwaters destroyed more than 300 homes")
                    .doesNotContain("NARVA").doesNotContain("Correction").doesNotContain("earlier version");
            assertThat(services.library().statements(id)).extracting(Statement::text)
                    .noneMatch(t -> t.contains("NARVA") || t.contains("earlier version") || t.contains("not six"))
                    .anyMatch(t -> t.startsWith("Floodwaters destroyed"));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.export().write("json", List.of(id), out);
            JsonNode exported = new ObjectMapper().readTree(out.toByteArray()).get("articles").get(0);
            assertThat(exported.get("dateline").asText()).isEqualTo("NARVA, Veldra (AP)");
            assertThat(exported.get("corrections").asText()).isEqualTo(CORRECTION);
            assertThat(exported.get("text").asText()).isEqualTo(article.text());
        }
    }
}
