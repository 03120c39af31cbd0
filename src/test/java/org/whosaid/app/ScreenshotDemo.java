package org.whosaid.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.whosaid.fixture.GoldLibrary;

/**
 * Writes the screenshots of docs/ from a demo database (the Toretsk article with its gold statements, and two short
 * articles): {@code ScreenshotDemo OUTPUT_FOLDER}. Needs a display (Xvfb on a server).
 */
public final class ScreenshotDemo {
    private ScreenshotDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path db = Files.createTempDirectory("whosaid-shots").resolve("demo.db");
        long toretsk = GoldLibrary.storeToretsk(db);
        GoldLibrary.storeOther(db, "Harvest festival draws crowds in Lviv",
                "Farmers in Lviv celebrated the harvest on Sunday, the city council said.");
        GoldLibrary.storeOther(db, "Grain corridor talks resume in Istanbul",
                "Negotiators met in Istanbul to discuss grain exports, officials said.");
        // Started here so that the four captures share one toolkit (a capture that starts it also stops it).
        javafx.application.Platform.startup(() -> { });
        javafx.application.Platform.setImplicitExit(false);
        Screenshots.capture(db.toString(), "library", null, "light", out.resolve("screenshot-library.png"));
        Screenshots.capture(db.toString(), "reader", toretsk, "light", out.resolve("screenshot-reader.png"));
        Screenshots.capture(db.toString(), "reader", toretsk, "dark", out.resolve("screenshot-reader-dark.png"));
        Screenshots.capture(db.toString(), "library", null, "dark", out.resolve("screenshot-library-dark.png"));
        System.exit(0);
    }
}
