package org.whosaid.app.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.task.CurrentThreadTaskExecutor;
import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.service.Services;
import org.whosaid.service.undo.EditHistory;

class AgreementViewModelTest {
    @TempDir
    Path dir;
    List<Path> exports;
    Services library;
    List<Long> opened = new ArrayList<>();
    AgreementViewModel model;

    @BeforeEach
    void open() throws Exception {
        exports = TwoCoderExports.write(dir);
        library = Services.open(dir.resolve("elsewhere").resolve("other.db"));
        model = new AgreementViewModel(library.agreement(), new EditHistory(), new CurrentThreadTaskExecutor(),
                opened::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void asksForTwoExportsAndNamesAFileItCannotRead() throws Exception {
        model.addFile(exports.get(0));
        model.addFile(exports.get(0));
        model.compare();
        assertThat(model.files()).hasSize(1);
        assertThat(model.messageProperty().get()).startsWith("Add the exports of two coders or more");

        Path broken = Files.writeString(dir.resolve("broken.jsonld"), "[{");
        model.addFile(broken);
        model.compare();
        assertThat(model.messageProperty().get()).startsWith("Not compared: ").contains("broken.jsonld");
        assertThat(model.figures()).isEmpty();
    }

    @Test
    void inALibraryWithoutTheArticleTheFiguresShowButNothingOpensOrSettles() {
        exports.forEach(model::addFile);
        model.compare();
        assertThat(model.coders()).containsExactly("Maria", "Ivan");
        assertThat(model.disagreements()).hasSize(4);
        AgreementViewModel.Row first = model.disagreements().get(0);
        assertThat(first.codings()).containsExactly("(no statement)",
                "claim \u00b7 Ukraine \u00b7 asserts \u00b7 General Staff of the Armed Forces of Ukraine");

        model.open(first);
        assertThat(opened).isEmpty();
        assertThat(model.messageProperty().get()).contains("import \u201c" + first.article() + "\u201d first");

        assertThat(model.settle(first, 1)).isFalse();
        assertThat(model.messageProperty().get()).contains("is not in this library");
    }
}
