package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.TelegramExports;

/** Telegram Desktop exports, JSON and HTML: posts, formatting, forwards, replies, albums, media-only posts. */
class TelegramExportTest {
    private static final Path JSON = Path.of("src/test/resources/telegram/json/result.json");
    private static final Path HTML = Path.of("src/test/resources/telegram/html");

    @TempDir
    Path dir;

    private static List<ArticleContent> read(Path path, String username, TelegramExport.Counts[] counts) throws IngestException {
        List<ArticleContent> posts = new ArrayList<>();
        TelegramExport.Format format = TelegramExport.detect(path).orElseThrow();
        counts[0] = TelegramExport.read(path, format, username, (post, fraction) -> posts.add(post));
        return posts;
    }

    @Test
    void recognisesBothKindsOfExportAndNothingElse() throws Exception {
        assertThat(TelegramExport.detect(JSON)).contains(TelegramExport.Format.JSON);
        assertThat(TelegramExport.detect(JSON.getParent())).contains(TelegramExport.Format.JSON);
        assertThat(TelegramExport.detect(HTML)).contains(TelegramExport.Format.HTML);
        assertThat(TelegramExport.detect(Path.of("src/test/resources/compare"))).isEmpty();
        assertThat(TelegramExport.detect(Path.of("articles/toretsk.txt"))).isEmpty();
    }

    @Test
    void eachPostOfTheJsonExportBecomesAnArticle() throws Exception {
        TelegramExport.Counts[] counts = new TelegramExport.Counts[1];
        List<ArticleContent> posts = read(JSON, "dnipro_frontline", counts);
        assertThat(posts).extracting(ArticleContent::url).containsExactly("https://t.me/dnipro_frontline/2",
                "https://t.me/dnipro_frontline/3", "https://t.me/dnipro_frontline/4", "https://t.me/dnipro_frontline/5",
                "https://t.me/dnipro_frontline/9");
        assertThat(posts).extracting(ArticleContent::outlet).containsOnly("Dnipro Frontline");
        assertThat(posts.get(0).published()).isEqualTo("2025-02-07T10:00:00Z");
        assertThat(posts.get(0).title()).isEqualTo("The General Staff said Ukrainian forces repelled 42 attacks near Pokrovsk overnight.");
        ArticleContent formatted = posts.get(1);
        assertThat(formatted.text()).isEqualTo("Toretsk. The Russian Defence Ministry claimed its troops had taken the town,"
                + " according to TASS (https://tass.com/defense/1).\nA spokesman for the Khortytsia group denied it:"
                + " \"The fighting continues.\" More at https://example.org/toretsk");
        assertThat(formatted.byline()).isEqualTo("Olena K.");
        assertThat(posts.get(2).byline()).isEqualTo("forwarded from Минобороны России");
        assertThat(posts.get(3).text()).isEqualTo("Photos from Kostiantynivka after the strike, the city administration said.");
        assertThat(posts.get(4).byline()).isEqualTo("in reply to https://t.me/dnipro_frontline/4");
        assertThat(counts[0].posts()).isEqualTo(5);
        assertThat(counts[0].albumParts()).isEqualTo(2);
        assertThat(counts[0].mediaOnly()).isEqualTo(1);
        assertThat(counts[0].service()).isEqualTo(1);
    }

    @Test
    void withoutAUsernameJsonPostsLinkByChannelId() throws Exception {
        List<ArticleContent> posts = read(JSON, null, new TelegramExport.Counts[1]);
        assertThat(posts.get(0).url()).isEqualTo("https://t.me/c/1712345678/2");
        assertThat(posts.get(4).byline()).isEqualTo("in reply to https://t.me/c/1712345678/4");
    }

