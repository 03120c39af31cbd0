package org.whosaid.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.whosaid.fixture.GoldLibrary;

/** The screenshot command writes a PNG of the real window showing the requested view. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // The toolkit is running; capture opens its own window.
    }

    @Test
    void writesThePngOfTheReader() throws Exception {
        Path db = folder.resolve("shot.db");
        long id = GoldLibrary.storeToretsk(db);
        Path out = folder.resolve("shots").resolve("reader.png");
        Screenshots.capture(db.toString(), "reader", id, "dark", out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isGreaterThan(700);
    }
}
