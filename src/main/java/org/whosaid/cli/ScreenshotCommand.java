package org.whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code screenshot --view V --out FILE.png}: the real main window on the database, rendered to a PNG. */
@Command(name = "screenshot", mixinStandardHelpOptions = true, description = "Open the main window on the database, show a view, and save it as a PNG "
        + "(needs a display; on a server use Xvfb).")
final class ScreenshotCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--view", required = true, description = "library, reader, compare, sources or audit")
    String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.png")
    Path out;

    @Option(names = "--article", paramLabel = "ID", description = "The article the Reader shows (default: the first).")
    Long article;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark")
    String theme;

    @Override
    public Integer call() {
        if (!java.util.List.of("library", "reader", "compare", "sources", "audit").contains(view)) {
            spec.commandLine().getErr().println("whosaid: unknown view '" + view
                    + "' (known: library, reader, compare, sources, audit)");
            return ExitCode.USAGE;
        }
        long renderedAfter = root.screenCapture().capture(
                root.sharedLibrary().orElseGet(() -> root.databaseFile().toString()), view, article, theme, out.toAbsolutePath());
        spec.commandLine().getErr().println("wrote " + out.toAbsolutePath() + " (window rendered " + renderedAfter
                + " ms after launch)");
        return ExitCode.OK;
    }
}
