package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import de.l3s.boilerpipe.sax.BoilerpipeSAXInput;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.whosaid.model.ArticleContent;
import org.xml.sax.InputSource;

/**
 * Scores our extractor and two Java peers on Mozilla's readability test pages and writes {@code docs/quality.md}.
 * The truth is each page's expected.html (text) and expected-metadata.json (title, byline, date).
 */
class ExtractionQualityTest {
    private static final Path PAGES = Path.of("src/test/resources/readability-test-pages");
    private static final Path REPORT = Path.of("docs/quality.md");
    /** The hand-written section at the end of the report (check-worthiness figures), kept when the report is rewritten. */
    private static final String KEPT_SECTION = "\n## Unattributed claims on ten real pages";
    private static final String BASE = "http://fakehost/test/page.html";
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    private static final String READABILITY4J = "Readability4J 1.0.8";
    private static final int TIMING_ROUNDS = 2;
    private static final String EXTRACTION_ONLY = "WhoSaid, extraction only (from the text, like the peers)";
    /**
     * Our text F1 must stay at or above this (the figure reached when this floor was set, rounded down). It was 0.99
     * before page furniture was dropped: the truth keeps captions and credits, which issue 13 wants out.
     */
    private static final double F1_FLOOR = 0.98;

    /** What one extractor produced for one page; null fields mean "this extractor does not report it". */
    record Output(String text, String title, String byline, String published) {
    }

    /** Totals for one extractor over all pages. */
    static final class Score {
        final String name;
        double precision;
        double recall;
        int titles;
        int bylines;
        int dates;
        boolean reportsByline = true;
        boolean reportsDate = true;
        final List<String> perPage = new ArrayList<>();

        Score(String name) {
            this.name = name;
        }
    }

