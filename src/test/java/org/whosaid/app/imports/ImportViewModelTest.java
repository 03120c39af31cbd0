package org.whosaid.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;

class ImportViewModelTest {
    @Test
    void reportsProgressAndTheOutcomeOfEachInput() {
        List<String> seen = new ArrayList<>();
        Importer fake = (inputs, progress) -> {
            progress.update(0, 2, "a.txt");
            progress.update(1, 2, "b.html");
            return new ImportReport(List.of(new ImportOutcome("a.txt", ImportOutcome.Result.IMPORTED, 1, "A", null),
                    ImportOutcome.failed("b.html", "no article text found")), false);
        };
        ImportViewModel model = new ImportViewModel(fake, new CurrentThreadTaskExecutor());
        model.currentProperty().addListener((obs, old, now) -> seen.add(now));
        AtomicReference<ImportReport> done = new AtomicReference<>();

        model.start(List.of("a.txt", "b.html"), done::set);

        assertThat(seen).contains("a.txt", "b.html");
        assertThat(done.get().count(ImportOutcome.Result.FAILED)).isEqualTo(1);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(ImportViewModel.reportText(done.get()))
                .startsWith("1 imported, 0 already in the library, 1 failed")
                .contains("failed b.html: no article text found");
    }

    @Test
    void cancelReachesTheImporter() {
        AtomicReference<ImportViewModel> model = new AtomicReference<>();
        Importer fake = (inputs, progress) -> {
            model.get().cancel();
            return new ImportReport(List.of(), progress.isCancelled());
        };
        model.set(new ImportViewModel(fake, new CurrentThreadTaskExecutor()));
        AtomicReference<ImportReport> done = new AtomicReference<>();
        model.get().start(List.of("x"), done::set);
        assertThat(done.get().cancelled()).isTrue();
    }

    @Test
    void aCrashIsReportedAsAFailureNotLost() {
        Importer broken = (inputs, progress) -> {
            throw new IllegalStateException("disk gone");
        };
        AtomicReference<ImportReport> done = new AtomicReference<>();
        new ImportViewModel(broken, new CurrentThreadTaskExecutor()).start(List.of("x"), done::set);
        assertThat(done.get().failures()).extracting(ImportOutcome::reason).containsExactly("disk gone");
    }
}
