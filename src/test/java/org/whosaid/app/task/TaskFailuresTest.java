package org.whosaid.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whosaid.app.AppLog;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.library.LibraryViewModel;
import org.whosaid.service.Services;

/** Issue 10: a background failure is never silent; the user sees what failed and why, and the log has it. */
class TaskFailuresTest {
    private final List<String> shown = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger("org.whosaid.app");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(new TaskFailures(shown::add));

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void aFailingTaskWithoutAHandlerShowsWhatFailedAndWhyAndLogsIt() {
        BackgroundTask.wrap(progress -> {
            throw new IllegalStateException("database is locked");
        }).named("Loading the library").executeWith(executor);

        assertThat(shown).containsExactly("Loading the library failed: database is locked");
        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).isEqualTo("Loading the library failed: database is locked");
            assertThat(record.getThrown()).hasMessage("database is locked");
        });
    }

    @Test
    void aTasksOwnHandlerReplacesTheMessageButTheLogStillHasIt() {
        List<Throwable> handled = new ArrayList<>();
        BackgroundTask.wrap(progress -> {
            throw new java.io.IOException("disk full");
        }).named("Exporting").onFailure(handled::add).executeWith(executor);
        assertThat(handled).singleElement().extracting(Throwable::getMessage).isEqualTo("disk full");
        assertThat(shown).isEmpty();
        assertThat(logged).hasSize(1);
    }

    @Test
    void aLibraryRefreshOnABrokenDatabaseTellsTheUser(@TempDir Path folder) {
        Services services = Services.open(folder.resolve("lib.db"));
        LibraryViewModel library = new LibraryViewModel(services.library(), executor, new UndoRedo());
        services.close();
        library.refresh();
        assertThat(shown).singleElement().asString().startsWith("Loading the library failed: ");
        assertThat(logged).isNotEmpty();
    }

    @Test
    void theLogFileBesideTheDatabaseReceivesFailures(@TempDir Path folder) throws Exception {
        Path file = AppLog.install(folder);
        BackgroundTask.wrap(progress -> {
            throw new IllegalStateException("no such table: party");
        }).named("Opening Compare").executeWith(executor);
        for (Handler handler : Logger.getLogger("org.whosaid").getHandlers()) {
            handler.flush();
        }
        assertThat(file.getFileName().toString()).isEqualTo("whosaid.log");
        assertThat(Files.readString(file)).contains("Opening Compare failed: no such table: party")
                .contains("IllegalStateException");
    }
}
