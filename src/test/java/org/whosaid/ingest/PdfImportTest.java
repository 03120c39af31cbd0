package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.TestPdfs;

/** PDF reports built in the test: metadata, paragraphs across lines and pages, furniture dropped, bad PDFs refused. */
class PdfImportTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    static TestPdfs assessment() {
        return new TestPdfs()
                .info("Russian Offensive Campaign Assessment, February 7", "Institute for the Study of War", 2025, 2, 7)
                .header("Institute for the Study of War \u00b7 Russian Offensive Campaign Assessment")
                .footer("Page %d of %n")
                .page("Russian forces advanced near Toretsk",
                        "",
                        "Russian forces conducted offensive operations near Toretsk on",
                        "February 7 and advanced in the north of the town, accord-",
                        "ing to geolocated footage. The Russian Ministry of Defence",
                        "claimed that its forces had seized the town.",
                        "",
                        "Ukrainian officials denied the claim. A spokesperson for the",
                        "Khortytsia group of forces said that the fighting continues in")
                .page("the town and that Ukrainian forces hold its western part.",
                        "",
                        "A well-known milblogger claimed that Russian forces crossed the",
                        "Russian-",
                        "Ukrainian border near Sumy, a claim that a second well-",
                        "known milblogger contradicted.")
                .page("Key takeaways",
                        "",
                        "Russian forces continue to attack in the Pokrovsk direction, but",
                        "ISW has not observed confirmation of advances there.");
    }

    @Test
    void readsAReportWithItsMetadataAndWholeParagraphs() throws Exception {
        Path pdf = Files.write(dir.resolve("isw.pdf"), assessment().build());
        ArticleContent a = reader.readFile(pdf);
        assertThat(a.title()).isEqualTo("Russian Offensive Campaign Assessment, February 7");
        assertThat(a.byline()).isEqualTo("Institute for the Study of War");
        assertThat(a.published()).isEqualTo("2025-02-07");
        assertThat(a.url()).isNull();
        assertThat(a.text()).isEqualTo("""
                Russian forces advanced near Toretsk
                Russian forces conducted offensive operations near Toretsk on February 7 and advanced in the north \
                of the town, according to geolocated footage. The Russian Ministry of Defence claimed that its forces \
                had seized the town.
                Ukrainian officials denied the claim. A spokesperson for the Khortytsia group of forces said that the \
                fighting continues in the town and that Ukrainian forces hold its western part.
                A well-known milblogger claimed that Russian forces crossed the Russian-Ukrainian border near Sumy, \
                a claim that a second well-known milblogger contradicted.
                Key takeaways
                Russian forces continue to attack in the Pokrovsk direction, but ISW has not observed confirmation \
                of advances there.""");
    }

    @Test
    void bareNumbersAtTheFootAndAFileWithoutMetadataAreHandled() throws Exception {
        byte[] bytes = new TestPdfs().footer("%d")
                .page("OCHA Flash Update", "", "Shelling damaged a school in Kharkiv. No casualties were", "reported.")
                .page("Humanitarian partners delivered water to 2,000 people.")
                .build();
        ArticleContent a = reader.readFile(Files.write(dir.resolve("ocha.pdf"), bytes));
        assertThat(a.title()).isEqualTo("OCHA Flash Update");
        assertThat(a.byline()).isNull();
        assertThat(a.text()).isEqualTo("OCHA Flash Update\nShelling damaged a school in Kharkiv. No casualties were"
                + " reported.\nHumanitarian partners delivered water to 2,000 people.");
    }

    @Test
    void aLineThatRecursOnlyOnceIsKept() throws Exception {
        byte[] bytes = new TestPdfs().page("Summary", "", "The ministry said the strike hit a depot.")
                .page("Summary", "", "Officials said the strike hit a school.").page("Annex", "", "Figures follow.").build();
        ArticleContent a = reader.readFile(Files.write(dir.resolve("two.pdf"), bytes));
        // "Summary" opens two of three pages: that is a running header and goes; "Annex" opens one and stays.
        assertThat(a.text()).isEqualTo("The ministry said the strike hit a depot.\nOfficials said the strike hit a school."
                + "\nAnnex\nFigures follow.");
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedNamingTheFile() throws Exception {
        Path pdf = Files.write(dir.resolve("scan.pdf"), new TestPdfs().scanned().page().page().build());
        assertThatThrownBy(() -> reader.readFile(pdf)).isInstanceOf(IngestException.class)
                .hasMessage(pdf + ": the PDF has no text layer (a scanned document?); run it through OCR first");
    }

    @Test
    void anEncryptedPdfIsRefusedNamingTheFile() throws Exception {
        Path pdf = Files.write(dir.resolve("locked.pdf"), assessment().password("secret").build());
        assertThatThrownBy(() -> reader.readFile(pdf))
                .hasMessage(pdf + ": the PDF is encrypted with a password; save an unprotected copy");
    }

    @Test
    void aBrokenPdfIsRefusedNamingTheFile() throws Exception {
        Path pdf = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a PDF\n", StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.readFile(pdf)).hasMessageStartingWith(pdf + ": not a readable PDF (");
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThatThrownBy(() -> reader.readFile(empty)).hasMessageStartingWith(empty + ": not a readable PDF (");
    }

    @Test
    void aFolderImportPicksUpPdfs() throws Exception {
        Files.write(dir.resolve("isw.pdf"), assessment().build());
        assertThat(reader.expand(dir)).containsExactly(dir.resolve("isw.pdf"));
    }
}
