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
 * Offsets are code-point offsets into the stored article text, as in the Web Annotation export. A text cell that a
 * spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * single quote, as OWASP recommends against CSV injection: an article can quote {@code =HYPERLINK(...)}.
 */
public final class CsvExporter {
    public static final String[] HEADER = {"article_id", "title", "outlet", "date", "kind", "source", "party",
            "stance", "topic", "tags", "note", "text", "start", "end"};
    /** Tags are joined with this inside their cell. */
    public static final String TAG_SEPARATOR = "; ";

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    public void write(ExportInput input, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (ExportInput.Entry entry : input.articles()) {
            Article article = entry.article();
            for (Statement s : entry.statements()) {
                printer.printRecord(article.id(), cell(article.title()), cell(article.outlet()),
                        cell(article.published()), s.kind().code(), cell(s.sourceName()), cell(s.party()),
                        s.stance().code(), cell(s.topic()), cell(String.join(TAG_SEPARATOR, s.tags())), cell(s.note()),
                        cell(s.text()),
                        CodePoints.toCodePoint(article.text(), s.start()), CodePoints.toCodePoint(article.text(), s.end()));
            }
        }
        printer.flush();
    }

    /** A text cell as a spreadsheet may safely read it: never the start of a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
