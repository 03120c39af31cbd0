package org.whosaid.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.whosaid.model.ArticleContent;

/** Reads a text PDF (a report) as an article: title, author and date from its metadata, its pages as paragraphs. */
final class PdfArticleReader {
    /** Marks where the stripper saw a paragraph start; a private-use character no real text carries. */
    private static final String PARAGRAPH = "\uE000";

    private PdfArticleReader() {
    }

    /**
     * @throws IngestException naming the input for a broken or password-protected PDF, or one without a text layer
     */
    static ArticleContent read(byte[] bytes, String input, String url) throws IngestException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new IngestException(input, "the PDF has no pages");
            }
            String text = PdfPages.text(pages(document));
            if (text.isBlank()) {
                throw new IngestException(input, "the PDF has no text layer (a scanned document?); "
                        + "run it through OCR first");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            String title = blankToNull(info.getTitle());
            if (title == null) {
                String first = text.lines().findFirst().orElse("");
                title = first.length() <= 150 ? first : null;
            }
            return new ArticleContent(title, blankToNull(info.getAuthor()), null, url, date(info), null, text);
        } catch (InvalidPasswordException e) {
            throw new IngestException(input, "the PDF is encrypted with a password; save an unprotected copy", e);
        } catch (IOException e) {
            throw new IngestException(input, "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static List<List<PdfPages.Line>> pages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart(PARAGRAPH);
        stripper.setParagraphEnd("");
        stripper.setPageStart("");
        stripper.setPageEnd("");
        List<List<PdfPages.Line>> pages = new ArrayList<>(document.getNumberOfPages());
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<PdfPages.Line> lines = new ArrayList<>();
            for (String raw : stripper.getText(document).split("\n")) {
                boolean starts = raw.startsWith(PARAGRAPH);
                String line = raw.replace(PARAGRAPH, "");
                if (!line.isBlank()) {
                    lines.add(new PdfPages.Line(line, starts));
                } else if (starts) {
                    // an empty paragraph start still separates what comes before from what follows
                    lines.add(new PdfPages.Line("", true));
                }
            }
            pages.add(mergeBlankStarts(lines));
        }
        return pages;
    }

    /** A blank line that started a paragraph passes the start on to the next line with text. */
    private static List<PdfPages.Line> mergeBlankStarts(List<PdfPages.Line> lines) {
        List<PdfPages.Line> out = new ArrayList<>(lines.size());
        boolean pending = false;
        for (PdfPages.Line line : lines) {
            if (line.text().isBlank()) {
                pending = true;
                continue;
            }
            out.add(pending && !line.startsParagraph() ? new PdfPages.Line(line.text(), true) : line);
            pending = false;
        }
        return out;
    }

    private static String date(PDDocumentInformation info) {
        Calendar when = info.getCreationDate() != null ? info.getCreationDate() : info.getModificationDate();
        if (when == null) {
            return null;
        }
        return when.toInstant().atZone(when.getTimeZone().toZoneId()).toLocalDate().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
