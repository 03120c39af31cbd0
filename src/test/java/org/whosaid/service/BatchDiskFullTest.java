package org.whosaid.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.ingest.ArticleReader;
import org.whosaid.model.ArticleContent;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.Database;
import org.whosaid.store.TestDatabases;
import org.whosaid.testing.SyntheticAnalysis;
import org.whosaid.testing.TelegramExports;

/** The import stops at a full disk with one clear message, for articles already read as for a Telegram export. */
class BatchDiskFullTest {
    private static final String STOPPED = ".*full.db: the disk is full; the change was not saved;"
            + " the import stopped here \\(\\d+ more not tried\\)";

    @TempDir
    Path dir;

    @Test
    void aFullDiskStopsABatchImportWithOneMessage() {
        List<ArticleContent> contents = new ArrayList<>();
        for (int i = 0; i < 2 * ImportService.BATCH + 10; i++) {
            contents.add(new ArticleContent("Article " + i, null, null, "https://example.org/" + i, null, null,
                    ("Officials said the talks in town " + i + " went on. ").repeat(40)));
        }
        try (Database db = Database.open(dir.resolve("full.db"))) {
            TestDatabases.limitPages(db, 300);
            List<ImportOutcome> outcomes = new ImportService(new ArticleReader(), (body, dateline) -> SyntheticAnalysis.of(body),
                    new ArticleRepository(db)).importContents(contents, Progress.NONE);

            assertThat(outcomes).filteredOn(o -> o.result() == ImportOutcome.Result.FAILED).singleElement()
                    .satisfies(f -> assertThat(f.reason()).matches(STOPPED));
            assertThat(outcomes).hasSizeLessThan(contents.size());
        }
    }

    @Test
    void aFullDiskStopsATelegramImportWithOneMessage() throws Exception {
        Path export = Files.createDirectories(dir.resolve("export")).resolve("result.json");
        TelegramExports.write(export, 2 * ImportService.BATCH + 10);
        try (Database db = Database.open(dir.resolve("full.db"))) {
            TestDatabases.limitPages(db, 120);
            ImportReport report = new ImportService(new ArticleReader(), (body, dateline) -> SyntheticAnalysis.of(body),
                    new ArticleRepository(db)).importAll(List.of(export.toString()), Progress.NONE);

            assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.reason()).matches(
                    ".*full.db: the disk is full; the change was not saved; the import stopped here \\(0 more not tried\\)"));
        }
    }
}
