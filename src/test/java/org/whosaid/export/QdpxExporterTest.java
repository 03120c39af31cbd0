package org.whosaid.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The REFI-QDA project stays well-formed XML whatever characters an imported article holds. */
class QdpxExporterTest {
    private static final String CONTROLS = "Before\u0001after \u001B[31mred\u001B[0m, form\u000Cfeed, "
            + "lone \uD800 surrogate and \uFFFF.";

    @Test
    void charactersXmlForbidsAreReplacedSoTheProjectParsesAndPositionsHold() throws Exception {
        ExportInput input = ExportFixtures.oneStatement("Title\u0001", CONTROLS, "Speaker\u001B", "note\u0008");
        Map<String, byte[]> zip = unzip(input);

        Document project = parser().parse(new ByteArrayInputStream(zip.get("project.qde")));

        Element content = (Element) project.getElementsByTagNameNS("*", "PlainTextContent").item(0);
        String text = content.getTextContent();
        assertThat(text).doesNotContain("\u0001", "\u001B", "\u000C", "\uFFFF").startsWith("Before\uFFFDafter");
        assertThat(text.codePointCount(0, text.length()))
                .as("one replacement per forbidden character, so selection positions still point at their text")
                .isEqualTo(CONTROLS.codePointCount(0, CONTROLS.length()));
        Element source = (Element) project.getElementsByTagNameNS("*", "TextSource").item(0);
        assertThat(source.getAttribute("name")).isEqualTo("Title\uFFFD");
        Element selection = (Element) project.getElementsByTagNameNS("*", "PlainTextSelection").item(0);
        assertThat(selection.getAttribute("name")).startsWith("Speaker\uFFFD: Before\uFFFDafter");
        assertThat(new String(zip.values().stream().filter(b -> b != zip.get("project.qde")).findFirst().orElseThrow(),
                StandardCharsets.UTF_8)).as("the plain-text source keeps the text as stored").contains("\u0001");
    }

    private static Map<String, byte[]> unzip(ExportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdpxExporter(Instant.parse("2024-02-08T00:00:00Z")).write(input, Map.of(), out);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static javax.xml.parsers.DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder();
    }
}
