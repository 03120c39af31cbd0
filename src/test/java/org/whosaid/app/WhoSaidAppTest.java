package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WhoSaidAppTest {
    @Test
    void theDbOptionWinsOverTheEnvironment() {
        assertThat(WhoSaidApp.database(Map.of("db", "a.db"), List.of("--db=a.db"), Map.of("WHOSAID_DB", "b.db")))
                .isEqualTo(Path.of("a.db"));
        assertThat(WhoSaidApp.database(Map.of(), List.of("--db", "c.db"), Map.of())).isEqualTo(Path.of("c.db"));
    }

    @Test
    void theEnvironmentIsUsedWithoutAnOption() {
        assertThat(WhoSaidApp.database(Map.of(), List.of(), Map.of("WHOSAID_DB", "b.db"))).isEqualTo(Path.of("b.db"));
    }

    @Test
    void settingsHaveSaneDefaults() {
        Settings settings = new Settings(Double.NaN, Double.NaN, 0, 0, false, null, null);
        assertThat(settings.width()).isEqualTo(1280);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(Theme.fromName("dark")).isEqualTo(Theme.DARK);
        assertThat(ViewId.fromName("reader")).isEqualTo(ViewId.READER);
    }

    @Test
    void aDropImportsFilesElseTheLinkElseTheLinksInText() {
        java.io.File file = new java.io.File("/tmp/a.txt");
        assertThat(MainWindow.dropped(List.of(file), "https://x.org", null)).containsExactly(file.getAbsolutePath());
        assertThat(MainWindow.dropped(List.of(), " https://x.org/a ", null)).containsExactly("https://x.org/a");
        assertThat(MainWindow.dropped(List.of(), null, "see\nhttps://x.org/1\nhttp://y.org/2\nftp://z"))
                .containsExactly("https://x.org/1", "http://y.org/2");
        assertThat(MainWindow.dropped(List.of(), null, "just words")).isEmpty();
    }

    @Test
    void theEditMenuNamesWhatUndoWouldTakeBack() {
        UndoRedo undoRedo = new UndoRedo();
        assertThat(undoRedo.undoLabelProperty().get()).isEqualTo("Undo");
        undoRedo.record(new org.whosaid.service.Edit() {
            public String description() {
                return "change party";
            }

            public void undo() {
            }

            public void redo() {
            }
        });
        assertThat(undoRedo.undoLabelProperty().get()).isEqualTo("Undo change party");
        assertThat(undoRedo.canUndoProperty().get()).isTrue();
        undoRedo.undo();
        assertThat(undoRedo.redoLabelProperty().get()).isEqualTo("Redo change party");
        assertThat(undoRedo.lastMessageProperty().get()).isEqualTo("Undone: change party");
    }

    @Test
    void editsRecordedStraightIntoTheHistoryAreCaughtUpWith() {
        UndoRedo undoRedo = new UndoRedo();
        long before = undoRedo.revisionProperty().get();
        undoRedo.history().record(new org.whosaid.service.Edit() {
            public String description() {
                return "merge sources";
            }

            public void undo() {
            }

            public void redo() {
            }
        });
        undoRedo.sync();
        assertThat(undoRedo.revisionProperty().get()).isEqualTo(before + 1);
        assertThat(undoRedo.undoLabelProperty().get()).isEqualTo("Undo merge sources");
        undoRedo.sync();
        assertThat(undoRedo.revisionProperty().get()).isEqualTo(before + 1);
        assertThat(undoRedo.undo()).isPresent();
    }
}
