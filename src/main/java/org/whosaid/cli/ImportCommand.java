package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;
import org.whosaid.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import PATH|URL...}: imports files, folders (recursively), http(s) pages and Telegram channel exports. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Import .txt .md .html .htm .pdf files, folders (recursive), http(s) URLs and Telegram Desktop channel exports",
        "(a result.json, or a folder holding result.json or messages.html)."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL")
    List<String> inputs;

    @Option(names = "--telegram-channel", paramLabel = "USERNAME",
            description = "The channel's public username, so each post links to https://t.me/USERNAME/ID.")
    String telegramChannel;

    @Override
    public Integer call() {
        ImportReport report = root.services().imports().importAll(inputs, telegramChannel, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ImportOutcome outcome : report.outcomes()) {
            (outcome.result() == ImportOutcome.Result.FAILED ? err : out).println(outcome.describe());
        }
        out.println(report.summary());
        return report.failures().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
