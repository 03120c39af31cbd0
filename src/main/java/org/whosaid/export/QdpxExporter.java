package org.whosaid.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.whosaid.model.Article;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Stance;
import org.whosaid.model.Topic;
import org.whosaid.model.XmlText;

/**
 * A REFI-QDA project ({@code .qdpx}) for MAXQDA, NVivo, ATLAS.ti or QualCoder: a zip holding {@code project.qde}
 * (namespace {@code urn:QDA-XML:project:1.0}) and each article as {@code sources/<guid>.txt}. Articles are text
 * sources; statements are plain-text selections (code-point positions) coded with their party, stance, kind,
 * speaker, topic and tags; a statement's note is its selection's description.
 */
public final class QdpxExporter {
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    private final Instant created;

    public QdpxExporter() {
        this(Instant.now());
    }

    /** An exporter stamping everything with {@code created}, so that tests get the same file twice. */
    public QdpxExporter(Instant created) {
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Writes the project; {@code partyColours} (party name to #rrggbb) colours the party codes. */
    public void write(ExportInput input, Map<String, String> partyColours, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Codebook codebook = Codebook.of(input, partyColours);
        zip.putNextEntry(new ZipEntry("project.qde"));
        try {
            writeProject(input, codebook, zip);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        for (ExportInput.Entry entry : input.articles()) {
            zip.putNextEntry(new ZipEntry("sources/" + sourceGuid(entry.article()) + ".txt"));
            zip.write(entry.article().text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private void writeProject(ExportInput input, Codebook codebook, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        String user = guid("user:whosaid");
        String now = created.toString();
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("Project");
        x.writeDefaultNamespace(NAMESPACE);
        attribute(x, "name", "WhoSaid export");
        attribute(x, "origin", "WhoSaid");
        attribute(x, "creatingUserGUID", user);
        attribute(x, "creationDateTime", now);

        x.writeStartElement("Users");
        x.writeEmptyElement("User");
        attribute(x, "guid", user);
        attribute(x, "name", "WhoSaid");
        x.writeEndElement();

        x.writeStartElement("CodeBook");
        x.writeStartElement("Codes");
        for (Map.Entry<String, Map<String, String>> group : codebook.groups.entrySet()) {
            x.writeStartElement("Code");
            attribute(x, "guid", guid("group:" + group.getKey()));
            attribute(x, "name", group.getKey());
            attribute(x, "isCodable", "false");
            for (Map.Entry<String, String> code : group.getValue().entrySet()) {
                x.writeEmptyElement("Code");
                attribute(x, "guid", codebook.guid(group.getKey(), code.getKey()));
                attribute(x, "name", code.getKey());
                attribute(x, "isCodable", "true");
                if (code.getValue() != null) {
                    attribute(x, "color", code.getValue());
                }
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement("Sources");
        for (ExportInput.Entry entry : input.articles()) {
            Article article = entry.article();
            String sourceGuid = sourceGuid(article);
            x.writeStartElement("TextSource");
            attribute(x, "guid", sourceGuid);
            attribute(x, "name", article.title());
            attribute(x, "plainTextPath", "internal://" + sourceGuid + ".txt");
            attribute(x, "creatingUser", user);
            attribute(x, "creationDateTime", now);
            x.writeStartElement("Description");
            characters(x, ReportText.place(article));
            x.writeEndElement();
            x.writeStartElement("PlainTextContent");
            characters(x, article.text());
            x.writeEndElement();
            for (Statement s : entry.statements()) {
                writeSelection(x, article, s, codebook, user, now);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndDocument();
        x.flush();
    }

    private void writeSelection(XMLStreamWriter x, Article article, Statement s, Codebook codebook, String user,
                                String now) throws XMLStreamException {
        String text = article.text();
        x.writeStartElement("PlainTextSelection");
        attribute(x, "guid", guid("statement:" + article.contentHash() + ":" + s.id()));
        attribute(x, "name", (s.sourceName() == null ? "unattributed" : s.sourceName()) + ": " + shorten(s.text()));
        attribute(x, "startPosition", Integer.toString(CodePoints.toCodePoint(text, s.start())));
        attribute(x, "endPosition", Integer.toString(CodePoints.toCodePoint(text, s.end())));
        attribute(x, "creatingUser", user);
        attribute(x, "creationDateTime", now);
        if (s.note() != null && !s.note().isBlank()) {
            x.writeStartElement("Description");
            characters(x, s.note());
            x.writeEndElement();
        }
        for (String code : codebook.codesOf(s)) {
            x.writeStartElement("Coding");
            attribute(x, "guid", guid("coding:" + article.contentHash() + ":" + s.id() + ":" + code));
            attribute(x, "creatingUser", user);
            attribute(x, "creationDateTime", now);
            x.writeEmptyElement("CodeRef");
            attribute(x, "targetGUID", code);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** Every attribute and text goes through {@link XmlText}: an article may hold controls XML 1.0 forbids. */
    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, XmlText.clean(value));
    }

    private static void characters(XMLStreamWriter x, String text) throws XMLStreamException {
        x.writeCharacters(XmlText.clean(text));
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "\u2026";
    }

    static String sourceGuid(Article article) {
        return guid("article:" + article.contentHash());
    }

    /** A stable GUID for a name, so that exporting the same library twice gives the same identifiers. */
    static String guid(String name) {
        return UUID.nameUUIDFromBytes(("whosaid:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The code groups (Parties, Stances, Kinds, Speakers, Topics, Tags) with their codes and colours. */
    private static final class Codebook {
        static final String PARTIES = "Parties";
        static final String STANCES = "Stances";
        static final String KINDS = "Statement kinds";
        static final String SPEAKERS = "Speakers";
        static final String TOPICS = "Topics";
        static final String TAGS = "Tags";

        final Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        private final Map<String, String> topicLabels = new LinkedHashMap<>();

        static Codebook of(ExportInput input, Map<String, String> partyColours) {
            Codebook book = new Codebook();
            for (String group : List.of(PARTIES, STANCES, KINDS, SPEAKERS, TOPICS, TAGS)) {
                book.groups.put(group, new LinkedHashMap<>());
            }
            for (Topic t : input.topics()) {
                book.topicLabels.put(t.key(), t.label());
            }
            for (Stance stance : Stance.values()) {
                book.groups.get(STANCES).put(stance.code(), null);
            }
            for (StatementKind kind : StatementKind.values()) {
                book.groups.get(KINDS).put(kind.code(), null);
            }
            for (ExportInput.Entry entry : input.articles()) {
                for (Statement s : entry.statements()) {
                    if (s.party() != null) {
                        book.groups.get(PARTIES).putIfAbsent(s.party(), partyColours.get(s.party()));
                    }
                    if (s.sourceName() != null) {
                        book.groups.get(SPEAKERS).putIfAbsent(s.sourceName(), null);
                    }
                    if (s.topic() != null) {
                        book.groups.get(TOPICS).putIfAbsent(book.topicLabel(s.topic()), null);
                    }
                    s.tags().forEach(tag -> book.groups.get(TAGS).putIfAbsent(tag, null));
                }
            }
            book.groups.values().removeIf(Map::isEmpty);
            return book;
        }

        String topicLabel(String key) {
            return topicLabels.getOrDefault(key, key);
        }

        String guid(String group, String code) {
            return QdpxExporter.guid("code:" + group + ":" + code);
        }

        /** The GUIDs of every code a statement is coded with. */
        List<String> codesOf(Statement s) {
            List<String> codes = new ArrayList<>();
            if (s.party() != null) {
                codes.add(guid(PARTIES, s.party()));
            }
            codes.add(guid(STANCES, s.stance().code()));
            codes.add(guid(KINDS, s.kind().code()));
            if (s.sourceName() != null) {
                codes.add(guid(SPEAKERS, s.sourceName()));
            }
            if (s.topic() != null) {
                codes.add(guid(TOPICS, topicLabel(s.topic())));
            }
            s.tags().forEach(tag -> codes.add(guid(TAGS, tag)));
            return codes;
        }
    }
}
