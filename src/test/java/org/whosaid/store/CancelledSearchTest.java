package org.whosaid.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Analysis;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.Cancellation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** A search superseded by the next keystroke yields no result, whether it was still queued or already running. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class CancelledSearchTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void aSearchCancelledBeforeItRunsYieldsNothing() {
        try (Database db = on.open(dir, "a.db")) {
            ArticleRepository articles = library(db, 20);
            Cancellation cancel = new Cancellation();
            cancel.cancel();
            assertThat(articles.search("said", cancel)).isEmpty();
            assertThat(articles.search("said", new Cancellation())).hasValueSatisfying(ids -> assertThat(ids).hasSize(20));
        }
    }

    @Test
    void aRunningSearchIsInterruptedAndTheConnectionServesTheNextOne() throws Exception {
        try (Database db = on.open(dir, "b.db")) {
            ArticleRepository articles = library(db, 6_000);
            int interruptedWhileRunning = 0;
            for (int attempt = 0; attempt < 30 && interruptedWhileRunning < 3; attempt++) {
                Cancellation cancel = new Cancellation();
                CompletableFuture<Optional<List<Long>>> search = CompletableFuture.supplyAsync(
                        () -> articles.search("said council", cancel));
                while (!cancel.isRunning() && !search.isDone()) {
                    Thread.onSpinWait();
                }
                boolean running = cancel.isRunning();
                cancel.cancel();
                Optional<List<Long>> result = search.get();
                if (running) {
                    interruptedWhileRunning++;
                    assertThat(result).as("no stale result from an interrupted search").isEmpty();
                }
            }
            assertThat(interruptedWhileRunning).as("searches caught while running").isPositive();
            assertThat(articles.search("said council")).as("the next search runs normally").hasSize(6_000);
        }
    }

    private static ArticleRepository library(Database db, int count) {
        ArticleRepository articles = new ArticleRepository(db);
        List<ArticleRepository.Analysed> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new ArticleRepository.Analysed(new ArticleContent("Council " + i, null, null, null, null, "en",
                    "The council said the road " + i + " was open. The mayor said the council met at noon."),
                    Analysis.empty()));
        }
        articles.storeAll(batch);
        return articles;
    }
}
