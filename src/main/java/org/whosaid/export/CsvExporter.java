package org.whosaid.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.whosaid.model.Article;
import org.whosaid.model.Statement;

/**
 * One row per statement, RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read non-Latin text right.
 * Offsets are character (UTF-16) offsets into the stored article text, as in the JSON export.
 */
public final class CsvExporter {
    public static final String[] HEADER = {"article_id", "title", "outlet", "date", "kind", "source", "party",
            "stance", "topic", "tags", "note", "text", "start", "end"};
    /** Tags are joined with this inside their cell. */
    public static final String TAG_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    public void write(ExportInput input, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (ExportInput.Entry entry : input.articles()) {
            Article article = entry.article();
            for (Statement s : entry.statements()) {
                printer.printRecord(article.id(), article.title(), article.outlet(), article.published(),
                        s.kind().code(), s.sourceName(), s.party(), s.stance().code(), s.topic(),
                        String.join(TAG_SEPARATOR, s.tags()), s.note(), s.text(),
                        CodePoints.toCodePoint(article.text(), s.start()), CodePoints.toCodePoint(article.text(), s.end()));
            }
        }
        printer.flush();
    }
}
