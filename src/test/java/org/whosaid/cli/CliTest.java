package org.whosaid.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, on a temporary database. */
class CliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    Path article(String name, String content) throws Exception {
        return CliRun.input(dir, name, content);
    }

    @Test
    void importingTwiceStoresOneArticleAndExportKeepsItsText() throws Exception {
        String body = "Kyiv denied on Friday that the city had fallen.\n\u201cWe hold our positions,\u201d an officer said.";
        Path file = article("a.txt", "A headline\n\n" + body.replace("\n", "\n\n") + "\n");
        String db = dir.resolve("w.db").toString();

        assertThat(run("--db", db, "import", file.getParent().toString()).status()).isZero();
        CliRun second = run("import", file.toString(), "--db", db);
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("already in the library");

        CliRun list = run("list", "--db", db);
        assertThat(list.out()).contains("A headline");
        assertThat(list.out().lines().count()).isEqualTo(2);

        Path json = dir.resolve("out.json");
        assertThat(run("--db", db, "export", "--format", "json", "--out", json.toString()).status()).isZero();
        JsonNode export = new ObjectMapper().readTree(json.toFile());
        assertThat(export.get("format").asText()).isEqualTo("whosaid-export/1");
        assertThat(export.get("articles")).hasSize(1);
        JsonNode a = export.get("articles").get(0);
        assertThat(a.get("title").asText()).isEqualTo("A headline");
        assertThat(a.get("text").asText()).isEqualTo(body);
        for (JsonNode s : a.get("statements")) {
            assertThat(body.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        }
    }

    @Test
    void exportedOffsetsCountCodePointsSoAnEmojiBeforeAStatementDoesNotShiftIt() throws Exception {
        String body = "\uD83D\uDEF0\uFE0F Satellite images appeared on Monday.\n\u201cThe town is ours,\u201d the commander said.";
        Path file = article("emoji.txt", "Emoji\n\n" + body.replace("\n", "\n\n") + "\n");
        String db = dir.resolve("emoji.db").toString();
        assertThat(run("--db", db, "import", file.toString()).status()).isZero();
        Path json = dir.resolve("emoji.json");
        assertThat(run("--db", db, "export", "--out", json.toString()).status()).isZero();
        JsonNode article = new ObjectMapper().readTree(json.toFile()).get("articles").get(0);
        String text = article.get("text").asText();
        int[] codePoints = text.codePoints().toArray();
        assertThat(article.get("statements")).isNotEmpty();
        for (JsonNode s : article.get("statements")) {
            String sliced = new String(codePoints, s.get("start").asInt(), s.get("end").asInt() - s.get("start").asInt());
            assertThat(sliced).isEqualTo(s.get("text").asText());
        }
    }

    @Test
    void badInputsAreNamedWithTheirReasonAndTheRestIsImported() throws Exception {
        Path good = article("good.txt", "Good\n\nOfficials said the bridge reopened on Monday.\n");
        Path empty = article("empty.txt", "");
        Path missing = dir.resolve("in/missing.txt");
        String db = dir.resolve("b.db").toString();

        CliRun run = run("--db", db, "import", empty.toString(), missing.toString(), good.toString());
        assertThat(run.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.err()).contains("empty.txt").contains("missing.txt");
        assertThat(run.out()).contains("1 imported");
        assertThat(run("--db", db, "list").out()).contains("Good");
    }

    @Test
    void aDatabaseThatIsNotSqliteIsReportedAndKept() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "not a database");
        CliRun run = run("--db", notDb.toString(), "list");
        assertThat(run.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.err()).contains("notes.db").contains("not an SQLite file");
        assertThat(Files.readString(notDb)).isEqualTo("not a database");
    }

    @Test
    void extractReadsEveryArticleBelowAFolderAsJsonLines() throws Exception {
        article("x1.txt", "First\n\nThe mayor said the bridge reopened.\n");
        article("sub/x2.md", "# Second\n\nPolice said two people were hurt.\n");
        CliRun run = run("extract", "--jsonl", dir.resolve("in").toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(l -> l.get("title").asText()).containsExactly("Second", "First");
        assertThat(lines.get(1).get("text").asText()).isEqualTo("The mayor said the bridge reopened.");
        assertThat(lines.get(1).get("file").asText()).endsWith("x1.txt");
        assertThat(lines.get(1).get("dateline").isNull()).isTrue();
    }

    @Test
    void extractGivesTheDatelineAndTheCorrectionsCutFromTheText() throws Exception {
        article("dated.txt", "Ferry sinks off the coast\n\nPORT ELIAS, Norland — The coast guard said a ferry sank.\n");
        article("corrected.html", "<html><head><title>Ferry fares change for residents</title></head><body><article>"
                + "<p>The ferry company said on Monday that fares would change next month for every passenger.</p>"
                + "<div class=\"corrections\"><p>The ferry is free for residents only, not for all passengers.</p></div>"
                + "</article></body></html>");
        CliRun run = run("extract", "--jsonl", dir.resolve("in").toString());
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, JsonNode> byFile = new java.util.HashMap<>();
        for (String line : run.out().strip().split("\n")) {
            JsonNode node = new ObjectMapper().readTree(line);
            byFile.put(Path.of(node.get("file").asText()).getFileName().toString(), node);
        }
        assertThat(byFile.get("dated.txt").get("dateline").asText()).isEqualTo("PORT ELIAS, Norland");
        assertThat(byFile.get("dated.txt").get("text").asText()).isEqualTo("The coast guard said a ferry sank.");
        assertThat(byFile.get("corrected.html").get("corrections").asText())
                .isEqualTo("The ferry is free for residents only, not for all passengers.");
        assertThat(byFile.get("corrected.html").get("text").asText()).doesNotContain("free for residents");
    }

    @Test
    void theEnvironmentVariableChoosesTheDatabaseWhenNoOptionIsGiven() throws Exception {
        CliRun before = run("list");
        assertThat(before.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(before.err()).contains("no library at").contains("env.db");
        assertThat(dir.resolve("env.db")).doesNotExist();
        Path file = article("e.txt", "E\n\nThe minister said the talks would resume.\n");
        assertThat(run("import", file.toString()).status()).isZero();
        assertThat(run("list").out()).contains("E");
        assertThat(dir.resolve("env.db")).exists();
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other)) {
            c.createStatement().execute("CREATE TABLE recipes (name TEXT)");
        }
        long size = Files.size(other);
        CliRun run = run("--db", other.toString(), "import", article("f.txt", "F\n\nHe said so.\n").toString());
        assertThat(run.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(run.err()).contains("another program").contains("recipes");
        assertThat(Files.size(other)).isEqualTo(size);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("import", "list", "show", "compare", "export", "extract", "eval", "bench",
                "screenshot", "import-annotations")) {
            CliRun help = run(command, "--help");
            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: whosaid " + command);
        }
        assertThat(run("help", "import").out()).contains("Usage: whosaid import");
    }

    @Test
    void unknownCommandsAndMissingArgumentsAreUsageErrors() throws Exception {
        assertThat(run("frobnicate").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("show").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", article("g.txt", "G\n\nShe said yes.\n").toString()).status()).isZero();
        CliRun show = run("show", "42");
        assertThat(show.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(show.err()).contains("no article with id 42");
    }

    @Test
    void everyExportFormatWritesAFileAndAnUnknownOneIsAUsageError() throws Exception {
        Path file = article("c.txt", "Title\n\n\u201cWe will rebuild,\u201d the mayor said on Sunday.\n");
        String db = dir.resolve("c.db").toString();
        assertThat(run("--db", db, "import", file.toString()).status()).isZero();
        for (String format : org.whosaid.service.ExportService.FORMATS) {
            Path out = dir.resolve("export." + format);
            assertThat(run("--db", db, "export", "--format", format, "--out", out.toString()).status())
                    .as(format).isZero();
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(Files.readString(dir.resolve("export.csv"), StandardCharsets.UTF_8)).contains("We will rebuild");
        assertThat(run("--db", db, "export", "--format", "pdf").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aColleaguesWebAnnotationsComeIntoAnotherLibraryHoldingTheSameArticle() throws Exception {
        Path file = article("d.txt", "Title\n\nThe mayor said the bridge would reopen on Monday.\n");
        String mine = dir.resolve("mine.db").toString();
        String theirs = dir.resolve("theirs.db").toString();
        assertThat(run("--db", theirs, "import", file.toString()).status()).isZero();
        assertThat(run("--db", mine, "import", file.toString()).status()).isZero();
        Path shared = dir.resolve("shared.jsonld");
        assertThat(run("--db", theirs, "export", "--format", "webanno", "--out", shared.toString()).status()).isZero();

        CliRun imported = run("--db", mine, "import-annotations", shared.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).as("the same engine found the same statements")
                .contains("0 added, 0 updated, ").contains(" unchanged, 0 not placed");

        CliRun broken = run("--db", mine, "import-annotations", file.toString());
        assertThat(broken.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(broken.err()).contains("d.txt").contains("nothing imported");
    }

    @Test
    void importDetectsTheLanguageAndSaysWhenTheParserDoesNotReadIt() throws Exception {
        String db = dir.resolve("lang.db").toString();
        Path ru = article("ru.txt", "Бои у Торецка\n\nВ Минобороны России заявили, что подразделения заняли выгодные рубежи.\n");
        Path de = article("de.txt", "Kämpfe\n\nDas Ministerium teilte mit, dass die Stadt nicht eingenommen wurde und die Lage ist ruhig.\n");
        CliRun imported = run("--db", db, "import", ru.toString(), de.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("Language: German \u2014 the parser does not read it");
        assertThat(imported.out()).doesNotContain("Language: Russian");
        assertThat(run("--db", db, "show", "1").out()).contains("Russian Defence Ministry");
    }
}
