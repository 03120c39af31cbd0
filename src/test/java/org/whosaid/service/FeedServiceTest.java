package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.whosaid.testing.LocalHttp.send;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.analysis.AttributionEngine;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.Article;
import org.whosaid.model.Feed;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.FeedRepository;
import org.whosaid.testing.LocalHttp;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Feeds served by a local HTTP server on 127.0.0.1: RSS 2.0, RSS 1.0, Atom, broken and huge feeds, 304s. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class FeedServiceTest {
    @Parameter
    OnBothDatabases.Target on;

    private static final Map<String, String> PAGES = Map.of(
            "toretsk", "Russia said on Friday that its forces had taken the eastern Ukrainian city of Toretsk, a claim Kyiv denied.",
            "talks", "Ukrainian President Volodymyr Zelensky said on Saturday that any talks on ending the war must include Europe.",
            "kupiansk", "The Russian Defence Ministry claimed on Saturday that its troops had advanced near Kupiansk.",
            "kherson", "Drone attacks on Kherson wounded two people overnight, regional governor Oleksandr Prokudin said.",
            "belarus", "The Belarusian Defence Ministry denied on Friday that it was massing troops on the Ukrainian border.");

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService executor;
    private String base;
    private volatile boolean newer;
    private final AtomicInteger notModified = new AtomicInteger();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private Database database;
    private FeedService feeds;
    private ArticleRepository articles;

    @BeforeEach
    void start() throws IOException {
        server = LocalHttp.server();
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        base = LocalHttp.base(server);
        server.createContext("/rss.xml", ex -> {
            String etag = newer ? "\"v2\"" : "\"v1\"";
            String modified = newer ? "Sat, 08 Feb 2025 12:00:00 GMT" : "Fri, 07 Feb 2025 12:00:00 GMT";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", modified);
            send(ex, 200, "application/rss+xml; charset=utf-8", fixture(newer ? "rss2-newer.xml" : "rss2.xml"));
        });
        server.createContext("/rdf.xml", ex -> send(ex, 200, "application/rdf+xml", fixture("rss1.rdf")));
        server.createContext("/atom-moved", ex -> {
            ex.getResponseHeaders().set("Location", "/atom.xml");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        server.createContext("/atom.xml", ex -> send(ex, 200, "application/atom+xml", fixture("atom.xml")));
        server.createContext("/broken.xml", ex -> send(ex, 200, "application/rss+xml", fixture("broken.xml")));
        server.createContext("/gone.xml", ex -> send(ex, 410, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge.xml", ex -> send(ex, 200, "application/rss+xml", huge()));
        server.createContext("/articles/", ex -> {
            String name = ex.getRequestURI().getPath().replaceAll(".*/([a-z]+)\\.html$", "$1");
            hits.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            String text = PAGES.get(name);
            if (text == null) {
                send(ex, 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, "text/html; charset=utf-8", page(name, text).getBytes(StandardCharsets.UTF_8));
        });
        server.start();

        database = on.open(dir, "library.db");
        articles = new ArticleRepository(database);
        ArticleReader reader = new ArticleReader(1024 * 1024, Duration.ofSeconds(10));
        AttributionEngine engine = AttributionEngine.withLexicons(null);
        feeds = new FeedService(reader, new ImportService(reader, engine::analyzeArticle, articles), new FeedRepository(database));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
        database.close();
    }

    @Test
    void anUpdateImportsNewItemsOnlyAndAnUnchangedFeedIsNotDownloadedAgain() {
        Feed feed = feeds.add(base + "/rss.xml");
        assertThat(feed.title()).isEqualTo("Dnipro Daily – World");
        assertThat(feeds.add(base + "/rss.xml").id()).as("subscribing twice").isEqualTo(feed.id());

        FeedUpdateReport first = feeds.update(null, Duration.ZERO, Progress.NONE);
        FeedUpdateReport.FeedResult result = first.feeds().get(0);
        assertThat(result.items()).extracting(ImportOutcome::result).containsExactly(ImportOutcome.Result.IMPORTED,
                ImportOutcome.Result.IMPORTED, ImportOutcome.Result.FAILED);
        Article toretsk = article(result.items().get(0));
        assertThat(toretsk.outlet()).isEqualTo("Dnipro Daily – World");
        assertThat(toretsk.published()).isEqualTo("2025-02-07T10:00:00Z");
        assertThat(toretsk.text()).contains(PAGES.get("toretsk")).doesNotContain("Home");
        // the page is gone: the item's own content stands in
        Article school = article(result.items().get(1));
        assertThat(school.title()).isEqualTo("Shelling damages school in Kharkiv");
        assertThat(school.text()).isEqualTo("Shelling damaged a school in Kharkiv overnight, the regional governor Oleh"
                + " Syniehubov said on Telegram.\nNo casualties were reported, he said.");
        assertThat(result.items().get(2).describe()).isEqualTo("failed " + base + "/articles/sumy.html: HTTP 404 Not Found;"
                + " the item has no text of its own");
        assertThat(first.summary()).isEqualTo("1 feed: 2 new articles, 1 failure");

        // One item failed, so the validators were not kept: the next update downloads the feed and retries only it.
        FeedUpdateReport retry = feeds.update(feed.id(), Duration.ZERO, Progress.NONE);
        assertThat(retry.feeds().get(0).items()).extracting(ImportOutcome::input).containsExactly(base + "/articles/sumy.html");
        assertThat(hits.get("toretsk").get()).isEqualTo(1);
        assertThat(notModified.get()).isZero();
    }

    @Test
    void aFeedWhoseItemsAreAllInIsAskedConditionallyAndA304ImportsNothing() {
        server.removeContext("/articles/");
        server.createContext("/articles/", ex -> send(ex, 200, "text/html; charset=utf-8",
                page("any", "Every page of this site reads the same: the ministry said it was "
                        + ex.getRequestURI().getPath() + ", officials said.").getBytes(StandardCharsets.UTF_8)));
        Feed feed = feeds.add(base + "/rss.xml");
        assertThat(feeds.update(null, Duration.ZERO, Progress.NONE).imported()).isEqualTo(3);
        assertThat(new FeedRepository(database).find(feed.id()).orElseThrow().etag()).isEqualTo("\"v1\"");

        FeedUpdateReport unchanged = feeds.update(null, Duration.ZERO, Progress.NONE);
        assertThat(notModified.get()).isEqualTo(1);
        assertThat(unchanged.feeds().get(0).notModified()).isTrue();
        assertThat(unchanged.feeds().get(0).describe()).endsWith(": not modified");
        assertThat(unchanged.imported()).isZero();

        newer = true;
        FeedUpdateReport update = feeds.update(null, Duration.ZERO, Progress.NONE);
        assertThat(update.feeds().get(0).items()).extracting(ImportOutcome::input)
                .containsExactly(base + "/articles/talks.html", base + "/articles/kupiansk.html");
        assertThat(update.imported()).isEqualTo(2);
        assertThat(articles.count()).isEqualTo(5);
    }

    @Test
    void rss1AtomBrokenGoneAndHugeFeedsEachGetTheirOwnOutcome() throws Exception {
        Feed rdf = feeds.add(base + "/rdf.xml");
        Feed atom = feeds.add(base + "/atom-moved");
        assertThat(rdf.title()).isEqualTo("Levant Wire");
        assertThat(atom.title()).isEqualTo("Northern Wire");
        assertThatThrownBy(() -> feeds.add(base + "/broken.xml")).hasMessageStartingWith(base + "/broken.xml: not an RSS or Atom feed (");
        assertThatThrownBy(() -> feeds.add(base + "/huge.xml")).hasMessageStartingWith(base + "/huge.xml: larger than the 1 MB limit");
        assertThatThrownBy(() -> feeds.add("ftp://127.0.0.1/feed.xml")).hasMessage("ftp://127.0.0.1/feed.xml: only http and https feeds can be followed");
        // feeds that broke after they were added
        FeedRepository rows = new FeedRepository(database);
        Feed broken = rows.add(base + "/broken.xml", "Broken Gazette");
        Feed gone = rows.add(base + "/gone.xml", "Gone Times");
        Feed huge = rows.add(base + "/huge.xml", "Huge Herald");

        FeedUpdateReport report = feeds.update(null, Duration.ZERO, Progress.NONE);
        assertThat(report.feeds()).extracting(r -> r.feed().id()).containsExactly(rdf.id(), atom.id(), broken.id(), gone.id(), huge.id());
        Article kherson = article(report.feeds().get(0).items().get(0));
        assertThat(kherson.outlet()).isEqualTo("Levant Wire");
        assertThat(kherson.published()).isEqualTo("2025-02-06T18:30:00Z");
        Article belarus = article(report.feeds().get(1).items().get(0));
        assertThat(belarus.url()).isEqualTo(base + "/articles/belarus.html");
        assertThat(belarus.published()).isEqualTo("2025-02-07T07:15:00Z");
        assertThat(report.feeds().get(2).error()).startsWith("not an RSS or Atom feed (");
        assertThat(report.feeds().get(3).error()).isEqualTo("HTTP 410 Gone");
        assertThat(report.feeds().get(4).error()).startsWith("larger than the 1 MB limit");
        assertThat(report.summary()).isEqualTo("5 feeds: 2 new articles, 3 failures");
        assertThat(rows.find(gone.id()).orElseThrow().error()).isEqualTo("HTTP 410 Gone");
        assertThat(feeds.list()).hasSize(5);
        assertThat(feeds.remove(huge.id())).isTrue();
        assertThat(feeds.remove(huge.id())).isFalse();
        assertThat(feeds.list()).hasSize(4);
    }

    @Test
    void cancellingStopsBetweenItemsAndKeepsWhatWasImported() {
        feeds.add(base + "/rss.xml");
        AtomicInteger updates = new AtomicInteger();
        FeedUpdateReport report = feeds.update(null, Duration.ZERO, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return articlesCount() >= 1;
            }
        });
        assertThat(report.cancelled()).isTrue();
        assertThat(articles.count()).isEqualTo(1);
        assertThat(updates.get()).isPositive();
        // the rest comes with the next update
        assertThat(feeds.update(null, Duration.ZERO, Progress.NONE).imported()).isEqualTo(1);
    }

    private int articlesCount() {
        return articles.count();
    }

    private Article article(ImportOutcome outcome) {
        assertThat(outcome.result()).as(outcome.describe()).isNotEqualTo(ImportOutcome.Result.FAILED);
        return articles.find(outcome.articleId()).orElseThrow();
    }

    private static String page(String name, String text) {
        return "<html lang=\"en\"><head><title>" + name + " | Example</title></head><body><nav><a href=\"/\">Home</a>"
                + " <a href=\"/world\">World</a></nav><article><h1>" + name + "</h1><p>" + text + "</p>"
                + "<p>“The situation remains difficult,” a Ukrainian officer in the 28th Brigade said on condition of anonymity.</p>"
                + "<p>Neither claim could be independently verified by the newsroom on the day of publication.</p>"
                + "</article><footer>© Example</footer></body></html>";
    }

    private byte[] fixture(String name) throws IOException {
        try (var in = FeedServiceTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${BASE}", base).getBytes(StandardCharsets.UTF_8);
        }
    }

    private byte[] huge() {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge Herald</title>");
        for (int i = 0; rss.length() < 1_600_000; i++) {
            rss.append("<item><title>Item ").append(i).append("</title><link>").append(base).append("/articles/h")
                    .append(i).append(".html</link><description>").append("padding ".repeat(40)).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
