package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.service.Services;

/** {@code import-annotations} merges a colleague's coding: it counts what changed and never erases or misplaces. */
class ImportAnnotationsCommandTest {
    private static final String TEXT = "Bridge reopens\n\n\u201cWe will rebuild the bridge by spring,\u201d the mayor"
            + " said on Sunday. The minister said the talks with the council would resume next week.\n";

    @TempDir
    Path dir;
    String mine;
    Path export;

    CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    Path file(String name, String content) throws Exception {
        return CliRun.input(dir, name, content);
    }

    @BeforeEach
    void libraryWithOneArticleAndItsExport() throws Exception {
        mine = dir.resolve("mine.db").toString();
        assertThat(run("--db", mine, "import", file("bridge.txt", TEXT).toString()).status()).isZero();
        export = dir.resolve("earlier.jsonld");
        assertThat(run("--db", mine, "export", "--format", "webanno", "--out", export.toString()).status()).isZero();
        assertThat(statements()).as("the engine found statements to share").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void importingAnExportOfTheSameLibraryChangesNothingAndSaysSo() {
        CliRun again = run("--db", mine, "import-annotations", export.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 added, 0 updated, " + statements().size() + " unchanged, 0 not placed");
    }

    @Test
    void anEarlierExportNeverErasesTheUsersOwnCoding() {
        Statement coded = statements().get(0);
        try (Services services = Services.open(Path.of(mine))) {
            services.annotation().editStatement(coded, "code", e -> e.withNote("my note")
                    .withTags(List.of("mine")).withStance(Stance.DENIES));
        }

        CliRun imported = run("--db", mine, "import-annotations", export.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        Statement after = statement(coded.id());
        assertThat(after.note()).isEqualTo("my note");
        assertThat(after.tags()).containsExactly("mine");
        assertThat(after.stance()).as("where both differ, the user's own wins").isEqualTo(Stance.DENIES);
        assertThat(imported.out()).contains("0 updated");

        CliRun theirs = run("--db", mine, "import-annotations", "--theirs", export.toString());
        assertThat(theirs.out()).as(theirs.err()).contains("1 updated");
        Statement taken = statement(coded.id());
        assertThat(taken.stance()).as("--theirs takes the file's value").isEqualTo(coded.stance());
        assertThat(taken.note()).as("what the file does not carry stays, even with --theirs").isEqualTo("my note");
        assertThat(taken.tags()).containsExactly("mine");
    }

    @Test
    void anAnnotationIsPlacedOnlyOnTheArticleItNames() throws Exception {
        String other = dir.resolve("other.db").toString();
        String sameSentences = "Council news\n\nIn other news from the council: " + TEXT.substring(TEXT.indexOf('\u201c'))
                + "Parking fees rise in May.\n";
        assertThat(run("--db", other, "import", file("council.txt", sameSentences).toString()).status()).isZero();
        int before = statements(other).size();

        CliRun imported = run("--db", other, "import-annotations", export.toString());

        assertThat(imported.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(imported.out()).contains("0 added, 0 updated");
        assertThat(imported.err()).contains("not placed: annotation 1").contains("no article here has");
        assertThat(statements(other)).hasSize(before).allMatch(s -> s.origin() == org.whosaid.model.Origin.PARSER);
    }

    @Test
    void oneBadValueStoresNothingAndTheMessageNamesTheAnnotationAndTheValue() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(export.toFile());
        JsonNode items = root.path("first").path("items");
        ((com.fasterxml.jackson.databind.node.ArrayNode) items.get(0).path("body")).addObject()
                .put("type", "TextualBody").put("purpose", "commenting").put("value", "the colleague's note");
        JsonNode last = items.get(items.size() - 1);
        for (JsonNode body : last.path("body")) {
            if ("stance".equals(body.path("whosaid:role").asText())) {
                ((ObjectNode) body).put("value", "maybe");
            }
        }
        Path bad = dir.resolve("bad.jsonld");
        json.writeValue(bad.toFile(), root);

        CliRun imported = run("--db", mine, "import-annotations", bad.toString());

        assertThat(imported.status()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(imported.err()).contains("annotation " + items.size()).contains(last.path("id").asText())
                .contains("\u201cmaybe\u201d");
        assertThat(statements()).as("the annotation before the bad one was not stored either")
                .noneMatch(s -> "the colleague's note".equals(s.note()));
    }

    private List<Statement> statements() {
        return statements(mine);
    }

    private static List<Statement> statements(String db) {
        try (Services services = Services.open(Path.of(db))) {
            return services.library().statements(1);
        }
    }

    private Statement statement(long id) {
        return statements().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }
}
