package org.whosaid.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds PDFs in tests with PDFBox: pages of lines set in Helvetica, a blank line ({@code ""}) for a paragraph gap,
 * an optional running header and a footer ({@code %d} is the page number, {@code %n} the page count).
 */
public final class TestPdfs {
    private final List<List<String>> pages = new ArrayList<>();
    private String header;
    private String footer;
    private String title;
    private String author;
    private Calendar created;
    private String userPassword;
    private boolean scanned;

    public TestPdfs header(String text) {
        header = text;
        return this;
    }

    public TestPdfs footer(String pattern) {
        footer = pattern;
        return this;
    }

    public TestPdfs info(String title, String author, int year, int month, int day) {
        this.title = title;
        this.author = author;
        created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(year, month - 1, day, 9, 30);
        return this;
    }

    public TestPdfs page(String... lines) {
        pages.add(List.of(lines));
        return this;
    }

    /** Every page an image only, as a scanner makes it: no text layer. */
    public TestPdfs scanned() {
        scanned = true;
        return this;
    }

    public TestPdfs password(String user) {
        userPassword = user;
        return this;
    }

    public byte[] build() throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    if (scanned) {
                        BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                        content.drawImage(xobject, 50, 100, 400, 560);
                        continue;
                    }
                    if (header != null) {
                        line(content, font, 9, 60, 800, header);
                    }
                    float y = 760;
                    for (String line : pages.get(p)) {
                        if (line.isEmpty()) {
                            y -= 18;
                            continue;
                        }
                        line(content, font, 11, 60, y, line);
                        y -= 14;
                    }
                    if (footer != null) {
                        line(content, font, 9, 280, 30, footer.replace("%d", String.valueOf(p + 1))
                                .replace("%n", String.valueOf(pages.size())));
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreationDate(created);
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
