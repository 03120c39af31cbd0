package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.AttributionEngine;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Attribution;

/**
 * Issue 13: page furniture never becomes a statement. Every readability test page is imported and analysed as the app
 * does; no statement may read like a newsletter prompt, a share or follow line, a photo credit, a reporting credit,
 * a copyright line or a cookie notice.
 */
class PageFurnitureStatementTest {
    private static final Path PAGES = Path.of("src/test/resources/readability-test-pages");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)\\bsign up (?:for|to)\\b|\\bsubscribe (?:to|now|today)\\b|\\bour newsletter\\b|^read more\\b|\\bfollow us\\b"
                    + "|\\bshare (?:this|on) (?:article|story|facebook|twitter)\\b|getty images|\\bAP Photo\\b|\\(photo:|\\bphoto credit\\b"
                    + "|contributed (?:reporting )?to this report|all rights reserved|\\buses cookies\\b|\\baccept (?:all )?cookies\\b"
                    + "|\\bclick here\\b|^advertisement$|\\border reprints\\b");

    @Test
    void noStatementOnAnyReadabilityPageIsPageFurniture() throws IOException {
        List<Path> pages;
        try (Stream<Path> list = Files.list(PAGES)) {
            pages = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        ArticleReader reader = new ArticleReader();
        AttributionEngine engine = AttributionEngine.withLexicons(null);
        List<String> furniture = new ArrayList<>();
        int statements = 0;
        for (Path page : pages) {
            ArticleContent article;
            try {
                article = reader.readHtml(Files.readAllBytes(page.resolve("source.html")), "page", "http://fakehost/test/page.html");
            } catch (IngestException e) {
                continue; // a page the importer refuses has no statements
            }
            for (Attribution a : engine.analyze(article.text()).attributions()) {
                statements++;
                if (FURNITURE.matcher(a.content().text().strip()).find()) {
                    furniture.add(page.getFileName() + ": " + a.kind() + " «" + a.content().text() + "»");
                }
            }
        }
        assertThat(statements).as("statements found on the pages").isGreaterThan(1_000);
        assertThat(furniture).as("statements that are page furniture").isEmpty();
    }

    @Test
    void thePatternRecognisesFurniture() {
        for (String line : List.of("SIGN UP FOR OUR NEWSLETTER", "Read more: the week in review", "Follow us on Twitter",
                "Rescuers at the site (Photo: Jane Doe)", "Jane Doe/Getty Images", "Sam Poe contributed to this report.")) {
            assertThat(FURNITURE.matcher(line).find()).as(line).isTrue();
        }
        assertThat(FURNITURE.matcher("Some browsers do not send third-party cookies by default.").find()).isFalse();
    }
}
