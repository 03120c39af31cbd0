package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Article;
import org.whosaid.testing.TelegramExports;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.whosaid.testing.OnBothDatabases;

/** Importing Telegram exports into a library: every post stored once, a newer export adds only its new posts. */
@ParameterizedClass
@MethodSource("org.whosaid.testing.OnBothDatabases#databases")
class TelegramImportTest {
    @Parameter
    OnBothDatabases.Target on;

    @TempDir
    Path dir;

    @Test
    void aNewerExportOfTheSameChannelAddsOnlyItsNewPosts() throws Exception {
        Path first = Files.createDirectories(dir.resolve("export-january"));
        TelegramExports.Shape older = TelegramExports.write(first.resolve("result.json"), 300);
        Path second = Files.createDirectories(dir.resolve("export-february"));
        TelegramExports.Shape newer = TelegramExports.write(second.resolve("result.json"), 340);

        try (Services services = on.services(dir, "library.db")) {
            List<Long> seen = new ArrayList<>();
            ImportReport report = services.imports().importAll(List.of(first.toString()), "frontline_notes", new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    seen.add(done * 1000 / Math.max(1, total));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            assertThat(report.failures()).isEmpty();
            assertThat(report.count(ImportOutcome.Result.IMPORTED)).isEqualTo(older.posts);
            assertThat(report.summary()).endsWith("; " + first + ": " + older.posts + " posts, " + older.albumParts
                    + " album parts joined to their post, " + older.mediaOnly + " media-only posts skipped");
            assertThat(seen).isSorted().last().isEqualTo(1000L);

            ImportReport again = services.imports().importAll(List.of(second.resolve("result.json").toString()),
                    "frontline_notes", Progress.NONE);
            assertThat(again.failures()).isEmpty();
            assertThat(again.count(ImportOutcome.Result.IMPORTED)).isEqualTo(newer.posts - older.posts);
            assertThat(again.count(ImportOutcome.Result.DUPLICATE)).isEqualTo(older.posts);
            assertThat(services.library().summaries()).hasSize(newer.posts);

            Article post = services.library().article(report.outcomes().get(0).articleId()).orElseThrow();
            assertThat(post.outlet()).isEqualTo("Frontline Notes");
            assertThat(post.url()).isEqualTo("https://t.me/frontline_notes/2");
            assertThat(post.published()).isEqualTo("2025-01-01T06:30:00Z");
        }
    }

    @Test
    void aBrokenExportKeepsThePostsBeforeTheFaultAndTheOtherInputs() throws Exception {
        Path export = dir.resolve("result.json");
        TelegramExports.write(export, 60);
        String whole = Files.readString(export);
        Files.writeString(export, whole.substring(0, whole.length() / 2));
        Path article = Files.writeString(dir.resolve("note.txt"), "Headline\n\nThe ministry said the strike hit a depot.\n");
        try (Services services = on.services(dir, "library.db")) {
            ImportReport report = services.imports().importAll(List.of(export.toString(), article.toString()), Progress.NONE);
            assertThat(report.failures()).singleElement().satisfies(f -> {
                assertThat(f.input()).isEqualTo(export.toString());
                assertThat(f.reason()).startsWith("broken JSON at line");
            });
            assertThat(report.count(ImportOutcome.Result.IMPORTED)).isGreaterThan(20);
            assertThat(report.outcomes()).anySatisfy(o -> assertThat(o.input()).isEqualTo(article.toString()));
        }
    }
}
