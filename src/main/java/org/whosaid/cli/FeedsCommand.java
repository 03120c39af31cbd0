package org.whosaid.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.model.Feed;
import org.whosaid.service.FeedService;
import org.whosaid.service.FeedUpdateReport;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code feeds add URL | list | remove ID | update [ID]}: RSS and Atom subscriptions. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Follow RSS and Atom feeds.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class,
                FeedsCommand.Update.class})
final class FeedsCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    private static String describe(Feed f) {
        return String.format("%-4d %-30s %s%s", f.id(), Text.cut(f.title() == null ? "(untitled)" : f.title(), 30), f.url(),
                f.error() == null ? "" : "  [last update failed: " + f.error() + "]");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe to a feed (downloads it once to check it).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FeedsCommand feeds;

        @Parameters(paramLabel = "URL")
        String url;

        @Override
        public Integer call() {
            Feed feed = feeds.root.services().feeds().add(url);
            feeds.spec.commandLine().getOut().println("subscribed: " + describe(feed));
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds: id, title, address.")
    static final class ListFeeds implements Callable<Integer> {
        @ParentCommand
        FeedsCommand feeds;

        @Override
        public Integer call() {
            PrintWriter out = feeds.spec.commandLine().getOut();
            List<Feed> all = feeds.root.existingServices().feeds().list();
            all.forEach(f -> out.println(describe(f)));
            if (all.isEmpty()) {
                out.println("no feeds yet: whosaid feeds add URL");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribe; imported articles stay.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FeedsCommand feeds;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            if (!feeds.root.existingServices().feeds().remove(id)) {
                feeds.spec.commandLine().getErr().println("whosaid: no feed with id " + id + " (see `whosaid feeds list`)");
                return ExitCode.SOME_FAILED;
            }
            feeds.spec.commandLine().getOut().println("removed feed #" + id);
            return ExitCode.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Import the new items of every feed, or of feed ID.")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        FeedsCommand feeds;

        @Parameters(paramLabel = "ID", arity = "0..1")
        Long id;

        @Option(names = "--delay", paramLabel = "SECONDS", description = "Least time between two requests to one host (default: 1).")
        double delay = FeedService.DEFAULT_HOST_DELAY.toMillis() / 1000.0;

        @Override
        public Integer call() {
            if (delay < 0) {
                throw new IllegalArgumentException("--delay must not be negative");
            }
            PrintWriter out = feeds.spec.commandLine().getOut();
            PrintWriter err = feeds.spec.commandLine().getErr();
            FeedUpdateReport report = feeds.root.existingServices().feeds()
                    .update(id, Duration.ofMillis(Math.round(delay * 1000)), Progress.NONE);
            for (FeedUpdateReport.FeedResult result : report.feeds()) {
                (result.error() == null ? out : err).println(result.describe());
                for (ImportOutcome item : result.items()) {
                    (item.result() == ImportOutcome.Result.FAILED ? err : out).println("  " + item.describe());
                }
            }
            out.println(report.summary());
            return report.failures() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
    }
}
