package org.whosaid.service.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command of this WhoSaid build in a fresh JVM (as a user runs it) and watches it from outside: wall time,
 * CPU time of all its threads and its peak resident memory as the operating system counts it (VmHWM of
 * /proc/PID/status, polled while it runs; Linux only, absent elsewhere), each summed over the JVM and the processes
 * it starts (an import runs in a JVM of its own).
 */
public final class ChildJvm {
    private static final String LAUNCHER = "org.whosaid.Launcher";
    private static final long POLL_MILLIS = 20;

    /** What the child did: its exit code and output, and the figures measured from outside. */
    public record Run(int exitCode, String output, double wallSeconds, double cpuSeconds,
                      OptionalDouble peakResidentMb) {
    }

    private ChildJvm() {
    }

    /** Runs {@code whosaid ARGS...} with this JVM and class path; a child still running after {@code timeout} is killed. */
    public static Run whosaid(List<String> args, Duration timeout) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LAUNCHER));
        command.addAll(args);
        try {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(child.getInputStream(), output), "bench child output");
            reader.setDaemon(true);
            reader.start();
            // Per process of the tree (an import starts a JVM of its own): its peak memory and CPU time so far.
            Map<Long, Double> peaks = new HashMap<>();
            Map<Long, Duration> cpus = new HashMap<>();
            long deadline = start + timeout.toNanos();
            while (!child.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // VmHWM only grows, so the last reading before a process ends is its peak (to within a poll).
                List<ProcessHandle> tree = new ArrayList<>(List.of(child.toHandle()));
                child.descendants().forEach(tree::add);
                for (ProcessHandle p : tree) {
                    highWaterMb(Path.of("/proc", Long.toString(p.pid()), "status"))
                            .ifPresent(mb -> peaks.merge(p.pid(), mb, Math::max));
                    p.info().totalCpuDuration().ifPresent(d -> cpus.merge(p.pid(), d, (a, b) -> a.compareTo(b) > 0 ? a : b));
                }
                if (System.nanoTime() > deadline) {
                    child.descendants().forEach(ProcessHandle::destroyForcibly);
                    child.destroyForcibly();
                    break;
                }
            }
            // The sum of each process's peak: at most what they held together, never less.
            double peak = peaks.values().stream().mapToDouble(Double::doubleValue).sum();
            Duration cpu = cpus.values().stream().reduce(Duration.ZERO, Duration::plus);
            child.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            reader.join(TimeUnit.SECONDS.toMillis(10));
            String text;
            synchronized (output) {
                text = output.toString(StandardCharsets.UTF_8);
            }
            return new Run(child.exitValue(), text, wall, cpu.toNanos() / 1e9,
                    peak == 0 ? OptionalDouble.empty() : OptionalDouble.of(peak));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + String.join(" ", args), e);
        }
    }

    /** The peak resident memory of this process so far, in MB, as the operating system counts it. */
    public static OptionalDouble ownPeakResidentMb() {
        return highWaterMb(Path.of("/proc/self/status"));
    }

    private static OptionalDouble highWaterMb(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).strip().split("\\s+")[0];
                    return OptionalDouble.of(Long.parseLong(kb) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has just ended
        }
        return OptionalDouble.empty();
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the child's output ends with it
        }
    }
}
