package org.whosaid.cli;

import java.nio.file.Path;

/** Takes a picture of the desktop app's window; the launcher supplies it, so the command line needs no UI code. */
@FunctionalInterface
public interface ScreenCapture {
    /**
     * Writes the PNG of the window on {@code library} (a file's path or a shared library's URL); returns how long
     * after the process started the window was rendered, in milliseconds.
     */
    long capture(String library, String view, Long articleId, String theme, Path out);
}
