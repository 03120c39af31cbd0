package org.whosaid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.testing.TestPdfs;
import org.whosaid.testing.LocalHttp;

/** The new sources on the command line: {@code feeds}, Telegram exports and PDFs through {@code import}. */
class SourcesCommandsTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void feedsAreAddedListedUpdatedAndRemoved() throws Exception {
        HttpServer server = LocalHttp.server();
        String base = LocalHttp.base(server);
        server.createContext("/feed.xml", ex -> {
            byte[] body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kharkiv Courier</title>"
                    + "<item><title>Governor reports strike</title><link>" + base + "/gone.html</link><guid>k-1</guid>"
                    + "<pubDate>Fri, 07 Feb 2025 10:00:00 GMT</pubDate><description>A missile strike hit Kharkiv overnight,"
                    + " the regional governor said.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            LocalHttp.send(ex, 200, "application/rss+xml", body);
        });
        server.start();
        try {
            String db = dir.resolve("feeds.db").toString();
            CliRun add = run("--db", db, "feeds", "add", base + "/feed.xml");
            assertThat(add.status()).as(add.err()).isZero();
            assertThat(add.out()).contains("subscribed: 1", "Kharkiv Courier", base + "/feed.xml");
            assertThat(run("--db", db, "feeds", "list").out()).contains("Kharkiv Courier");
            CliRun update = run("--db", db, "feeds", "update", "--delay", "0");
            assertThat(update.status()).as(update.err()).isZero();
            assertThat(update.out()).contains("Kharkiv Courier (#1): 1 new", "1 feed: 1 new articles, 0 failures");
            assertThat(run("--db", db, "list").out()).contains("Kharkiv Courier", "Governor reports strike");
            assertThat(run("--db", db, "feeds", "update", "1", "--delay", "0").out()).contains("0 new articles");
            CliRun missing = run("--db", db, "feeds", "add", base + "/nothing.xml");
            assertThat(missing.status()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(missing.err()).contains(base + "/nothing.xml: HTTP 404 Not Found");
            assertThat(run("--db", db, "feeds", "remove", "1").out()).contains("removed feed #1");
            assertThat(run("--db", db, "feeds", "remove", "1").status()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(run("--db", db, "feeds", "list").out()).contains("no feeds yet");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void importTakesTelegramExportsAndPdfs() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Path pdf = Files.write(dir.resolve("report.pdf"), new TestPdfs().info("Flash Update 12", "UN OCHA", 2025, 2, 7)
                .page("Shelling damaged a school in Kharkiv, the regional governor said.").build());
        CliRun run = run("--db", db, "import", "--telegram-channel", "dnipro_frontline",
                "src/test/resources/telegram/json", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported https://t.me/dnipro_frontline/2 as #1", "Flash Update 12",
                "src/test/resources/telegram/json: 5 posts, 2 album parts joined to their post, 1 media-only posts skipped");
        assertThat(run("--db", db, "show", "6").out()).contains("Flash Update 12", "UN OCHA", "2025-02-07");
    }
}
