package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whosaid.service.bench.BenchmarkService;
import org.whosaid.service.bench.ChildJvm;

/**
 * Times the desktop app from launch to a rendered Library: a fresh JVM (so its start-up counts) runs the
 * {@code screenshot} command on the database and reports when the window was rendered; its peak resident memory
 * is read from outside.
 */
final class WindowTiming {
    private static final Pattern RENDERED = Pattern.compile("window rendered (\\d+) ms after launch");

    private WindowTiming() {
    }

    /** Empty when there is no display, or the child did not report a time (its output then goes to {@code err}). */
    static Optional<BenchmarkService.WindowUp> launchToRenderedLibrary(String database, PrintWriter err) {
        if (System.getenv("DISPLAY") == null) {
            return Optional.empty();
        }
        try {
            Path picture = Files.createTempFile("whosaid-window", ".png");
            try {
                ChildJvm.Run run = ChildJvm.whosaid(List.of("--db", database, "screenshot", "--view",
                        "library", "--out", picture.toString()), Duration.ofMinutes(2));
                Matcher rendered = RENDERED.matcher(run.output());
                if (rendered.find()) {
                    return Optional.of(new BenchmarkService.WindowUp(Long.parseLong(rendered.group(1)),
                            run.peakResidentMb()));
                }
                err.println("bench: the window was not timed: " + run.output().strip());
                return Optional.empty();
            } finally {
                Files.deleteIfExists(picture);
            }
        } catch (IOException e) {
            err.println("bench: the window was not timed: " + e.getMessage());
            return Optional.empty();
        }
    }
}
