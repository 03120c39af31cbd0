package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Issue 10, defect 3: the export's file extension and format never disagree. */
class ExportChoiceTest {
    private static final Path FOLDER = Path.of("/home/user/exports");

    @Test
    void choosingCsvWithTheOfferedJsonNameWritesACsvFile() {
        String offered = ExportChoice.initialName(0, "json");
        ExportChoice.Target target = ExportChoice.resolve(FOLDER.resolve(offered), "csv", offered);
        assertThat(target.format()).isEqualTo("csv");
        assertThat(target.file()).isEqualTo(FOLDER.resolve("whosaid-library.csv"));
    }

    @Test
    void aTypedExtensionChoosesTheFormat() {
        String offered = ExportChoice.initialName(0, "json");
        assertThat(ExportChoice.resolve(FOLDER.resolve("coding.md"), "json", offered))
                .isEqualTo(new ExportChoice.Target(FOLDER.resolve("coding.md"), "markdown"));
        assertThat(ExportChoice.resolve(FOLDER.resolve("share.JSONLD"), "csv", offered).format()).isEqualTo("webanno");
        assertThat(ExportChoice.resolve(FOLDER.resolve("page.htm"), "csv", offered).format()).isEqualTo("html");
    }

    @Test
    void aNameWithoutAKnownExtensionGetsTheChosenFormatsExtension() {
        String offered = ExportChoice.initialName(2, "json");
        assertThat(ExportChoice.resolve(FOLDER.resolve("report"), "qdpx", offered))
                .isEqualTo(new ExportChoice.Target(FOLDER.resolve("report.qdpx"), "qdpx"));
        assertThat(ExportChoice.resolve(FOLDER.resolve("notes.v2"), "csv", offered).file())
                .isEqualTo(FOLDER.resolve("notes.v2.csv"));
    }

    @Test
    void theOfferedNameAndTitleSayWhatIsExported() {
        assertThat(ExportChoice.initialName(0, "json")).isEqualTo("whosaid-library.json");
        assertThat(ExportChoice.initialName(1, "markdown")).isEqualTo("whosaid-1-article.md");
        assertThat(ExportChoice.initialName(3, "csv")).isEqualTo("whosaid-3-articles.csv");
        assertThat(ExportChoice.title(0)).isEqualTo("Export the whole library");
        assertThat(ExportChoice.title(1)).isEqualTo("Export the 1 selected article");
    }
}
