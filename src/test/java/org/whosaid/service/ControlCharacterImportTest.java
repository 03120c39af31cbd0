package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Article;
import org.whosaid.model.ArticleContent;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.testing.SyntheticAnalysis;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/U+FFFF) are never stored. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class ControlCharacterImportTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void aTextFileWithControlCharactersIsStoredClean() throws Exception {
        Path file = dir.resolve("controls.txt");
        String plain = "The council met on Monday and the mayor spoke to reporters outside the town hall. ".repeat(20);
        Files.writeString(file, "Kyiv \u0001talks\n\nThe mayor\u001b[31m said the\u0007 bridge was open.\tAgain. "
                + plain + "\n", StandardCharsets.UTF_8);
        try (Database db = on.open(dir, "c.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            ImportOutcome outcome = imports(articles).importAll(List.of(file.toString()), Progress.NONE).outcomes().get(0);

            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            Article stored = articles.find(outcome.articleId()).orElseThrow();
            assertClean(stored.title());
            assertClean(stored.text());
            assertThat(stored.text()).contains("said the", "bridge", "[31m", "Again.");
        }
    }

    @Test
    void theBatchPathCleansLoneSurrogatesAndControlsInEveryField() {
        ArticleContent content = new ArticleContent("Talks \u0001in Kyiv", "By \u001bA. Writer", "Wire\ud800", null,
                "2025-02-07", null, "The mayor said the bridge \udc00was open \u0002again \ud83d\ude00 \uffff today.");
        try (Database db = on.open(dir, "b.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            ImportOutcome outcome = imports(articles).importContents(List.of(content), Progress.NONE).get(0);

            Article stored = articles.find(outcome.articleId()).orElseThrow();
            assertClean(stored.title());
            assertClean(stored.byline());
            assertClean(stored.outlet());
            assertClean(stored.text());
            assertThat(stored.text()).as("a surrogate pair is kept").contains("\ud83d\ude00")
                    .as("replaced one for one, so offsets keep their words").hasSameSizeAs(content.text());
        }
    }

    private static ImportService imports(ArticleRepository articles) {
        return new ImportService(new ArticleReader(), (body, dateline) -> SyntheticAnalysis.of(body), articles);
    }

    private static void assertClean(String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            assertThat(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == '\ufffe' || c == '\uffff').as("U+%04X at %d in %s", (int) c, i, value).isFalse();
        }
    }
}
