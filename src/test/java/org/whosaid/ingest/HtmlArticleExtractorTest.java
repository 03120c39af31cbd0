package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.whosaid.model.ArticleContent;

/** Extraction on real pages (title, byline, first paragraph, junk gone) and on small pages, one rule each. */
class HtmlArticleExtractorTest {
    private static final Path PAGES = Path.of("src/test/resources/readability-test-pages");
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ArticleContent page(String name) throws IOException, IngestException {
        return new ArticleReader().readFile(PAGES.resolve(name).resolve("source.html"));
    }

    private ArticleContent html(String html) throws IngestException {
        return extractor.extract(html, "https://example.org/a", "test.html");
    }

    @Test
    void bbcNewsArticle() throws Exception {
        ArticleContent a = page("bbc-1");
        assertThat(a.title()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
        assertThat(a.outlet()).isEqualTo("BBC News");
        assertThat(a.published()).startsWith("2015-07-24");
        assertThat(a.url()).isEqualTo("http://www.bbc.com/news/world-us-canada-33646704");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).startsWith("President Barack Obama has admitted that his failure to pass \"common sense gun safety laws\"")
                .contains("In an interview with the BBC, Mr Obama said it was \"distressing\"")
                .doesNotContain("Skip to content", "Accessibility links", "Entertainment & Arts", "is sponsored by");
    }

    @Test
    void guardianArticleWithShareBarAndByline() throws Exception {
        ArticleContent a = page("guardian-1");
        assertThat(a.byline()).isEqualTo("Eleanor Ainge Roy");
        assertThat(a.outlet()).isEqualTo("the Guardian");
        assertThat(a.text().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("Whale whisperer Hori Parata was just seven years old"));
        assertThat(a.text()).doesNotContain("Share on Facebook", "Skip to main content", "Make a contribution",
                "International edition");
    }

    @Test
    void nytimesArticleWithoutSkipLinksOrRelatedHeadlines() throws Exception {
        ArticleContent a = page("nytimes-1");
        assertThat(a.title()).isEqualTo("United States to Lift Sudan Sanctions");
        assertThat(a.byline()).isEqualTo("Jeffrey Gettleman");
        assertThat(a.dateline()).isEqualTo("LONDON");
        assertThat(a.text()).contains("After nearly 20 years of hostile relations").doesNotContain("LONDON —")
                .doesNotContain("Continue reading the main story", "Skip to navigation", "As low as $1.88 a week",
                        "James Mattis Strikes Far Harsher Tone");
    }

    @Test
    void blogPostWithoutCommentsOrTrendingLinks() throws Exception {
        ArticleContent a = page("lifehacker-post-comment-load");
        assertThat(a.title()).isEqualTo("How to Program Your Mind to Stop Buying Crap You Don’t Need");
        assertThat(a.byline()).isEqualTo("Patrick Allan");
        assertThat(a.text()).startsWith("We all buy things from time to time that we don't really need.")
                .doesNotContain("Trending on Kinja", "Blogs you may like", "Share to Facebook",
                        "You can skip this ad in 5 seconds.");
    }

