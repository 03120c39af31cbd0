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

    @Test
    void takesItsCodersFromTheOpenLibraryAndSettlesThere() throws Exception {
        EditHistory history = new EditHistory();
        try (Services shared = TwoCoderExports.coder(dir.resolve("shared"), "Lead")) {
            // both coders' files merged into one library keep each coder's coding there
            shared.export().importWebAnnotations(exports.get(0), false);
            shared.export().importWebAnnotations(exports.get(1), false);
            AgreementViewModel here = new AgreementViewModel(shared.agreement(), history,
                    new CurrentThreadTaskExecutor(), opened::add);

            here.refresh();
            assertThat(here.libraryCoders()).containsExactly("Ivan", "Maria");
            here.compareLibrary(List.of("Maria"));
            assertThat(here.messageProperty().get()).startsWith("Choose two coders or more");

            here.compareLibrary(List.of("Maria", "Ivan"));
            assertThat(here.coders()).containsExactly("Maria", "Ivan");
            // the same figures as the files give (AgreementCommandTest works them out)
            assertThat(here.figures()).extracting(AgreementViewModel.Figure::kappa)
                    .containsExactly("0.545", "0.643", "0.667");
            assertThat(here.summaryProperty().get()).contains("span F1 Maria/Ivan 0.833");
            AgreementViewModel.Row s6 = here.disagreements().stream().filter(r -> r.what().equals("kind, party"))
                    .findFirst().orElseThrow();

            here.open(s6);
            long id = shared.library().statements(TwoCoderExports.ARTICLE).stream()
                    .filter(s -> s.text().startsWith("Geolocated")).findFirst().orElseThrow().id();
            assertThat(opened).containsExactly(id);

            assertThat(here.settle(s6, 1)).isTrue();
            AgreementViewModel.Row settled = here.disagreements().stream().filter(r -> r.number() == s6.number())
                    .findFirst().orElseThrow();
            assertThat(settled.settled()).isEqualTo("kept Ivan\u2019s");
            assertThat(shared.library().statement(id).orElseThrow().party()).isEqualTo("Other");

            history.undo();
            here.refresh();
            assertThat(here.disagreements().stream().filter(r -> r.number() == s6.number()).findFirst()
                    .orElseThrow().settled()).isEmpty();
        }
    }
}
