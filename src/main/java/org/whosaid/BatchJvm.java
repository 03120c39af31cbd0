package org.whosaid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Runs {@code whosaid import} in a JVM whose memory suits a long batch, when the user chose no heap or collector.
 * The default collector grows the heap to a gigabyte during a large import whose live data stays under 100 MB;
 * the serial collector, keeping little free heap, does the same import at the same speed in a third of the memory
 * (docs/decisions.md). A JVM cannot change its collector once started, hence a second one; its exit code is ours.
 */
final class BatchJvm {
    /** Set in the batch JVM's environment, so that it never starts another. */
    static final String STARTED = "WHOSAID_BATCH_JVM";
    static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");
    /** The root options that take a value, so that their value is not read as the command. */
    private static final List<String> VALUED = List.of("--db", "--coder");

    private BatchJvm() {
    }

    /** Whether these arguments run an import in a JVM started with none of the user's own memory options. */
    static boolean wanted(String[] args, Map<String, String> environment, List<String> jvmOptions) {
        return environment.get(STARTED) == null && isImport(args)
                && jvmOptions.stream().noneMatch(BatchJvm::isMemoryOption);
    }

    /** True when the command, the first word that is neither an option nor an option's value, is {@code import}. */
    static boolean isImport(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (VALUED.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i].equals("import");
            }
        }
        return false;
    }

    private static boolean isMemoryOption(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xmn")
                || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")
                || option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /** The command line of the batch JVM: this Java, the user's JVM options, ours, this class path, the arguments. */
    static List<String> command(String[] args, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the arguments in the batch JVM, sharing this one's terminal, and returns its exit code; empty when no JVM
     * could be started, and the import then runs here.
     */
    static OptionalInt run(String[] args, List<String> jvmOptions) {
        ProcessBuilder builder = new ProcessBuilder(command(args, jvmOptions)).inheritIO();
        builder.environment().put(STARTED, "1");
        Process batch;
        try {
            batch = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // Ctrl-C reaches both JVMs; a kill of this one alone must not leave the import running without it.
        Runtime.getRuntime().addShutdownHook(new Thread(batch::destroy, "stop the batch JVM"));
        while (true) {
            try {
                return OptionalInt.of(batch.waitFor());
            } catch (InterruptedException e) {
                batch.destroy(); // nothing here interrupts the main thread but a request to stop
            }
        }
    }
}
