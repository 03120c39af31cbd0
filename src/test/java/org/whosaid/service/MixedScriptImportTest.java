package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.analysis.AttributionEngine;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.StatementRepository;
import org.whosaid.testing.OnBothDatabases;

/** Bad-input files imported end to end: Russian with Latin look-alike letters, and Russian in Latin letters. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class MixedScriptImportTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void russianWithLatinLookAlikesIsStoredMendedAndItsStatementsAreFound() {
        try (Database db = on.open(dir, "m.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            ImportOutcome outcome = imports(articles).importAll(List.of(CORPUS.resolve("mixed-script.txt").toString()),
                    Progress.NONE).outcomes().get(0);

            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            assertThat(outcome.reason()).isNull();
            Article stored = articles.find(outcome.articleId()).orElseThrow();
            assertThat(stored.text()).contains("Минобороны России заявило", "сказал", "По словам Пескова")
                    .doesNotContainPattern("[A-Za-z]");
            List<Statement> statements = new StatementRepository(db).ofArticle(outcome.articleId());
            assertThat(statements).extracting(Statement::sourceName).contains("Russian Defence Ministry");
            assertThat(statements).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void russianInLatinLettersIsImportedWithANoteSayingToImportTheCyrillicOriginal() {
        try (Database db = on.open(dir, "t.db")) {
            ArticleRepository articles = new ArticleRepository(db);
            Path file = CORPUS.resolve("transliterated-russian.txt");
            ImportOutcome outcome = imports(articles).importAll(List.of(file.toString()), Progress.NONE).outcomes().get(0);

            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            assertThat(outcome.describe()).startsWith("imported " + file)
                    .contains("Russian in Latin letters (transliteration)", "parser does not read it",
                            "import the Cyrillic original");
            assertThat(articles.find(outcome.articleId()).orElseThrow().language()).isEqualTo("ru-Latn");
            assertThat(new StatementRepository(db).ofArticle(outcome.articleId())).isEmpty();
        }
    }

    private static ImportService imports(ArticleRepository articles) {
        AttributionEngine engine = AttributionEngine.withLexicons(null);
        return new ImportService(new ArticleReader(), engine::analyzeArticle, articles);
    }
}
