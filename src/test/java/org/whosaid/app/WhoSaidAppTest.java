package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.app.common.NameScript;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.service.DatabaseLocation;
import org.whosaid.service.settings.SettingsFile;

class WhoSaidAppTest {
    static final Path DEFAULT = DatabaseLocation.resolve(null, Map.of());

    @TempDir
    Path folder;

    @Test
    void theDbOptionWinsOverTheEnvironment() {
        assertThat(WhoSaidApp.database(Map.of("db", "a.db"), List.of("--db=a.db"), Map.of("WHOSAID_DB", "b.db"),
                f -> Optional.empty())).isEqualTo(Path.of("a.db"));
        assertThat(WhoSaidApp.database(Map.of(), List.of("--db", "c.db"), Map.of(), f -> Optional.empty()))
                .isEqualTo(Path.of("c.db"));
    }

    @Test
    void aCoderGivenOnLaunchOrByTheEnvironmentIsUsedAndNotAsked() {
        assertThat(WhoSaidApp.givenCoder(Map.of("coder", "Maria"), Map.of("WHOSAID_CODER", "Ivan"))).contains("Maria");
        assertThat(WhoSaidApp.givenCoder(Map.of(), Map.of("WHOSAID_CODER", "Ivan"))).contains("Ivan");
        assertThat(WhoSaidApp.givenCoder(Map.of(), Map.of("WHOSAID_CODER", "  "))).isEmpty();
        assertThat(WhoSaidApp.givenCoder(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void theEnvironmentIsUsedWithoutAnOption() {
        assertThat(WhoSaidApp.database(Map.of(), List.of(), Map.of("WHOSAID_DB", "b.db"), f -> Optional.empty()))
                .isEqualTo(Path.of("b.db"));
    }

    @Test
    void withoutAChoiceTheLastDatabaseUsedIsOpenedWhenItStillExists() throws Exception {
        Path last = Files.createFile(folder.resolve("last.db"));
        Settings remembered = Settings.DEFAULTS.withLastDatabase(last.toString());
        assertThat(WhoSaidApp.database(Map.of(), List.of(), Map.of(), f -> Optional.of(remembered))).isEqualTo(last);
        assertThat(WhoSaidApp.database(Map.of("db", DEFAULT.toString()), List.of(), Map.of(),
                f -> Optional.of(remembered))).isEqualTo(last);
        Settings gone = Settings.DEFAULTS.withLastDatabase(folder.resolve("gone.db").toString());
        assertThat(WhoSaidApp.database(Map.of(), List.of(), Map.of(), f -> Optional.of(gone))).isEqualTo(DEFAULT);
    }

    @Test
    void settingsSurviveTheSettingsFile() throws Exception {
        SettingsFile<Settings> file = SettingsFile.beside(folder.resolve("w.db"), Settings.class);
        file.write(Settings.DEFAULTS);
        assertThat(file.read()).contains(Settings.DEFAULTS);
        Settings placed = Settings.DEFAULTS.withWindow(10, 20, 900, 700, true).withTheme(Theme.DARK)
                .withNames(NameScript.AS_WRITTEN);
        file.write(placed);
        assertThat(file.read()).contains(placed);
        assertThat(file.read().orElseThrow().names()).isEqualTo(NameScript.AS_WRITTEN);
    }

    @Test
    void aSettingsFileFromBeforeTheNamesChoiceShowsLatinNames() throws Exception {
        Path db = folder.resolve("old.db");
        SettingsFile<Settings> file = SettingsFile.beside(db, Settings.class);
        file.write(Settings.DEFAULTS);
        Path json;
        try (var files = Files.walk(folder)) {
            json = files.filter(p -> p.getFileName().toString().equals("settings.json")).findFirst().orElseThrow();
        }
        Files.writeString(json, Files.readString(json).replaceAll(",?\\s*\"names\"\\s*:\\s*\"[A-Z_]+\"", ""));
        assertThat(Files.readString(json)).doesNotContain("names");
        assertThat(file.read().orElseThrow().names()).isEqualTo(NameScript.LATIN);
    }

    @Test
    void settingsHaveSaneDefaults() {
        Settings settings = new Settings(Double.NaN, Double.NaN, 0, 0, false, null, null, null, null);
        assertThat(settings.width()).isEqualTo(1280);
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.names()).isEqualTo(NameScript.LATIN);
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
        undoRedo.record(new org.whosaid.service.undo.Edit() {
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
        undoRedo.history().record(new org.whosaid.service.undo.Edit() {
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
