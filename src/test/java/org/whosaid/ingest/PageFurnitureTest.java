package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whosaid.model.ArticleContent;

/** Issue 13: each kind of page furniture inside an article's markup stays out of its text; the body stays in. */
class PageFurnitureTest {
    private static final String BODY = """
            <p>The council voted on Tuesday to close the old bridge, after engineers found cracks in two of its piers,
            the mayor said in a statement, adding that repairs would take at least a year and cost the city dearly.</p>
            <p>Residents who cross the river every day will have to use the ferry, which the council will run for free,
            or drive twenty kilometres to the next bridge, a detour that shopkeepers say will cost them customers.</p>
            <p>Engineers said the cracks had grown since the last inspection, in spring, and that heavy lorries had
            been crossing despite a weight limit, according to a report the council published on its website.</p>
            """;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ArticleContent article(String furniture) throws IngestException {
        String html = "<html><head><title>Bridge closed</title></head><body><div class=\"article-body\">" + BODY
                + furniture + "</div></body></html>";
        return extractor.extract(html, "https://example.org/a", "test.html");
    }

    private void assertDropped(String furniture, String... gone) throws IngestException {
        ArticleContent a = article(furniture);
        assertThat(a.text()).contains("The council voted on Tuesday", "heavy lorries had been crossing");
        for (String text : gone) {
            assertThat(a.text()).as(furniture).doesNotContain(text);
        }
    }

    @Test
    void newsletterAndPaywallPrompts() throws IngestException {
        assertDropped("<p>SIGN UP FOR OUR NEWSLETTER</p>", "NEWSLETTER");
        assertDropped("<p>Get the Morning Briefing newsletter in your inbox.</p>", "Morning Briefing");
        assertDropped("<div class=\"newsletter-signup\"><p>Every morning, the news that matters, in one email to you.</p></div>",
                "Every morning");
        assertDropped("<p>Subscribe to continue reading this article.</p>", "continue reading");
        assertDropped("<p>Already a subscriber? Log in.</p>", "subscriber");
    }

    @Test
    void readMoreFollowAndShareLines() throws IngestException {
        assertDropped("<p>Read more: The week in review</p>", "week in review");
        assertDropped("<p>Related: Ferries to run all night</p>", "Ferries");
        assertDropped("<p>Follow us on Twitter and Facebook</p>", "Follow us");
        assertDropped("<p>Follow Jane Doe on Twitter</p>", "Follow Jane");
        assertDropped("<p>Share this article</p><p>Share on Facebook</p>", "Share");
        assertDropped("<div class=\"social-share\"><span>Tweet</span> <span>Email this to a friend today</span></div>",
                "Email this");
    }

    @Test
    void captionsAndCredits() throws IngestException {
        assertDropped("<figure><img src=\"b.jpg\"><figcaption>Workers inspect a pier of the bridge.</figcaption></figure>",
                "Workers inspect");
        assertDropped("<div class=\"wp-caption\"><img src=\"c.jpg\"><p>Lorries queue at the bridge on Monday.</p></div>",
                "Lorries queue");
        assertDropped("<p>Jane Doe/Getty Images</p><p>AP Photo/John Smith</p><p>Photo: City council</p>",
                "Getty", "AP Photo", "Photo:");
        assertDropped("<p>The bridge in 2019. JIM WATSON/AFP</p>", "WATSON");
        assertDropped("<span itemprop=\"copyrightHolder\">Ferry Line Ltd press office</span>", "press office");
    }

    @Test
    void aCreditInsideASentenceIsCutAndTheSentenceKept() throws IngestException {
        ArticleContent a = article("<p>The ferry will leave every twenty minutes from the north quay (Photo: Jane Doe) until the"
                + " bridge opens again, the council said.</p>");
        assertThat(a.text()).contains("from the north quay until the bridge opens again").doesNotContain("Jane Doe");
    }

    @Test
    void authorBiosAndContactLines() throws IngestException {
        assertDropped("<p>Jane Doe is a reporter for the City Herald covering transport.</p>", "is a reporter");
        assertDropped("<p>Contact the author at jane.doe@example.org</p>", "jane.doe");
        assertDropped("<p>Sam Poe contributed reporting to this report.</p>", "Sam Poe");
        assertDropped("<div class=\"author-bio\"><p>Jane has written about the city for a decade and lives by the river.</p></div>",
                "lives by the river");
    }

    @Test
    void cookieCopyrightAndCorrectionNotices() throws IngestException {
        assertDropped("<p>This site uses cookies to improve your experience.</p>", "cookies");
        assertDropped("<p>© 2024 City Herald. All rights reserved.</p>", "rights reserved");
        assertDropped("<p>Correction: An earlier version of this article misstated the length of the detour.</p>",
                "misstated");
        assertDropped("<div class=\"corrections\"><p>The ferry is free for residents only, not for all passengers as we said.</p></div>",
                "free for residents only");
    }

    @Test
    void aCorrectionsBoxIsKeptAsMetadataButALinkToTheCorrectionsPageIsNot() throws IngestException {
        ArticleContent a = article("<p>Correction: An earlier version of this article misstated the length of the detour.</p>"
                + "<div class=\"corrections\"><p>The ferry is free for residents only, not for all passengers as we said.</p></div>"
                + "<div class=\"corrections-link\"><a href=\"/corrections\">Corrections and clarifications</a></div>");
        assertThat(a.corrections()).isEqualTo("The ferry is free for residents only, not for all passengers as we said.\n"
                + "Correction: An earlier version of this article misstated the length of the detour.");
        assertThat(a.text()).doesNotContain("misstated", "free for residents", "clarifications");
        assertThat(article("").corrections()).isNull();
    }

    @Test
    void aWireDatelineBecomesMetadata() throws IngestException {
        for (var c : List.of(List.of("KYIV, Ukraine (AP) — ", "KYIV, Ukraine (AP)"), List.of("CAIRO — ", "CAIRO"),
                List.of("WASHINGTON (Reuters) - ", "WASHINGTON (Reuters)"), List.of("NEW YORK -- ", "NEW YORK"))) {
            String html = "<html><body><div class=\"article-body\">" + BODY.replaceFirst("<p>", "<p>" + c.get(0))
                    + "</div></body></html>";
            ArticleContent a = extractor.extract(html, null, "test.html");
            assertThat(a.dateline()).isEqualTo(c.get(1));
            assertThat(a.text()).startsWith("The council voted on Tuesday");
        }
    }

    @Test
    void sentencesThatOnlyLookLikeFurnitureStay() throws IngestException {
        ArticleContent a = article("<p>More than 100 people crossed by ferry on the first day.</p>"
                + "<p>Contact was lost with the ferry at noon for ten minutes.</p>"
                + "<p>The official told AFP.</p><p>NATO said nothing about the bridge.</p>"
                + "<div class=\"no_caption\"><p>The ferry company hired ten more crew for the winter.</p></div>");
        assertThat(a.text()).contains("More than 100 people", "Contact was lost", "told AFP", "NATO said nothing",
                "ten more crew");
        assertThat(a.dateline()).isNull();
    }
}
