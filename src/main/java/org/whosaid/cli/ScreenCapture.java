package org.whosaid.cli;

import java.nio.file.Path;

/** Takes a picture of the desktop app's window; the launcher supplies it, so the command line needs no UI code. */
@FunctionalInterface
public interface ScreenCapture {
    /** Writes the PNG; returns how long after the process started the window was rendered, in milliseconds. */
    long capture(Path database, String view, Long articleId, String theme, Path out);
}
