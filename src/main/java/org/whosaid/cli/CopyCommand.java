package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.whosaid.service.LibraryTransfer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copy --from A --to B}: moves a whole library between a file and a PostgreSQL server, either way. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copy a whole library (articles, statements, sources, parties, topics, tags, notes, feeds and every"
                + " coder's edits) into a new, empty one: a file to a shared library on PostgreSQL, or back."
                + " The copy is checked by the rows of each table and a checksum of the statements.")
final class CopyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The library to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL",
            description = "The new library: a file, or postgresql://user@host:port/database (an empty database or schema).")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LibraryTransfer.Report report = LibraryTransfer.copy(from, to);
        out.println("copied " + report.from() + " to " + report.to() + ":");
        for (Map.Entry<String, Integer> table : report.rows().entrySet()) {
            out.printf("  %-14s %d%n", table.getKey(), table.getValue());
        }
        out.println("statements checksum " + report.statementChecksum() + " (the same in both)");
        return ExitCode.OK;
    }
}
