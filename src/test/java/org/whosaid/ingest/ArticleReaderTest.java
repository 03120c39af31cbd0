package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleContent;

/** Folders, plain text and markdown: what a file becomes. */
class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void expandsAFolderToItsSupportedFilesSortedAndRecursively(@TempDir Path dir) throws IOException, IngestException {
        Files.createDirectories(dir.resolve("b/nested"));
        for (String name : new String[] {"z.txt", "a.md", "b/page.HTML", "b/nested/old.htm", "notes.docx", "b/image.png"}) {
            Files.writeString(dir.resolve(name), "x");
        }
        assertThat(reader.expand(dir)).containsExactly(dir.resolve("a.md"), dir.resolve("b/nested/old.htm"),
                dir.resolve("b/page.HTML"), dir.resolve("z.txt"));
        assertThat(reader.expand(dir.resolve("z.txt"))).containsExactly(dir.resolve("z.txt"));
    }

    @Test
    void refusesUnsupportedFilesAndFolders(@TempDir Path dir) throws IOException {
        Path docx = Files.writeString(dir.resolve("report.docx"), "x");
        assertThatThrownBy(() -> reader.readFile(docx))
                .hasMessage(docx + ": unsupported file type (supported: .txt .md .html .htm .pdf)");
        assertThatThrownBy(() -> reader.readFile(dir)).hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void readsTheSampleArticle() throws IngestException {
        ArticleContent a = reader.readFile(Path.of("articles/toretsk.txt"));
        assertThat(a.title()).startsWith("Russia takes control of a strategic Ukrainian city");
        assertThat(a.text()).startsWith("Russia said Friday its forces had taken control")
                .doesNotContain("\n\n", "\r").contains("“We always appreciate working with President Trump…");
        assertThat(a.text().lines()).allMatch(line -> line.equals(line.strip()) && !line.isEmpty());
    }

    @Test
    void theFirstLineIsTheTitleOnlyWhenABlankLineFollows(@TempDir Path dir) throws IOException, IngestException {
        Path titled = Files.writeString(dir.resolve("t.txt"), "\n\nHeadline here\r\n\r\nFirst   paragraph.\r\nSecond.\r\n");
        ArticleContent a = reader.readFile(titled);
        assertThat(a.title()).isEqualTo("Headline here");
        assertThat(a.text()).isEqualTo("First paragraph.\nSecond.");

        Path untitled = Files.writeString(dir.resolve("port-strike_notes.txt"), "One line.\nAnother line.\n\nA third.");
        ArticleContent b = reader.readFile(untitled);
        assertThat(b.title()).isEqualTo("Port strike notes");
        assertThat(b.text()).isEqualTo("One line.\nAnother line.\nA third.");

        Path numbered = Files.writeString(dir.resolve("0001.txt"), "One line.\nAnother line.\n\nA third.");
        assertThat(reader.readFile(numbered).title()).isEqualTo(ArticleContent.UNTITLED);
    }

    @Test
    void aStorysOpeningSentenceIsNeverTakenForItsTitle(@TempDir Path dir) throws IOException, IngestException {
        // a file that starts with the story: the lead sentence stays in the text, where its claim is read
        Path lead = Files.writeString(dir.resolve("sake-fighting.txt"), "Rebels in the hills above the lake said on"
                + " Sunday they had taken the market town of Nyaruzi, a claim the army denied.\n\n\"We hold the town,\""
                + " a rebel spokesman said.\n");
        ArticleContent a = reader.readFile(lead);
        assertThat(a.title()).isEqualTo("Sake fighting");
        assertThat(a.text()).startsWith("Rebels in the hills above the lake said on Sunday");

        Path dated = Files.writeString(dir.resolve("d.txt"), "KALMAR, Norland — Troops said they held the bridge.\n\n"
                + "A second paragraph.\n");
        assertThat(reader.readFile(dated).text()).startsWith("Troops said they held the bridge.");

        Path headline = Files.writeString(dir.resolve("h.txt"), "Is the truce holding?\n\nThe first paragraph.\n");
        assertThat(reader.readFile(headline).title()).isEqualTo("Is the truce holding?");
    }

    @Test
    void aWireDatelineOpeningAPlainTextStoryIsKeptAsMetadata(@TempDir Path dir) throws IOException, IngestException {
        Path story = Files.writeString(dir.resolve("m.txt"), "Junta says it repelled an attack\n\nSEGOU, Mali (Reuters) -"
                + " The army said on Tuesday it had repelled an attack on a camp.\n\nA second paragraph.\n");
        ArticleContent a = reader.readFile(story);
        assertThat(a.title()).isEqualTo("Junta says it repelled an attack");
        assertThat(a.dateline()).isEqualTo("SEGOU, Mali (Reuters)");
        assertThat(a.text()).isEqualTo("The army said on Tuesday it had repelled an attack on a camp.\nA second paragraph.");

        Path withDate = Files.writeString(dir.resolve("k.txt"), "Talks resume\n\nKALMAR, Dec 2 (Reuters) — Delegates met.\n");
        assertThat(reader.readFile(withDate).dateline()).isEqualTo("KALMAR, Dec 2 (Reuters)");

        Path md = Files.writeString(dir.resolve("n.md"), "# Talks resume\n\nNAIROBI — Delegates met again.\n");
        ArticleContent b = reader.readFile(md);
        assertThat(b.dateline()).isEqualTo("NAIROBI");
        assertThat(b.text()).isEqualTo("Delegates met again.");
    }

    @Test
    void theFirstParagraphUnderFrontMatterIsTheStoryUnlessItRepeatsTheTitle(@TempDir Path dir)
            throws IOException, IngestException {
        Path md = Files.writeString(dir.resolve("fm.md"), "---\ntitle: Ferry sinks off the coast\n---\n\n"
                + "The coast guard said on Monday that a ferry had sunk.\n\nA second paragraph.\n");
        assertThat(reader.readFile(md).text()).isEqualTo("The coast guard said on Monday that a ferry had sunk.\n"
                + "A second paragraph.");
        Path repeated = Files.writeString(dir.resolve("fr.md"), "---\ntitle: Ferry sinks off the coast\n---\n\n"
                + "# Ferry sinks off the coast\n\nThe coast guard said so.\n");
        assertThat(reader.readFile(repeated).text()).isEqualTo("The coast guard said so.");
    }

    @Test
    void joinsHardWrappedParagraphs(@TempDir Path dir) throws IOException, IngestException {
        Path wrapped = Files.writeString(dir.resolve("w.txt"), """
                Title

                The Russian Defence Ministry said on Friday that its forces had
                taken full control of the town, a claim that officials in Kyiv
                denied within the hour.

                A second paragraph that fits on one line.
                """);
        assertThat(reader.readFile(wrapped).text()).isEqualTo("The Russian Defence Ministry said on Friday that its forces had "
                + "taken full control of the town, a claim that officials in Kyiv denied within the hour.\n"
                + "A second paragraph that fits on one line.");
    }

    @Test
    void stripsMarkdownLightly(@TempDir Path dir) throws IOException, IngestException {
        Path md = Files.writeString(dir.resolve("a.md"), """
                # Kyiv *denies* the claim

                ## What happened

                The **ministry** said it had taken the town, [reports say](https://example.org) and _officials_ agreed.
                ![a map](map.png)

                > “Fighting continues,” the officer said.

                - first point
                - second point with `code`

                ```
                ignored code block
                ```

                ---
                Last line with snake_case_name and 2*3*4 kept.
                """);
        ArticleContent a = reader.readFile(md);
        assertThat(a.title()).isEqualTo("Kyiv denies the claim");
        assertThat(a.text()).isEqualTo("""
                What happened
                The ministry said it had taken the town, reports say and officials agreed.
                “Fighting continues,” the officer said.
                first point
                second point with code
                Last line with snake_case_name and 2*3*4 kept.""");
    }

    @Test
    void readsMarkdownFrontMatter(@TempDir Path dir) throws IOException, IngestException {
        Path md = Files.writeString(dir.resolve("f.md"), """
                ---
                title: "Toretsk: the claims"
                author: Jane Reporter
                date: 2025-02-07
                ---
                Body paragraph.
                """);
        ArticleContent a = reader.readFile(md);
        assertThat(a.title()).isEqualTo("Toretsk: the claims");
        assertThat(a.byline()).isEqualTo("Jane Reporter");
        assertThat(a.published()).isEqualTo("2025-02-07");
        assertThat(a.text()).isEqualTo("Body paragraph.");
    }

    @Test
    void readsHtmlBytesForTheExtractCommand() throws IngestException {
        byte[] page = "<html><head><title>A headline that is long enough</title></head><body><p>Body text of the article, with a comma.</p></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ArticleContent a = reader.readHtml(page, "saved.html", null);
        assertThat(a.title()).isEqualTo("A headline that is long enough");
        assertThat(a.text()).isEqualTo("Body text of the article, with a comma.");
        assertThatThrownBy(() -> reader.readHtml(new byte[0], "saved.html", null)).hasMessage("saved.html: empty file");
    }
}
