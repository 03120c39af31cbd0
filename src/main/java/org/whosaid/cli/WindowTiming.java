package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the desktop app from launch to a rendered Library: a fresh JVM (so its start-up counts) runs the
 * {@code screenshot} command on the database and reports when the window was rendered.
 */
final class WindowTiming {
    private static final Pattern RENDERED = Pattern.compile("window rendered (\\d+) ms after launch");
    private static final String LAUNCHER = "org.whosaid.Launcher";

    private WindowTiming() {
    }

    /** Empty when there is no display, or the child did not report a time (its output then goes to {@code err}). */
    static OptionalLong launchToRenderedLibrary(Path database, PrintWriter err) {
        if (System.getenv("DISPLAY") == null) {
            return OptionalLong.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            Path picture = Files.createTempFile("whosaid-window", ".png");
            try {
                Process child = new ProcessBuilder(List.of(java.toString(), "-cp",
                        System.getProperty("java.class.path"), LAUNCHER, "--db", database.toString(), "screenshot",
                        "--view", "library", "--out", picture.toString()))
                        .redirectErrorStream(true).start();
                String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!child.waitFor(2, TimeUnit.MINUTES)) {
                    child.destroyForcibly();
                }
                Matcher rendered = RENDERED.matcher(output);
                if (rendered.find()) {
                    return OptionalLong.of(Long.parseLong(rendered.group(1)));
                }
                err.println("bench: the window was not timed: " + output.strip());
                return OptionalLong.empty();
            } finally {
                Files.deleteIfExists(picture);
            }
        } catch (IOException e) {
            err.println("bench: the window was not timed: " + e.getMessage());
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
