package org.whosaid.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log, {@code whosaid.log} beside the database: what failed in the background, with its stack trace.
 * Bounded: a log over {@link #LIMIT} bytes at start is kept once as {@code whosaid.log.1}, and within a session the
 * file starts again when it reaches twice that.
 */
public final class AppLog {
    static final String FILE = "whosaid.log";
    static final int LIMIT = 1_000_000;
    private static final Logger ROOT = Logger.getLogger("org.whosaid");
    private static Handler installed;

    private AppLog() {
    }

    /** Sends the app's log records to {@code whosaid.log} in {@code folder}; a folder it cannot write is skipped. */
    public static synchronized Path install(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(file) && Files.size(file) > LIMIT) {
                Files.move(file, folder.resolve(FILE + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            FileHandler handler = new FileHandler(file.toString(), 2 * LIMIT, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            if (installed != null) {
                ROOT.removeHandler(installed);
                installed.close();
            }
            ROOT.addHandler(handler);
            installed = handler;
        } catch (IOException | RuntimeException e) {
            ROOT.log(Level.WARNING, "cannot write the log " + file + ": " + e.getMessage());
        }
        return file;
    }
}
