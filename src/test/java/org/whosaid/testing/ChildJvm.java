package org.whosaid.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link StoreChild} (or the real command line) running in its own JVM, with the lines it printed so far. */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Path errors;
    private final Thread reader;

    private ChildJvm(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.reader = new Thread(this::readLines, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code StoreChild} with these arguments on this JVM's class path; its stderr goes to a file. */
    public static ChildJvm start(Path workDir, String... args) throws IOException {
        return start(workDir, StoreChild.class.getName(), List.of(), args);
    }

    /**
     * Runs the {@code whosaid} command line itself (the jar's entry point) with these arguments, as a second user
     * would on another machine; its home folder (settings, lexicons) is {@code workDir}.
     */
    public static ChildJvm startCommandLine(Path workDir, String... args) throws IOException {
        return start(workDir, "org.whosaid.Launcher", List.of("-Duser.home=" + workDir.toAbsolutePath(),
                "-Djava.awt.headless=true"), args);
    }

    private static ChildJvm start(Path workDir, String mainClass, List<String> options, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile(workDir, "child", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new ChildJvm(process, errors);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child was killed: what it printed so far is all there is
        }
    }

    /** Waits until the child printed {@code count} lines; false if it ended or the time ran out first. */
    public boolean awaitLines(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(100, TimeUnit.NANOSECONDS.toMillis(left))));
            }
            return true;
        }
    }

    /** Kills the child at once (SIGKILL): no shutdown hooks, no finally blocks, no closing of the database. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    /** Waits for the child to end by itself; returns its exit status. */
    public int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not finish within " + timeout + "; stderr: " + errors());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    public String errors() {
        try {
            return Files.readString(errors);
        } catch (IOException e) {
            return "(stderr unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