    @Test
    void theHtmlExportReadsLikeTheJsonOne() throws Exception {
        TelegramExport.Counts[] counts = new TelegramExport.Counts[1];
        List<ArticleContent> html = read(HTML, "dnipro_frontline", counts);
        List<ArticleContent> json = read(JSON, "dnipro_frontline", new TelegramExport.Counts[1]);
        assertThat(html).extracting(ArticleContent::url).containsExactlyElementsOf(json.stream().map(ArticleContent::url).toList());
        assertThat(html).extracting(ArticleContent::text).containsExactlyElementsOf(json.stream().map(ArticleContent::text).toList());
        assertThat(html).extracting(ArticleContent::byline).containsExactlyElementsOf(json.stream().map(ArticleContent::byline).toList());
        assertThat(html).extracting(ArticleContent::published).containsExactlyElementsOf(json.stream().map(ArticleContent::published).toList());
        assertThat(html).extracting(ArticleContent::outlet).containsOnly("Dnipro Frontline");
        assertThat(counts[0].albumParts()).isEqualTo(1);
        assertThat(counts[0].mediaOnly()).isEqualTo(1);
        assertThat(counts[0].service()).isEqualTo(1);
        List<ArticleContent> unlinked = read(HTML, null, new TelegramExport.Counts[1]);
        assertThat(unlinked).extracting(ArticleContent::url).containsOnlyNulls();
        assertThat(unlinked.get(4).byline()).isEqualTo("in reply to post 4");
    }

    @Test
    void aGeneratedExportOfHundredsOfPostsStreamsWithEveryPostAccountedFor() throws Exception {
        Path file = dir.resolve("result.json");
        TelegramExports.Shape shape = TelegramExports.write(file, 400);
        TelegramExport.Counts[] counts = new TelegramExport.Counts[1];
        List<Double> fractions = new ArrayList<>();
        List<ArticleContent> posts = new ArrayList<>();
        counts[0] = TelegramExport.read(file, TelegramExport.Format.JSON, null, (post, fraction) -> {
            fractions.add(fraction);
            return posts.add(post);
        });
        assertThat(posts).hasSize(shape.posts);
        assertThat(counts[0].albumParts()).isEqualTo(shape.albumParts);
        assertThat(counts[0].mediaOnly()).isEqualTo(shape.mediaOnly);
        assertThat(posts.stream().filter(p -> p.byline() != null && p.byline().startsWith("forwarded from"))).hasSize(shape.forwards);
        assertThat(posts.stream().filter(p -> p.byline() != null && p.byline().startsWith("in reply to"))).hasSize(shape.replies);
        assertThat(posts).extracting(ArticleContent::url).doesNotHaveDuplicates();
        assertThat(fractions).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
    }

    @Test
    void theSinkCanStopTheRead() throws Exception {
        Path file = dir.resolve("result.json");
        TelegramExports.write(file, 100);
        List<ArticleContent> posts = new ArrayList<>();
        TelegramExport.read(file, TelegramExport.Format.JSON, null, (post, fraction) -> posts.add(post) && posts.size() < 10);
        assertThat(posts).hasSize(10);
    }

    @Test
    void badExportsAreRefusedNamingTheFileAndPostsBeforeTheFaultAreKept() throws Exception {
        Path broken = dir.resolve("result.json");
        String whole = Files.readString(JSON);
        Files.writeString(broken, whole.substring(0, whole.indexOf("\"id\": 5")));
        List<ArticleContent> posts = new ArrayList<>();
        assertThatThrownBy(() -> TelegramExport.read(broken, TelegramExport.Format.JSON, null, (p, f) -> posts.add(p)))
                .isInstanceOf(IngestException.class).hasMessageStartingWith(broken + ": broken JSON at line");
        assertThat(posts).hasSize(3);
        Files.writeString(broken, "{\"about\": \"not telegram\"}");
        assertThatThrownBy(() -> TelegramExport.read(broken, TelegramExport.Format.JSON, null, (p, f) -> true))
                .hasMessage(broken + ": not a Telegram export (no \"messages\")");
        Files.writeString(dir.resolve("messages.html"), "<html><body><p>hello</p></body></html>");
        assertThatThrownBy(() -> TelegramExport.read(dir, TelegramExport.Format.HTML, null, (p, f) -> true))
                .hasMessage(dir.resolve("messages.html") + ": not a Telegram HTML export (no page header and history)");
        assertThatThrownBy(() -> TelegramExport.read(JSON, TelegramExport.Format.JSON, "no spaces please", (p, f) -> true))
                .hasMessage("no spaces please: not a Telegram channel username (letters, digits and _)");
    }
}
