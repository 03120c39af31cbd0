package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;
import org.whosaid.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import PATH|URL...}: imports files, folders (recursively) and http(s) pages. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import .txt .md .html .htm files, folders (recursive) and http(s) URLs.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    List<String> inputs;

    @Override
    public Integer call() {
        ImportReport report = root.services().imports().importAll(inputs, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportOutcome outcome : report.outcomes()) {
            (outcome.result() == ImportOutcome.Result.FAILED ? err : out).println(outcome.describe());
        }
        out.println(report.summary());
        return report.failures().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