    @Test
    void measuresExtractionAgainstReadabilityTestPages() throws IOException {
        List<Path> pages;
        try (Stream<Path> list = Files.list(PAGES)) {
            pages = list.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
        ObjectMapper json = new ObjectMapper();
        ArticleReader reader = new ArticleReader();
        Map<String, Function<String, Output>> extractors = new java.util.LinkedHashMap<>();
        extractors.put("WhoSaid (ours)", html -> {
            try {
                ArticleContent a = reader.readHtml(html.getBytes(StandardCharsets.UTF_8), "page", BASE);
                return new Output(a.text(), a.title(), a.byline(), a.published());
            } catch (IngestException e) {
                return new Output("", null, null, null);
            }
        });
        extractors.put(READABILITY4J, html -> {
            var article = new Readability4J(BASE, html).parse();
            String content = article.getContent() == null ? "" : BlockText.text(Jsoup.parse(article.getContent()).body());
            return new Output(content, article.getTitle(), article.getByline(), null);
        });
        extractors.put("boilerpipe 1.2.2 (ArticleExtractor)", html -> {
            try {
                var doc = new BoilerpipeSAXInput(new InputSource(new StringReader(html))).getTextDocument();
                ArticleExtractor.INSTANCE.process(doc);
                return new Output(doc.getContent(), doc.getTitle(), null, null);
            } catch (Exception e) {
                return new Output("", null, null, null);
            }
        });
        Map<String, Score> scores = new java.util.LinkedHashMap<>();
        extractors.keySet().forEach(name -> scores.put(name, new Score(name)));
        scores.get(READABILITY4J).reportsDate = false;
        scores.get("boilerpipe 1.2.2 (ArticleExtractor)").reportsByline = false;
        scores.get("boilerpipe 1.2.2 (ArticleExtractor)").reportsDate = false;

        int withDate = 0;
        for (Path page : pages) {
            String html = Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8);
            String expectedText = BlockText.text(Jsoup.parse(Files.readString(page.resolve("expected.html"))).body());
            JsonNode meta = json.readTree(page.resolve("expected-metadata.json").toFile());
            String expectedTitle = norm(meta.path("title").asText(null));
            String expectedByline = norm(meta.path("byline").asText(null));
            String expectedDate = datePart(meta.path("publishedTime").asText(null));
            if (expectedDate != null) {
                withDate++;
            }
            Map<String, Integer> truth = shingles(expectedText);
            for (var entry : extractors.entrySet()) {
                Score s = scores.get(entry.getKey());
                Output out;
                try {
                    out = entry.getValue().apply(html);
                } catch (RuntimeException | StackOverflowError e) {
                    out = new Output("", null, null, null);
                }
                double[] pr = precisionRecall(shingles(out.text() == null ? "" : out.text()), truth);
                s.precision += pr[0];
                s.recall += pr[1];
                if (eq(norm(out.title()), expectedTitle)) {
                    s.titles++;
                }
                if (eq(norm(out.byline()), expectedByline)) {
                    s.bylines++;
                }
                if (expectedDate != null && expectedDate.equals(datePart(out.published()))) {
                    s.dates++;
                }
                s.perPage.add(String.format(Locale.ROOT, "%s\t%.3f\t%.3f\t%s\t%s\t%s\t%s", page.getFileName(), pr[0], pr[1],
                        out.title(), expectedTitle, out.byline(), expectedByline));
            }
        }
        int n = pages.size();
        Map<String, Function<String, Output>> timed = new java.util.LinkedHashMap<>(extractors);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        timed.put(EXTRACTION_ONLY, html -> {
            try {
                ArticleContent a = extractor.extract(html, BASE, "page");
                return new Output(a.text(), a.title(), a.byline(), a.published());
            } catch (IngestException e) {
                return new Output("", null, null, null);
            }
        });
        Map<String, Long> nanos = timeWarm(pages, timed);
        StringBuilder table = new StringBuilder();
        table.append("| extractor | text precision | text recall | text F1 | title | byline | date |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        StringBuilder timing = new StringBuilder("| extractor | CPU time for all pages | vs Readability4J |\n|---|---:|---:|\n");
        double ourF1 = 0;
        double bestPeerF1 = 0;
        for (Score s : scores.values()) {
            double p = s.precision / n;
            double r = s.recall / n;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            if (s.name.startsWith("WhoSaid")) {
                ourF1 = f1;
            } else {
                bestPeerF1 = Math.max(bestPeerF1, f1);
            }
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | **%.3f** | %s | %s | %s |\n", s.name, p, r, f1,
                    share(s.titles, n), s.reportsByline ? share(s.bylines, n) : "n/a",
                    s.reportsDate ? share(s.dates, withDate) : "n/a"));
            timing.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.2f× |\n", s.name, nanos.get(s.name) / 1e6,
                    (double) nanos.get(s.name) / nanos.get(READABILITY4J)));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "quality-" + s.name.split(" ")[0] + ".tsv"), s.perPage);
        }
        timing.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.2f× |\n", EXTRACTION_ONLY,
                nanos.get(EXTRACTION_ONLY) / 1e6, (double) nanos.get(EXTRACTION_ONLY) / nanos.get(READABILITY4J)));
        String report = """
                # Article extraction quality

                Written by `ExtractionQualityTest` (`mvn test -Dtest=ExtractionQualityTest`); do not edit by hand.

                ## Method

                - Corpus: the %d pages of Mozilla's readability test suite
                  (`src/test/resources/readability-test-pages/`, Apache-2.0, see its `LICENSE.md`).
                  Each page has `source.html`, the article as readability extracts it (`expected.html`)
                  and its metadata (`expected-metadata.json`).
                - Text: each extractor runs on `source.html`; the truth is the text of `expected.html`,
                  rendered the same way (one line per block element). Both are tokenized with `\\w+`
                  (Unicode-aware, lower case); 4-token shingles are counted as multisets. Per page,
                  precision = shared shingles / our shingles and recall = shared shingles / truth shingles
                  (an empty output scores 0 on both). Precision and recall are averaged over all pages;
                  F1 is the harmonic mean of the two averages.
                - Title and byline: exact match after collapsing whitespace, case-insensitive; "no byline"
                  matches an expected `null`. Share over all %d pages.
                - Date: the `yyyy-MM-dd` part of `publishedTime`, over the %d pages whose expected metadata
                  has one.
                - Peers run in the same JVM on the same pages: Readability4J (a Kotlin port of an older
                  readability.js; its output HTML rendered like ours; it reports no date) and boilerpipe's
                  `ArticleExtractor` (its title is the raw `<title>`; no byline or date).
                - The expected texts come from readability.js itself, so the corpus favours
                  readability-like extractors; boilerpipe's figures are on a truth it was not built for.

                ## Where we differ from the truth on purpose

                Our extractor follows readability's scoring and adds a few general rules for a reader who
                checks attribution; where the truth keeps the text below, our precision stays and recall drops:
                - comments sections are dropped (some expected pages keep them, e.g. `firefox-nightly-blog`);
                - a short paragraph that is nothing but a link ("Related: …", "[Read: …]") is dropped: it is
                  another article's headline and would read as an unsourced claim (`cnn`, `wapo-1`, `bbc-1`);
                - text only screen readers get ("Continue reading the main story", "Photo") is dropped;
                - when every attempt finds a short article, the strictest attempt that found nearly all its
                  text wins, so a relaxed attempt's cookie banner or navigation does not come back;
                - a byline marked with `rel=author` or schema.org `author` is reported even where readability
                  reports none (counted as a byline miss above when the truth is `null`).
                - page furniture is dropped (issue 13), though the truth keeps much of it: photo and video
                  captions and credits (`figcaption`, "caption"/"credit" blocks, "Jane Doe/Getty Images",
                  "(Photo: …)"), newsletter, follow and share prompts, author bios and contact lines, "contributed
                  to this report", copyright and cookie lines, corrections boxes; a wire dateline ("CAIRO —") is
                  cut from the first sentence into the article's metadata. This costs about 0.011 F1 on this
                  truth (0.993 before), most of it captions (`nytimes-5`, `ehow-1`, `nytimes-3`, `wapo-2`).

                ## Results

                %s
                ## Time

                Each extractor's CPU time over all %d pages (ours from the page's bytes, charset detection included;
                the peers from its text), the best of two rounds after the scored pass so the JIT has warmed up, pages
                interleaved across extractors. The machine is shared, so the ratio says more than the milliseconds.
                Reported, never asserted.

                %s""".formatted(n, n, withDate, table, n, timing);
        Files.createDirectories(REPORT.getParent());
        String old = Files.exists(REPORT) ? Files.readString(REPORT) : "";
        int kept = old.indexOf(KEPT_SECTION);
        Files.writeString(REPORT, kept < 0 ? report : report.stripTrailing() + "\n" + old.substring(kept));
        System.out.println(table);
        System.out.println(timing);
        assertThat(ourF1).as("our text F1").isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(ourF1).as("our text F1 against the best peer").isGreaterThan(bestPeerF1);
    }

    /**
     * CPU time of each extractor over every page, the best of {@link #TIMING_ROUNDS} rounds after the scored pass
     * (warm JIT). Pages are interleaved across extractors and the thread's CPU time is counted, not wall time, so
     * the other builds on a shared machine move the figures less.
     */
    private static Map<String, Long> timeWarm(List<Path> pages, Map<String, Function<String, Output>> extractors)
            throws IOException {
        List<String> htmls = new ArrayList<>();
        for (Path page : pages) {
            htmls.add(Files.readString(page.resolve("source.html"), StandardCharsets.UTF_8));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> best = new java.util.LinkedHashMap<>();
        for (int round = 0; round < TIMING_ROUNDS; round++) {
            Map<String, Long> spent = new HashMap<>();
            for (String html : htmls) {
                for (var entry : extractors.entrySet()) {
                    long start = threads.getCurrentThreadCpuTime();
                    try {
                        entry.getValue().apply(html);
                    } catch (RuntimeException | StackOverflowError e) {
                        // scored as empty above; the time spent failing still counts
                    }
                    spent.merge(entry.getKey(), threads.getCurrentThreadCpuTime() - start, Long::sum);
                }
            }
            spent.forEach((name, nanos) -> best.merge(name, nanos, Math::min));
        }
        return best;
    }

    private static String share(int hits, int total) {
        return String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * hits / Math.max(1, total), hits, total);
    }

    private static double[] precisionRecall(Map<String, Integer> ours, Map<String, Integer> truth) {
        int oursTotal = ours.values().stream().mapToInt(Integer::intValue).sum();
        int truthTotal = truth.values().stream().mapToInt(Integer::intValue).sum();
        if (oursTotal == 0 && truthTotal == 0) {
            return new double[] {1, 1};
        }
        if (oursTotal == 0 || truthTotal == 0) {
            return new double[] {0, 0};
        }
        int shared = 0;
        for (var e : ours.entrySet()) {
            shared += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        return new double[] {(double) shared / oursTotal, (double) shared / truthTotal};
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        int size = Math.min(SHINGLE, tokens.size());
        for (int i = 0; size > 0 && i + size <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + size)), 1, Integer::sum);
        }
        return out;
    }

    private static String norm(String s) {
        if (s == null || s.equals("(untitled)")) {
            return "";
        }
        return s.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean eq(String a, String b) {
        return a.equals(b);
    }

    private static String datePart(String s) {
        return s == null || s.length() < 10 || !s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? null : s.substring(0, 10);
    }
}
