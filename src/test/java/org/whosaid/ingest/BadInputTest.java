package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whosaid.model.ArticleContent;

/** Every file of the bad-input corpus gives either the right text or a clear message naming the file. */
class BadInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private final ArticleReader reader = new ArticleReader();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "image-named.txt    | not text: looks like a PNG image",
            "image-named.html   | not text: looks like a PNG image",
            "archive-named.txt  | not text: looks like a ZIP archive",
            "archive-named.html | not text: looks like a ZIP archive",
            "pdf-named.html     | not text: looks like a PDF document",
            "control-bytes.txt  | not text: too many control characters",
            "empty.txt          | empty file",
            "empty.html         | empty file",
            "whitespace-only.txt| empty file",
            "title-only.txt     | no text below the title",
            "scripts-only.html  | HTML has no article text",
            "utf16le-broken.txt | bytes are not valid in any supported encoding (they look like UTF-16LE but are not)",
            "mojibake-utf8.txt  | the text is garbled: Russian or Ukrainian UTF-8 that was once read as Latin-1",
            "mojibake-cp1251.txt| the text is garbled: Russian or Ukrainian UTF-8 that was once read as windows-1251",
    })
    void refusesWithAMessageNamingTheFile(String name, String reason) {
        Path file = CORPUS.resolve(name);
        assertThatThrownBy(() -> reader.readFile(file))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((IngestException) e).input()).isEqualTo(file.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "cp1251-declared.html   | Россия заявила о взятии Торецка | «Бои в городе продолжаются», — сказал",
            "cp1251-undeclared.html | Россия заявила о взятии Торецка | Ёлка, щит, съезд, объём",
            "cp1251.txt             | Россия заявила о взятии Торецка | Министерство обороны России",
            "koi8r.txt              | Россия заявила о взятии Торецка | - сказал Игорь Конашенков. Съезд, объём, щит",
            "koi8u.txt              | Генштаб спростував захоплення Торецька | Їжак, ґанок, єдність",
            "cp1251-ukrainian.txt   | Генштаб спростував захоплення Торецька | Їжак, ґанок, єдність",
            "cp1252-declared.html   | Le ministère dément             | « Nous démentons catégoriquement »",
            "cp1252-undeclared.html | Le ministère dément             | Müller sagte: “Das ist Unsinn” – und ging.",
            "cp1252.txt             | Le ministère dément             | Señora Núñez paid €5 for a crème brûlée",
            "latin1-declared.html   | Le ministère dément             | a déclaré le porte-parole du ministère à Genève",
            "utf16le-bom.txt        | Kyiv denies fall of Toretsk     | “The fighting continues,” a Ukrainian officer said — naïve",
            "utf16be-bom.html       | Kyiv denies fall of Toretsk     | Киев и Москва: 東京 too.",
            "utf8-bom.txt           | Kyiv denies fall of Toretsk     | “The fighting continues,”",
            "utf16le-no-bom.txt     | Kyiv denies fall of Toretsk     | “The fighting continues,” a Ukrainian officer said",
            "utf16be-no-bom.html    | Kyiv denies fall of Toretsk     | denying the Russian claim.",
    })
    void decodesLegacyAndUnicodeEncodings(String name, String title, String fragment) throws IngestException {
        ArticleContent article = reader.readFile(CORPUS.resolve(name));
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).contains(fragment).doesNotContain("\uFFFD").doesNotStartWith("\uFEFF");
    }

    @Test
    void invalidUtf8KeepsTheGoodTextAndMarksTheBrokenBytes() throws IngestException {
        ArticleContent article = reader.readFile(CORPUS.resolve("invalid-utf8.txt"));
        assertThat(article.title()).isEqualTo("Café naïve résumé");
        assertThat(article.text()).contains("“no comment”", "Still UTF-8: Торецк.", "\uFFFD");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("fifty-megabytes.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.readFile(big))
                .isInstanceOf(IngestException.class)
                .hasMessage(big + ": larger than the 20 MB limit (50 MB)");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // only catches a hang; speed lives in bench
    void aFiveMegabyteSingleLineIsReadAsOneParagraph(@TempDir Path dir) throws IOException, IngestException {
        String sentence = "The ministry said the city had been taken, and Kyiv denied it. ";
        Path txt = dir.resolve("one-line.txt");
        Files.writeString(txt, sentence.repeat(5 * 1024 * 1024 / sentence.length()), StandardCharsets.UTF_8);
        ArticleContent article = new ArticleReader().readFile(txt);
        assertThat(article.text()).doesNotContain("\n").hasSizeGreaterThan(4_000_000).startsWith("The ministry said");

        Path html = dir.resolve("one-line.html");
        Files.writeString(html, "<html><body><p>" + sentence.repeat(5 * 1024 * 1024 / sentence.length()) + "</p></body></html>");
        assertThat(new ArticleReader().readFile(html).text()).hasSizeGreaterThan(4_000_000);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void tenThousandNestedElementsDoNotOverflowTheStack(@TempDir Path dir) throws IOException, IngestException {
        int depth = 10_000;
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < depth; i++) {
            html.append(i % 2 == 0 ? "<div>" : "<section>");
        }
        html.append("<p>The officer said the brigade still held the northern districts of the city, and the fighting went on.</p>");
        for (int i = depth - 1; i >= 0; i--) {
            html.append(i % 2 == 0 ? "</div>" : "</section>");
        }
        html.append("</body></html>");
        Path file = dir.resolve("deep.html");
        Files.writeString(file, html);
        assertThat(reader.readFile(file).text()).contains("the brigade still held the northern districts");
    }

    @Test
    void xmlEntitiesAreNeverExpanded() throws IngestException {
        ArticleContent article = reader.readFile(CORPUS.resolve("billion-laughs.html"));
        assertThat(article.text()).contains("Entities stay unexpanded").hasSizeLessThan(1000).doesNotContain("root:");
        Path xml = CORPUS.resolve("billion-laughs.xml");
        assertThatThrownBy(() -> reader.readFile(xml)).hasMessage(xml + ": unsupported file type (supported: .txt .md .html .htm .pdf)");
    }

    @Test
    void aMissingPathIsNamed() {
        Path missing = CORPUS.resolve("no-such-article.txt");
        assertThatThrownBy(() -> reader.expand(missing)).hasMessage(missing + ": no such file or folder");
        assertThatThrownBy(() -> reader.readFile(missing)).hasMessage(missing + ": no such file or folder");
    }

    @Test
    void oneBadFileDoesNotStopTheRestOfAFolder() throws IngestException {
        List<Path> files = reader.expand(CORPUS);
        assertThat(files).isSorted().allMatch(ArticleReader::isSupported).contains(CORPUS.resolve("cp1251.txt"));
        List<String> read = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path f : files) {
            try {
                reader.readFile(f);
                read.add(f.getFileName().toString());
            } catch (IngestException e) {
                failed.add(e.getMessage());
            }
        }
        assertThat(read).contains("cp1251.txt", "cp1252-undeclared.html", "utf16be-bom.html", "invalid-utf8.txt");
        assertThat(failed).allMatch(message -> message.startsWith(CORPUS.toString()));
        assertThat(read.size() + failed.size()).isEqualTo(files.size());
    }

    @Test
    void aSmallerLimitIsStatedInTheMessage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "x".repeat(3 * 1024 * 1024));
        ArticleReader small = new ArticleReader(2L * 1024 * 1024, Duration.ofSeconds(5));
        assertThatThrownBy(() -> small.readFile(file)).hasMessageEndingWith("larger than the 2 MB limit (3 MB)");
    }
}
