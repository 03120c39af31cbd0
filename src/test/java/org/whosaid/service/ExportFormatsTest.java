package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Every export format written from the Toretsk library and parsed back the way the tool reading it would. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class ExportFormatsTest {
    @Parameter
    OnBothDatabases.Target on;

    static final long DNIPRO = 3;
    static final long NORTHERN = 4;

    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Services.open(ToretskLibrary.create(on.location(dir, "library.db")));
        Statement trehubov = statement(DNIPRO, "The information about");
        services.annotation().editStatement(trehubov, "code",
                e -> e.withTags(List.of("front-line", "denial")).withNote("Compare with the ISW map, \"7 Feb\"; check"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void csvHasABomAHeaderAndOneRowPerStatementWhoseOffsetsPointAtItsText() throws IOException {
        byte[] bytes = export("csv", List.of());

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();

        assertThat(rows).hasSize(28);
        for (CSVRecord row : rows) {
            Article article = services.library().article(Long.parseLong(row.get("article_id"))).orElseThrow();
            // code-point offsets: the fixture has an emoji before some statements
            int start = article.text().offsetByCodePoints(0, Integer.parseInt(row.get("start")));
            int end = article.text().offsetByCodePoints(0, Integer.parseInt(row.get("end")));
            assertThat(article.text().substring(start, end)).isEqualTo(row.get("text"));
            assertThat(row.get("outlet")).isEqualTo(article.outlet());
        }
        CSVRecord cyrillic = rows.stream().filter(r -> r.get("text").contains("Торецьк")).findFirst().orElseThrow();
        assertThat(cyrillic.get("source")).isEqualTo("Russian Defence Ministry");
        assertThat(cyrillic.get("party")).isEqualTo("Russia");
        assertThat(cyrillic.get("topic")).isEqualTo(ToretskLibrary.TOPIC);
        CSVRecord coded = rows.stream().filter(r -> r.get("text").startsWith("The information about")).findFirst()
                .orElseThrow();
        assertThat(coded.get("tags")).isEqualTo("front-line; denial");
        assertThat(coded.get("note")).isEqualTo("Compare with the ISW map, \"7 Feb\"; check");
        assertThat(coded.get("stance")).isEqualTo("denies");
        assertThat(coded.get("kind")).isEqualTo("quote");
    }

    @Test
    void webAnnotationsCarrySelectorsInCodePointsAndBodiesForEveryField() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export("webanno", List.of(DNIPRO)));

        assertThat(root.get("@context").get(0).asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.get("type").asText()).isEqualTo("AnnotationCollection");
        JsonNode items = root.get("first").get("items");
        assertThat(items).hasSize(6);
        String text = services.library().article(DNIPRO).orElseThrow().text();
        for (JsonNode a : items) {
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            JsonNode quote = selector(a, "TextQuoteSelector");
            JsonNode position = selector(a, "TextPositionSelector");
            int start = text.offsetByCodePoints(0, position.get("start").asInt());
            int end = text.offsetByCodePoints(0, position.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(quote.get("exact").asText());
            assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asText());
            assertThat(text.substring(end)).startsWith(quote.get("suffix").asText());
        }
        JsonNode geolocated = annotationStartingWith(items, "Geolocated footage");
        int charStart = text.indexOf("Geolocated footage");
        assertThat(text.substring(0, charStart)).contains("\uD83D\uDEF0");
        assertThat(selector(geolocated, "TextPositionSelector").get("start").asInt())
                .as("the satellite emoji before it is one code point but two chars").isEqualTo(charStart - 1);

        JsonNode trehubov = annotationStartingWith(items, "The information about");
        assertThat(bodies(trehubov)).containsEntry("source", "Viktor Trehubov").containsEntry("party", "Ukraine")
                .containsEntry("stance", "denies").containsEntry("kind", "quote")
                .containsEntry("topic", ToretskLibrary.TOPIC)
                .containsEntry("note", "Compare with the ISW map, \"7 Feb\"; check");
        assertThat(trehubov.get("body").findValuesAsText("value")).contains("front-line", "denial");
    }

    @Test
    void aColleagueImportsTheAnnotationsIntoAnotherLibraryAsTheirOwn() throws IOException {
        String unsourced = "Moscow calls the town Dzerzhinsk";
        int at = text(DNIPRO).indexOf(unsourced);
        services.annotation().createStatement(DNIPRO, at, at + unsourced.length(), StatementKind.UNATTRIBUTED, null);
        byte[] shared = export("webanno", List.of());

        Path other = dir.resolve("colleague");
        try (Services colleague = on.services(other, "library.db")) {
            var contents = List.copyOf(ToretskLibrary.articles().keySet());
            var dnipro = contents.get(2);
            long dniproId = storeWithoutStatements(other, dnipro);
            var levant = contents.get(0);
            long levantEdited = storeWithoutStatements(other, new org.whosaid.model.ArticleContent(levant.title(),
                    null, levant.outlet(), null, levant.published(), "en", levant.text() + "\n(Updated with a map.)\n"));

            Path file = dir.resolve("shared.jsonld");
            java.nio.file.Files.write(file, shared);
            ExportService.AnnotationImport result = colleague.export().importWebAnnotations(file, false);

            assertThat(result.added()).isEqualTo(7 + 12);
            assertThat(result.notPlaced()).as("Moscow Courier and Northern Wire are not in this library").isEqualTo(10);
            List<Statement> restored = colleague.library().statements(dniproId);
            assertThat(restored).hasSize(7).allMatch(s -> s.origin() == org.whosaid.model.Origin.USER);
            Statement trehubov = restored.stream().filter(s -> s.text().startsWith("The information about"))
                    .findFirst().orElseThrow();
            assertThat(trehubov.sourceName()).isEqualTo("Viktor Trehubov");
            assertThat(trehubov.party()).isEqualTo("Ukraine");
            assertThat(trehubov.stance().code()).isEqualTo("denies");
            assertThat(trehubov.kind().code()).isEqualTo("quote");
            assertThat(trehubov.tags()).containsExactlyInAnyOrder("front-line", "denial");
            assertThat(trehubov.note()).isEqualTo("Compare with the ISW map, \"7 Feb\"; check");
            assertThat(restored).anyMatch(s -> s.text().equals(unsourced) && s.sourceId() == null);
            assertThat(colleague.compare().findTopic(ToretskLibrary.TOPIC).orElseThrow().label())
                    .isEqualTo(ToretskLibrary.TOPIC_LABEL);
            assertThat(colleague.library().statements(levantEdited)).as("placed by the quote selector").hasSize(12);

            ExportService.AnnotationImport again = colleague.export().importWebAnnotations(file, false);
            assertThat(again.added()).isZero();
            assertThat(again.updated()).as("nothing changed the second time").isZero();
            assertThat(again.unchanged()).isEqualTo(19);

            result.edit().undo();
            assertThat(colleague.library().statements(dniproId)).as("the import is undone as one step").isEmpty();
            assertThat(colleague.library().statements(levantEdited)).isEmpty();
            result.edit().redo();
            assertThat(colleague.library().statements(dniproId)).hasSize(7)
                    .anyMatch(s -> "Compare with the ISW map, \"7 Feb\"; check".equals(s.note()));
        }
    }

    @Test
    void takingTheirsIsUndoneAsOneStepBackToTheUsersOwnCoding() throws IOException {
        Path earlier = dir.resolve("earlier.jsonld");
        java.nio.file.Files.write(earlier, export("webanno", List.of()));
        Statement trehubov = statement(DNIPRO, "The information about");
        services.annotation().editStatement(trehubov, "recode", e -> e.withStance(org.whosaid.model.Stance.QUESTIONS)
                .withTags(List.of("mine")).withNote("my own note"));

        ExportService.AnnotationImport theirs = services.export().importWebAnnotations(earlier, true);

        assertThat(theirs.updated()).isEqualTo(1);
        Statement taken = statement(DNIPRO, "The information about");
        assertThat(taken.stance()).isEqualTo(trehubov.stance());
        assertThat(taken.tags()).containsExactlyInAnyOrder("mine", "front-line", "denial");
        assertThat(taken.note()).as("their note replaces mine only because --theirs").isEqualTo(trehubov.note());
        theirs.edit().undo();
        Statement undone = statement(DNIPRO, "The information about");
        assertThat(undone.stance()).isEqualTo(org.whosaid.model.Stance.QUESTIONS);
        assertThat(undone.tags()).containsExactly("mine");
        assertThat(undone.note()).isEqualTo("my own note");
        theirs.edit().redo();
        assertThat(statement(DNIPRO, "The information about").stance()).isEqualTo(trehubov.stance());
    }

    @Test
    void markdownReportPutsTheAccountsOfEachTopicSideBySide() throws IOException {
        String md = new String(export("markdown", List.of()), StandardCharsets.UTF_8);

        assertThat(md).contains("# WhoSaid report", "## Audit", "28 statements: 25 attributed, 3 unattributed",
                "### Does Russia control Toretsk? \u2014 conflict", "Conflict: asserted by Russia, Analysts; denied by Ukraine.",
                "| Russia | Ukraine | Analysts | Unattributed |", "| Russia | 9 | 3 |",
                "A drone strike on the city of Sumy", "### Ukraine\u2019s army says fighting for Toretsk goes on");
        assertThat(md).as("the share counts check-worthy claims only and says so")
                .contains("(89% attributed; only check-worthy factual claims count as unattributed)",
                        "Unattributed claims, most check-worthy first");
        String tableRow = md.lines().filter(l -> l.contains("has been liberated")).findFirst().orElseThrow();
        assertThat(tableRow.chars().filter(c -> c == '|').count() - countEscaped(tableRow)).isEqualTo(5);
    }

    @Test
    void jsonTopicsSayWhetherAndWhyTheirAccountsConflictAndWhichStatementsAssertAndDeny() throws IOException {
        JsonNode root = new ObjectMapper().readTree(export("json", List.of()));
        JsonNode toretsk = null;
        for (JsonNode t : root.get("topics")) {
            if (t.get("id").asText().equals("toretsk-control")) {
                toretsk = t;
            }
        }
        assertThat(toretsk).isNotNull();
        assertThat(toretsk.get("conflict").asBoolean()).isTrue();
        assertThat(toretsk.get("conflictSummary").asText()).isEqualTo("asserted by Russia, Analysts; denied by Ukraine");
        assertThat(toretsk.get("denying").get(0).asText()).isEqualTo("Ukraine");
        Set<Long> denies = new HashSet<>();
        toretsk.get("conflictStatements").get("denies").forEach(n -> denies.add(n.asLong()));
        Set<Long> inTopic = new HashSet<>();
        toretsk.get("statements").forEach(n -> inTopic.add(n.asLong()));
        assertThat(denies).isNotEmpty();
        assertThat(inTopic).containsAll(denies);
        for (long id : denies) {
            Statement s = services.library().summaries().stream().flatMap(a -> services.library().statements(a.id()).stream())
                    .filter(st -> st.id() == id).findFirst().orElseThrow();
            assertThat(s.stance()).isEqualTo(org.whosaid.model.Stance.DENIES);
            assertThat(s.party()).isEqualTo("Ukraine");
        }
    }

    @Test
    void htmlReportIsOnePageWithPartyColumns() throws IOException {
        String html = new String(export("html", List.of(DNIPRO, NORTHERN)), StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);

        assertThat(doc.title()).isEqualTo("WhoSaid report");
        assertThat(doc.select("h3").eachText()).anyMatch(h -> h.startsWith("Does Russia control Toretsk?")
                && h.contains("conflict"));
        assertThat(doc.select("table").get(1).select("th").eachText())
                .containsExactly("Russia", "Ukraine", "Analysts");
        assertThat(doc.select("q").eachText()).contains("Toretsk is not captured");
        assertThat(html).doesNotContain("Moscow Courier").contains("Торецьк");
    }

    @Test
    void qdpxIsAWellFormedRefiQdaProjectWhoseSelectionsPointAtTheirText() throws Exception {
        Map<String, byte[]> zip = unzip(export("qdpx", List.of()));

        assertThat(zip).containsKey("project.qde");
        Document project = secureParser().parse(new ByteArrayInputStream(zip.get("project.qde")));
        Element root = project.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("Project");
        assertThat(root.getNamespaceURI()).isEqualTo("urn:QDA-XML:project:1.0");

        Set<String> codes = new HashSet<>();
        Map<String, String> codeNames = new HashMap<>();
        NodeList codeNodes = project.getElementsByTagNameNS("*", "Code");
        for (int i = 0; i < codeNodes.getLength(); i++) {
            Element code = (Element) codeNodes.item(i);
            codes.add(code.getAttribute("guid"));
            codeNames.put(code.getAttribute("guid"), code.getAttribute("name"));
        }
        assertThat(codeNames.values()).contains("Parties", "Russia", "Ukraine", "Stances", "denies", "Speakers",
                "Viktor Trehubov", "Tags", "front-line", ToretskLibrary.TOPIC_LABEL);

        NodeList sources = project.getElementsByTagNameNS("*", "TextSource");
        assertThat(sources.getLength()).isEqualTo(4);
        int selections = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String guid = source.getAttribute("guid");
            assertThat(source.getAttribute("plainTextPath")).isEqualTo("internal://" + guid + ".txt");
            String text = new String(zip.get("sources/" + guid + ".txt"), StandardCharsets.UTF_8);
            assertThat(source.getElementsByTagNameNS("*", "PlainTextContent").item(0).getTextContent())
                    .isEqualTo(text);
            NodeList selected = source.getElementsByTagNameNS("*", "PlainTextSelection");
            for (int j = 0; j < selected.getLength(); j++) {
                Element sel = (Element) selected.item(j);
                int start = text.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("startPosition")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(sel.getAttribute("endPosition")));
                String covered = text.substring(start, end);
                assertThat(services.library().summaries().stream()
                        .flatMap(a -> services.library().statements(a.id()).stream()).map(Statement::text))
                        .contains(covered);
                NodeList refs = sel.getElementsByTagNameNS("*", "CodeRef");
                assertThat(refs.getLength()).isGreaterThanOrEqualTo(2);
                for (int k = 0; k < refs.getLength(); k++) {
                    assertThat(codes).contains(((Element) refs.item(k)).getAttribute("targetGUID"));
                }
                if (covered.startsWith("Geolocated footage")) {
                    assertThat(Integer.parseInt(sel.getAttribute("startPosition")))
                            .isEqualTo(text.indexOf("Geolocated footage") - 1);
                }
                selections++;
            }
        }
        assertThat(selections).isEqualTo(28);
    }

    @Test
    void refusesAnUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> export("docx", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csv").hasMessageContaining("qdpx");
    }

    private byte[] export(String format, List<Long> ids) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.export().write(format, ids, out);
        return out.toByteArray();
    }

    private String text(long articleId) {
        return services.library().article(articleId).orElseThrow().text();
    }

    private Statement statement(long articleId, String prefix) {
        return services.library().statements(articleId).stream().filter(s -> s.text().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    /** Stores an article in the colleague's library of folder {@code other}, behind their services. */
    private long storeWithoutStatements(Path other, org.whosaid.model.ArticleContent content) {
        try (org.whosaid.store.Database db = on.open(other, "library.db")) {
            return new org.whosaid.store.ArticleRepository(db).store(content, org.whosaid.model.Analysis.empty()).id();
        }
    }

    private static long countEscaped(String line) {
        return line.split("\\\\\\|", -1).length - 1;
    }

    private static JsonNode selector(JsonNode annotation, String type) {
        for (JsonNode s : annotation.get("target").get("selector")) {
            if (s.get("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static JsonNode annotationStartingWith(JsonNode items, String prefix) {
        for (JsonNode a : items) {
            if (selector(a, "TextQuoteSelector").get("exact").asText().startsWith(prefix)) {
                return a;
            }
        }
        throw new AssertionError("no annotation on " + prefix);
    }

    private static Map<String, String> bodies(JsonNode annotation) {
        Map<String, String> result = new HashMap<>();
        for (JsonNode b : annotation.get("body")) {
            result.put(b.get("whosaid:role").asText(), b.get("value").asText());
        }
        return result;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** A parser that refuses DTDs and external entities, as any code reading a file from elsewhere should. */
    private static DocumentBuilder secureParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
