package org.whosaid.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.service.Services;
import org.whosaid.testing.LocalHttp;

/** The feeds dialog's view-model on a real library and a feed served on 127.0.0.1. */
class FeedsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void subscribesUpdatesAndReportsEachOutcome() throws Exception {
        HttpServer server = LocalHttp.server();
        String base = LocalHttp.base(server);
        server.createContext("/feed.xml", ex -> {
            byte[] body = ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Odesa Post</title>"
                    + "<id>urn:odesa</id><updated>2025-02-07T10:00:00Z</updated><entry><title>Port hit</title><id>urn:odesa:1</id>"
                    + "<updated>2025-02-07T10:00:00Z</updated><link href=\"" + base + "/gone.html\"/>"
                    + "<summary>A drone hit the port of Odesa overnight, the navy said.</summary></entry></feed>")
                    .getBytes(StandardCharsets.UTF_8);
            LocalHttp.send(ex, 200, "application/atom+xml", body);
        });
        server.start();
        AtomicInteger reloads = new AtomicInteger();
        try (Services services = Services.open(dir.resolve("library.db"))) {
            FeedsViewModel model = new FeedsViewModel(services.feeds(), new CurrentThreadTaskExecutor(), reloads::incrementAndGet);
            model.refresh();
            assertThat(model.feeds()).isEmpty();
            model.add();
            assertThat(model.statusProperty().get()).isEqualTo("Type the address of an RSS or Atom feed.");
            model.addressProperty().set(base + "/nothing.xml");
            model.add();
            assertThat(model.statusProperty().get()).isEqualTo(base + "/nothing.xml: HTTP 404 Not Found");
            assertThat(model.addressProperty().get()).isEqualTo(base + "/nothing.xml");
            model.addressProperty().set(base + "/feed.xml");
            model.add();
            assertThat(model.feeds()).singleElement().satisfies(f -> assertThat(f.title()).isEqualTo("Odesa Post"));
            assertThat(model.addressProperty().get()).isEmpty();

            model.update(null);
            assertThat(model.statusProperty().get()).isEqualTo("1 feed: 1 new articles, 0 failures");
            assertThat(model.reportProperty().get()).contains("Odesa Post (#1): 1 new", "imported " + base + "/gone.html as #1");
            assertThat(model.runningProperty().get()).isFalse();
            assertThat(reloads.get()).isEqualTo(1);

            model.remove(model.feeds().get(0));
            assertThat(model.feeds()).isEmpty();
            assertThat(services.library().articleCount()).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }
}
