package org.whosaid.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.whosaid.fixtures.ToretskLibrary;
import org.whosaid.service.LibraryTransfer;
import org.whosaid.service.Services;

/**
 * Writes docs/screenshot-shared-library.png: the Library of a shared library on PostgreSQL (the Toretsk reports
 * copied there with {@code whosaid copy}), after a colleague's edit was pushed to the window.
 * {@code SharedLibraryScreenshotDemo postgresql://USER@HOST:PORT/DB OUTPUT_FOLDER}; the database must be empty; needs
 * a display (Xvfb, or Monocle headless).
 */
public final class SharedLibraryScreenshotDemo {
    private SharedLibraryScreenshotDemo() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path out = Path.of(args.length > 1 ? args[1] : "target/screenshots");
        System.setProperty("user.name", "Maria");
        Path work = Files.createTempDirectory("whosaid-shared");
        LibraryTransfer.copy(ToretskLibrary.create(work).toString(), url);
        try (Services ivan = Services.openShared(url)) {
            ivan.coder().rename("Ivan");
            var first = ivan.library().statements(2).get(0);
            ivan.annotation().editStatement(first, "note", e -> e.withNote("Checked against the ISW map"));
        }
        javafx.application.Platform.startup(() -> { });
        javafx.application.Platform.setImplicitExit(false);
        Screenshots.capture(url, "library", null, "light", out.resolve("screenshot-shared-library.png"),
                MainWindow::showChangesByOthers);
        System.exit(0);
    }
}
