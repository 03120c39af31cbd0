package org.whosaid.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --format json [--out FILE] [ID...]}: the library, or chosen articles, for other tools. */
@Command(name = "export", description = "Export articles with their statements (all articles when no ID is given).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json (default)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<Long> ids = List.of();

    @Override
    public Integer call() throws IOException {
        if (!"json".equals(format)) {
            spec.commandLine().getErr().println("whosaid: unknown export format '" + format + "' (known: json)");
            return ExitCode.USAGE;
        }
        if (out == null) {
            root.services().export().writeJson(ids, spec.commandLine().getOut());
            return ExitCode.OK;
        }
        // Written beside the target and moved in one step, so a failed export never leaves half a file.
        Path absolute = out.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".whosaid-export", ".tmp");
        try (Writer file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            root.services().export().writeJson(ids, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getErr().println("wrote " + absolute);
        return ExitCode.OK;
    }
}
