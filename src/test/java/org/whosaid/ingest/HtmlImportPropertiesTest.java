package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.whosaid.model.ArticleContent;

/** Random HTML trees and random bytes never make the importer throw anything but a named IngestException. */
class HtmlImportPropertiesTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "section", "article", "ul", "li", "a", "table",
            "tr", "td", "br", "h1", "h2", "script", "style", "nav", "footer", "aside", "b", "i", "figure", "figcaption",
            "form", "iframe", "font", "pre", "blockquote", "noscript", "template");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"comment\"", " class=\"article-body\"",
            " id=\"related\"", " style=\"display:none\"", " hidden", " role=\"navigation\"", " rel=\"author\"",
            " class=\"byline\"", " aria-hidden=\"true\"", " class=\"share\"");

    private final ArticleReader reader = new ArticleReader();

    @Property(tries = 200)
    void randomHtmlTreesAreReadOrRefusedWithAMessage(@ForAll("htmlDocuments") String html) {
        try {
            ArticleContent a = reader.readHtml(html.getBytes(StandardCharsets.UTF_8), "random.html", null);
            assertThat(a.text()).isNotBlank().doesNotContain("\n\n");
            assertThat(a.text().lines()).allMatch(line -> line.equals(line.strip()));
        } catch (IngestException e) {
            assertThat(e.getMessage()).startsWith("random.html: ");
        }
    }

    @Property(tries = 300)
    void randomBytesAreReadOrRefusedWithAMessage(@ForAll @Size(max = 2000) byte[] bytes) {
        try {
            reader.readHtml(bytes, "bytes.html", null);
        } catch (IngestException e) {
            assertThat(e.getMessage()).startsWith("bytes.html: ");
        }
    }

    @Provide
    Arbitrary<String> htmlDocuments() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange(' ', '\uFFFD').ofMaxLength(60)
                .map(s -> s.replace("<", "&lt;"));
        Arbitrary<String> open = Combinators.combine(Arbitraries.of(TAGS), Arbitraries.of(ATTRIBUTES))
                .as((tag, attr) -> "<" + tag + attr + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(tag -> "</" + tag + ">");
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, open), net.jqwik.api.Tuple.of(3, close), net.jqwik.api.Tuple.of(5, words));
        return token.list().ofMaxSize(300).map(tokens -> "<html><body>" + String.join("", tokens) + "</body></html>");
    }
}
