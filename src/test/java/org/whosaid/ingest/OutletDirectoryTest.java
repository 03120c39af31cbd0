package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.OutletProfile;

/** Outlets by domain: the bundled list, subdomains, the order of sources, and a user's own list. */
class OutletDirectoryTest {
    @TempDir
    Path folder;

    private final OutletDirectory bundled = OutletDirectory.bundled();

    @Test
    void theBundledListCoversTheWiresAndBothSidesOfTheWar() {
        assertThat(bundled.size()).isGreaterThan(300);
        assertThat(bundled.forUrl("https://tass.com/politics/1234")).contains(new OutletProfile("TASS", "Russia", "state-owned"));
        assertThat(bundled.forUrl("https://www.reuters.com/world/europe/x/")).map(OutletProfile::name).contains("Reuters");
        assertThat(bundled.forUrl("https://edition.cnn.com/2025/01/01/europe/x")).map(OutletProfile::name).contains("CNN");
        assertThat(bundled.forUrl("https://www.ukrinform.net/rubric-ato/1.html")).map(OutletProfile::ownership).contains("state-owned");
        assertThat(bundled.forUrl("https://www.pravda.com.ua/eng/news/2025/02/07/1/")).map(OutletProfile::name).contains("Ukrainska Pravda");
        assertThat(bundled.forUrl("https://www.dawn.com/news/1")).map(OutletProfile::country).contains("Pakistan");
        assertThat(bundled.forUrl("https://news.bbc.co.uk/2/hi/europe/1.stm")).map(OutletProfile::name).contains("BBC");
    }

    @Test
    void anUnknownOrMissingAddressHasNoProfile() {
        assertThat(bundled.forUrl("https://example.org/a")).isEmpty();
        assertThat(bundled.forUrl("https://co.uk/")).isEmpty();
        assertThat(bundled.forUrl(null)).isEmpty();
        assertThat(bundled.forUrl("not a url")).isEmpty();
    }

    @Test
    void theListedDomainWinsOverPageMetadataThenMetadataThenTheHost() {
        assertThat(bundled.complete(content("BBC News", "https://www.bbc.com/news/x")).outlet()).isEqualTo("BBC");
        assertThat(bundled.complete(content("Example Daily", "https://example.org/a")).outlet()).isEqualTo("Example Daily");
        assertThat(bundled.complete(content(null, "https://www.example.org/a")).outlet()).isEqualTo("example.org");
        assertThat(bundled.complete(content("Rybar", "https://t.me/rybar/1")).outlet()).isEqualTo("Rybar");
        assertThat(bundled.complete(content(null, null)).outlet()).isNull();
    }

    @Test
    void aProfileIsFoundByTheNameStoredOnArticles() {
        assertThat(bundled.byName("tass")).map(OutletProfile::describe).contains("TASS (Russia, state-owned)");
        assertThat(bundled.byName("Nobody's Gazette")).isEmpty();
    }

    @Test
    void aUsersListAddsOutletsAndReplacesBundledOnes() throws Exception {
        Files.writeString(folder.resolve("outlets.json"), """
                {"outlets": {
                  "dnipro-daily.example": {"name": "Dnipro Daily", "country": "Ukraine"},
                  "tass.com": {"name": "TASS", "country": "Russia", "ownership": "state-owned (Rossiya Segodnya rival)"}
                }}""");
        OutletDirectory own = OutletDirectory.load(folder);
        assertThat(own.forUrl("https://www.dnipro-daily.example/a")).contains(new OutletProfile("Dnipro Daily", "Ukraine", null));
        assertThat(own.forUrl("https://tass.com/a")).map(OutletProfile::ownership).contains("state-owned (Rossiya Segodnya rival)");
        assertThat(own.forUrl("https://www.reuters.com/a")).isPresent();
        assertThat(own.size()).isEqualTo(bundled.size() + 1);
    }

    @Test
    void aBrokenUserListIsRefusedNamingTheFile() throws Exception {
        Path file = folder.resolve("outlets.json");
        Files.writeString(file, "{\"outlets\": {\"x.example\": {\"name\": ");
        assertThatThrownBy(() -> OutletDirectory.load(folder)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not valid JSON");
        Files.writeString(file, "{\"outlets\": {\"x.example\": {\"country\": \"Chad\"}}}");
        assertThatThrownBy(() -> OutletDirectory.load(folder)).hasMessageContaining(file.toString())
                .hasMessageContaining("x.example has no name");
        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> OutletDirectory.load(folder)).hasMessageContaining("expected {\"outlets\"");
    }

    private static ArticleContent content(String outlet, String url) {
        return new ArticleContent("Title", null, outlet, url, null, null, "Text.");
    }
}
