package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.whosaid.testing.LocalHttp.send;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.whosaid.model.ArticleContent;
import org.whosaid.testing.LocalHttp;

/** URL import against a tiny HTTP server on 127.0.0.1: statuses, types, redirects, size and time limits. */
class UrlImportTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>Toretsk: Kyiv denies Russian claim | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2025-02-07T10:00:00Z">
            <meta name="author" content="Jane Reporter"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Toretsk: Kyiv denies Russian claim</h1>
            <p>Russia said Friday its forces had taken control of the eastern Ukrainian city of Toretsk, a claim Kyiv denied.</p>
            <p>“The fighting continues,” a Ukrainian officer in the 28th Brigade said, describing street battles in the north.</p>
            </article><footer>© Example News</footer></body></html>
            """;

    private HttpServer server;
    private ExecutorService executor;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = LocalHttp.server();
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/article", ex -> send(ex, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/cp1251", ex -> send(ex, 200, "text/html; charset=windows-1251",
                "<html><body><p>Министерство обороны России заявило, что его войска взяли Торецк, а Киев это опроверг.</p></body></html>"
                        .getBytes(Charset.forName("windows-1251"))));
        server.createContext("/plain", ex -> send(ex, 200, "text/plain", "Headline\n\nFirst paragraph.\nSecond one.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>nothing</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/broken", ex -> send(ex, 500, "text/html", "<p>oops</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/report.pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/photo.png", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/moved", ex -> redirect(ex, "/article"));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-ftp", ex -> redirect(ex, "ftp://127.0.0.1/file.txt"));
        server.createContext("/slow", ex -> {
            sleep(3_000);
            send(ex, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write("<p>a little more text</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(200);
                }
            } catch (IOException clientGaveUp) {
                // the reader closed the connection at its deadline, as it should
            }
        });
        server.createContext("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>padding padding padding padding padding padding padding</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < 3L * 1024 * 1024; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // the reader stopped at its size limit
            }
        });
        server.start();
        base = LocalHttp.base(server);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private ArticleReader reader() {
        return new ArticleReader(1024 * 1024, Duration.ofSeconds(1));
    }

    @Test
    void readsAnArticleAndItsMetadata() throws IngestException {
        ArticleContent article = reader().readUrl(URI.create(base + "/article"));
        assertThat(article.title()).isEqualTo("Toretsk: Kyiv denies Russian claim");
        assertThat(article.byline()).isEqualTo("Jane Reporter");
        assertThat(article.outlet()).isEqualTo("Example News");
        assertThat(article.published()).isEqualTo("2025-02-07T10:00:00Z");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.url()).isEqualTo(base + "/article");
        assertThat(article.text()).startsWith("Russia said Friday").contains("“The fighting continues,”")
                .doesNotContain("Home", "©");
    }

    @Test
    void neverFetchesWhatAPageRefersTo() throws IngestException {
        java.util.concurrent.atomic.AtomicInteger resourceRequests = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/res", ex -> {
            resourceRequests.incrementAndGet();
            send(ex, 200, "text/plain", new byte[0]);
        });
        server.createContext("/with-resources", ex -> send(ex, 200, "text/html", ("""
                <html><head><link rel="stylesheet" href="/res/a.css"><script src="/res/b.js"></script>
                <meta http-equiv="refresh" content="0; url=/res/refresh"></head>
                <body><img src="/res/c.png"><iframe src="/res/d.html"></iframe>
                <p>Kyiv said on Friday that the city remained contested, and that its troops still held positions.</p>
                <script>fetch('/res/e')</script></body></html>""").getBytes(StandardCharsets.UTF_8)));
        assertThat(reader().readUrl(URI.create(base + "/with-resources")).text()).startsWith("Kyiv said on Friday");
        assertThat(resourceRequests).hasValue(0);
    }

    @Test
    void usesTheCharsetOfTheHttpHeader() throws IngestException {
        assertThat(reader().readUrl(URI.create(base + "/cp1251")).text()).contains("войска взяли Торецк");
    }

    @Test
    void readsPlainText() throws IngestException {
        ArticleContent article = reader().readUrl(URI.create(base + "/plain"));
        assertThat(article.title()).isEqualTo("Headline");
        assertThat(article.text()).isEqualTo("First paragraph.\nSecond one.");
    }

    @Test
    void followsRedirectsAndRecordsWhereTheyEnd() throws IngestException {
        assertThat(reader().readUrl(URI.create(base + "/moved")).url()).isEqualTo(base + "/article");
    }

    @Test
    void namesTheStatusOfAFailedRequest() {
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/missing")))
                .hasMessage(base + "/missing: HTTP 404 Not Found");
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/broken")))
                .hasMessage(base + "/broken: HTTP 500 Internal Server Error");
    }

    @Test
    void refusesPagesThatAreNotHtmlTextOrPdfAndPdfsThatAreBroken() {
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/photo.png")))
                .hasMessage(base + "/photo.png: not an HTML, text or PDF page (image/png)");
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/report.pdf")))
                .hasMessageStartingWith(base + "/report.pdf: not a readable PDF (");
    }

    @Test
    void refusesOtherSchemesAndEndlessRedirects() {
        assertThatThrownBy(() -> reader().readUrl(URI.create("file:///etc/passwd")))
                .hasMessage("file:///etc/passwd: only http and https addresses can be imported, not file:");
        assertThatThrownBy(() -> reader().readUrl(URI.create("ftp://127.0.0.1/x")))
                .hasMessage("ftp://127.0.0.1/x: only http and https addresses can be imported, not ftp:");
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/to-ftp")))
                .hasMessage(base + "/to-ftp: only http and https addresses can be imported, not ftp:"
                        + " (redirected to ftp://127.0.0.1/file.txt)");
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/loop")))
                .hasMessage(base + "/loop: more than 5 redirects");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // only catches a hang: the reader gives up after 1 s
    void givesUpOnSlowServers() {
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/slow")))
                .hasMessage(base + "/slow: timed out after 1 s");
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/trickle")))
                .hasMessage(base + "/trickle: timed out after 1 s");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void capsTheSizeWhileReading() {
        assertThatThrownBy(() -> reader().readUrl(URI.create(base + "/huge")))
                .hasMessage(base + "/huge: larger than the 1 MB limit");
    }

    @Test
    void aClosedPortIsAClearMessage() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> reader().readUrl(URI.create("http://127.0.0.1:" + port + "/a")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("http://127.0.0.1:" + port + "/a: could not connect");
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
