package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.whosaid.model.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: one line per article with its statement counts. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List articles: id, outlet, date, title, statement counts.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var summaries = root.readingServices().library().summaries();
        out.printf("%-5s %-20s %-10s %6s %6s %6s  %s%n", "ID", "OUTLET", "DATE", "QUOTES", "CLAIMS", "UNATTR", "TITLE");
        for (ArticleSummary a : summaries) {
            out.printf("%-5d %-20s %-10s %6d %6d %6d  %s%n", a.id(), Text.cut(a.outlet(), 20),
                    Text.date(a.published()), a.quotes(), a.claims(), a.unattributed(), a.title());
        }
        return ExitCode.OK;
    }
}
