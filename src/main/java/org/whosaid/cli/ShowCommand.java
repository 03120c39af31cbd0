package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.whosaid.model.Article;
import org.whosaid.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code show ID}: an article's statements with kind, source, party, stance and text. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show an article's statements: kind, source, party, stance, text.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--full", description = "Print each statement's whole text instead of its first line.")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Article article = root.readingServices().library().article(id).orElse(null);
        if (article == null) {
            spec.commandLine().getErr().println("whosaid: no article with id " + id + " (see `whosaid list`)");
            return ExitCode.SOME_FAILED;
        }
        out.println("#" + article.id() + " " + article.title());
        java.util.List<String> about = new java.util.ArrayList<>();
        if (article.outlet() != null && !article.outlet().isBlank()) {
            about.add(root.existingServices().imports().outletProfile(article.outlet())
                    .map(org.whosaid.model.OutletProfile::describe).orElse(article.outlet()));
        }
        if (article.published() != null && !article.published().isBlank()) {
            about.add(Text.date(article.published()));
        }
        if (article.byline() != null && !article.byline().isBlank() && !article.byline().equals(article.outlet())) {
            about.add(article.byline());
        }
        if (article.url() != null) {
            about.add(article.url());
        }
        if (!about.isEmpty()) {
            out.println(String.join(" \u00b7 ", about));
        }
        out.println();
        for (Statement s : root.readingServices().library().statements(id)) {
            out.printf("%-5d %-12s %-28s %-14s %-9s %s%s%n", s.id(), s.kind().code(), Text.cut(s.sourceName(), 28),
                    Text.cut(s.party(), 14), s.stance().code(), full ? s.text() : Text.cut(s.text(), 110),
                    s.active() ? "" : "  [rejected]");
        }
        return ExitCode.OK;
    }

}
