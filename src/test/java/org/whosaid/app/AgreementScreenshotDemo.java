package org.whosaid.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.whosaid.fixtures.TwoCoderExports;
import org.whosaid.service.Services;

/**
 * Writes docs/screenshot-agreement.png: the Agreement view comparing the two coders of {@link TwoCoderExports} in one
 * library (their exports merged into it), one disagreement settled. {@code AgreementScreenshotDemo OUTPUT_FOLDER}; needs a display (Xvfb, or Monocle headless).
 */
public final class AgreementScreenshotDemo {
    private AgreementScreenshotDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        // the window's coder (the status bar shows it) is the system user until asked
        System.setProperty("user.name", "Lead");
        Path work = Files.createTempDirectory("whosaid-agreement");
        List<Path> exports = TwoCoderExports.write(work);
        Path db;
        try (Services lead = TwoCoderExports.coder(work.resolve("lead"), "Lead")) {
            db = lead.databaseFile();
            for (Path export : exports) {
                lead.export().importWebAnnotations(export, false);
            }
        }
        javafx.application.Platform.startup(() -> { });
        javafx.application.Platform.setImplicitExit(false);
        Screenshots.capture(db, "agreement", null, "light", out.resolve("screenshot-agreement.png"), window -> {
            window.agreementModel().refresh();
            window.agreementModel().compareLibrary(List.of("Maria", "Ivan"));
            var row = window.agreementModel().disagreements().get(2);
            window.agreementModel().settle(row, 1);
        });
        System.exit(0);
    }
}
