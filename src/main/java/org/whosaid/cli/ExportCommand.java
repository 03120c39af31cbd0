package org.whosaid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --format F [--out FILE] [ID...]}: the library, or chosen articles, for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export articles with their statements (all articles when no ID is given).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json",
            description = "json (whosaid-export/1, default), csv, webanno, markdown, html or qdpx (REFI-QDA)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<Long> ids = List.of();

    @Override
    public Integer call() throws IOException {
        if (!ExportService.FORMATS.contains(format)) {
            spec.commandLine().getErr().println("whosaid: unknown export format '" + format + "' (known: "
                    + String.join(", ", ExportService.FORMATS) + ")");
            return ExitCode.USAGE;
        }
        ExportService export = root.readingServices().export();
        if (out == null) {
            spec.commandLine().getOut().flush();
            export.write(format, ids, System.out);
            System.out.flush();
            return ExitCode.OK;
        }
        Path absolute = out.toAbsolutePath();
        export.writeFile(format, ids, absolute);
        spec.commandLine().getErr().println("wrote " + absolute);
        return ExitCode.OK;
    }
}