    @Test
    void keepsTheArticleAndDropsNavigationCookiesSharingRelatedAndComments() throws IngestException {
        String body = "<p>Russia said Friday its forces had taken control of the eastern Ukrainian city of Toretsk, "
                + "after months of fighting, a claim that Kyiv denied.</p>";
        ArticleContent a = html("""
                <html lang="en-GB"><head><title>Kyiv denies Russian claim over Toretsk - Example Times</title></head><body>
                <nav><a href="/">Home</a><a href="/world">World</a></nav>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <article class="story-body">%s%s%s
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <p style="display: none">Hidden teaser text that nobody sees on the page at all.</p>
                <p hidden>Another hidden paragraph, not part of what the reader sees.</p>
                <div itemscope itemtype="https://schema.org/Comment"><p>Reader Bob: I was there last week, and
                honestly the situation is nothing like what the ministry says, believe me, I saw it all myself.</p></div>
                </article>
                <aside class="related-articles"><ul><li><a href="/1">Another story about the war</a></li>
                <li><a href="/2">And yet another story</a></li></ul></aside>
                <section id="comments"><p>First comment: what a terrible article, I disagree with every word.</p></section>
                <footer>Copyright Example Times</footer></body></html>
                """.formatted(body, body.replace("Friday", "Saturday"), body.replace("Friday", "Sunday")));
        assertThat(a.title()).isEqualTo("Kyiv denies Russian claim over Toretsk");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.text().split("\n")).hasSize(3).allMatch(line -> line.startsWith("Russia said"));
    }

    @Test
    void readsJsonLdMetadata() throws IngestException {
        ArticleContent a = html("""
                <html><head><title>Page</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example Site"},
                  {"@type":"NewsArticle","headline":"Kyiv denies fall of Toretsk","datePublished":"2025-02-07T09:30:00+02:00",
                   "author":[{"@type":"Person","name":"Ann Smith"},{"@type":"Person","name":"Bob Jones"}],
                   "publisher":{"@type":"Organization","name":"Example Wire"}}]}</script></head>
                <body><p>Kyiv denied on Friday that Russian forces had taken the city of Toretsk, saying fighting went on.</p></body></html>
                """);
        assertThat(a.title()).isEqualTo("Kyiv denies fall of Toretsk");
        assertThat(a.byline()).isEqualTo("Ann Smith, Bob Jones");
        assertThat(a.outlet()).isEqualTo("Example Wire");
        assertThat(a.published()).isEqualTo("2025-02-07T09:30:00+02:00");
    }

    @Test
    void findsBylineAndDateInThePage() throws IngestException {
        ArticleContent a = html("""
                <html><head><title>A long enough title for the page itself</title></head><body><article>
                <h1>A long enough title for the page itself</h1>
                <div class="byline">By Jane Reporter</div><time datetime="2024-05-01">May 1</time>
                <p>The prosecutor's office announced charges on Wednesday against two officials, a spokesman said.</p>
                </article></body></html>
                """);
        assertThat(a.byline()).isEqualTo("By Jane Reporter");
        assertThat(a.published()).isEqualTo("2024-05-01");
        assertThat(a.text()).endsWith("The prosecutor's office announced charges on Wednesday against two officials, a spokesman said.")
                .doesNotContain("Jane Reporter");
    }

    @Test
    void breaksParagraphsAtBlocksAndLineBreaks() throws IngestException {
        ArticleContent a = html("""
                <html><body><div class="content">First line of a poem that is long enough to count,<br><br>
                second stanza of the same poem, also long enough to count here,<br>
                and a <b>bold</b>   word   inside.</div></body></html>
                """);
        assertThat(a.text()).isEqualTo("First line of a poem that is long enough to count,\n"
                + "second stanza of the same poem, also long enough to count here,\nand a bold word inside.");
    }

    @Test
    void dropsParagraphsThatAreOnlyALinkToAnotherStory() throws IngestException {
        String p = "<p>The prosecutor's office said on Tuesday that four officials had been charged, "
                + "and that more arrests were likely in the coming weeks, according to a statement.</p>";
        ArticleContent a = html("<html><body><article>" + p
                + "<p>[Read: <a href=\"/other\">Tunisia sends most fighters to Syria</a>]</p>"
                + "<p><strong>Related:</strong> <a href=\"/x\">Rich are paying more in taxes</a></p>"
                + p.replace("Tuesday", "Wednesday") + p.replace("Tuesday", "Thursday")
                + "<p>The spokesman, <a href=\"/p\">Ivan Petrenko</a>, declined to comment further on the case.</p>"
                + "</article></body></html>");
        assertThat(a.text()).doesNotContain("Tunisia", "Rich are paying").contains("The spokesman, Ivan Petrenko, declined");
    }

    @Test
    void aBlockHiddenOnlyOnSmallScreensIsStillTheArticle() throws IngestException {
        String p = "<p>Officials in Kyiv said the town remained contested, with fighting in its northern districts, "
                + "and that Russian claims of full control were false, a spokesman added on Friday.</p>";
        ArticleContent a = html("<html><body><div class=\"sidebar\"><p>Short side note, a few words only.</p></div>"
                + "<div class=\"hidden md:block\">" + p + p.replace("Friday", "Saturday") + "</div></body></html>");
        assertThat(a.text()).contains("a spokesman added on Friday", "a spokesman added on Saturday");
    }

    @Test
    void aPageRenderedByScriptsFallsBackToTheJsonLdArticleBody() throws IngestException {
        ArticleContent a = html("""
                <html><head><title>Kyiv denies the fall of Toretsk - Example</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Kyiv denies the fall of Toretsk",
                "articleBody":"Russia said Friday its forces had taken control of Toretsk.\\nKyiv denied the claim, saying fighting continued in the northern districts of the city."}</script>
                </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="root">Loading…</div>
                <script src="/app.js"></script></body></html>
                """);
        assertThat(a.text()).isEqualTo("Russia said Friday its forces had taken control of Toretsk.\n"
                + "Kyiv denied the claim, saying fighting continued in the northern districts of the city.");
    }

    @Test
    void aPageOfScriptsHasNoArticleText() {
        assertThatThrownBy(() -> html("<html><head><script>var x = 'lots of words, lots of words';</script></head>"
                + "<body><script>render()</script><noscript>Enable JavaScript</noscript></body></html>"))
                .isInstanceOf(IngestException.class)
                .hasMessage("test.html: HTML has no article text");
    }
}
