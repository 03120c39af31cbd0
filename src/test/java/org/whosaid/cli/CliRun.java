package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line inside a test: its exit status and what it printed; opening the desktop app fails. */
record CliRun(int status, String out, String err) {

    /** Runs {@code args} with {@code environment} as the process environment. */
    static CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = WhoSaidCommand.execute(args, environment, arguments -> {
            throw new AssertionError("the desktop app must not open in a CLI test");
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }

    /** Runs {@code args} with {@code $WHOSAID_DB} in {@code dir}, so a command without --db never reaches ~/.whosaid. */
    static CliRun in(Path dir, String... args) {
        return run(Map.of("WHOSAID_DB", dir.resolve("env.db").toString()), args);
    }

    /** Writes {@code content} as UTF-8 to {@code dir/in/name}: an input file for {@code import}. */
    static Path input(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
