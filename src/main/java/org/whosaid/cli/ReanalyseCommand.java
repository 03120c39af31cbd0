package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.service.Progress;
import org.whosaid.service.ReanalyseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reanalyse [ID...]}: runs the current engine again over stored articles, keeping the user's corrections. */
@Command(name = "reanalyse", mixinStandardHelpOptions = true,
        description = "Analyse articles again with this version's engine and lexicons (all when no ID is given);"
                + " every correction, rejection, party, topic, tag and note is kept.")
final class ReanalyseCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ID")
    List<Long> ids = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReanalyseReport report = root.existingServices().analysis().reanalyse(ids, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (done < total) {
                    err.printf("[%d/%d] %s%n", done + 1, total, message);
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        for (long missing : report.notFound()) {
            err.println("no article " + missing);
        }
        out.println(report.summary());
        return report.notFound().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
