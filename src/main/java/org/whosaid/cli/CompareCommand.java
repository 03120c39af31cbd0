package org.whosaid.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Topic;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.TopicOverview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code compare [TOPIC]}: a topic's statements grouped by party across articles, oldest first; without TOPIC,
 * the topics with their counts, the parties heard, and a mark where one party asserts what another denies.
 * Registered with an instance, e.g. {@code commandLine.addSubcommand(new CompareCommand(root::services))}.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Show a topic's statements grouped by party, across articles "
        + "(without TOPIC: list the topics, marking conflicts).")
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TOPIC", description = "A topic key (toretsk-control) or its label.")
    String topic;

    @picocli.CommandLine.Option(names = "--by", paramLabel = "party|outlet", defaultValue = "party",
            description = "Group the topic's statements by party (default) or by outlet.")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (topic == null) {
            return listTopics(out);
        }
        Optional<Topic> found = root.readingServices().compare().findTopic(topic);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("whosaid: no topic \u201c" + topic + "\u201d (see `whosaid compare`)");
            return ExitCode.SOME_FAILED;
        }
        org.whosaid.service.CompareService.Grouping grouping;
        switch (by.toLowerCase(java.util.Locale.ROOT)) {
            case "party" -> grouping = org.whosaid.service.CompareService.Grouping.PARTY;
            case "outlet" -> grouping = org.whosaid.service.CompareService.Grouping.OUTLET;
            default -> {
                spec.commandLine().getErr().println("whosaid: --by takes party or outlet, not \u201c" + by + "\u201d");
                return ExitCode.USAGE;
            }
        }
        print(out, root.readingServices().compare().compare(found.get().key(), grouping));
        return ExitCode.OK;
    }

    private int listTopics(PrintWriter out) {
        List<TopicOverview> topics = root.readingServices().compare().topics();
        if (topics.isEmpty()) {
            out.println("No topics yet: import articles, or give statements a topic in the Reader.");
            return ExitCode.OK;
        }
        for (TopicOverview t : topics) {
            out.printf("%-28s %4d  %-8s %s  (%s)%s%n", Text.cut(t.topic().key(), 28), t.topic().statementCount(),
                    t.conflict() ? "CONFLICT" : "", t.topic().label(), String.join(", ", t.parties()),
                    t.conflict() && !t.reason().isEmpty() ? "  \u2014 " + t.reason() : "");
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, TopicComparison c) {
        out.println(c.topic().label() + "  [" + c.topic().key() + "]");
        if (c.conflict()) {
            out.println("CONFLICT: " + c.conflictSummary());
        }
        for (PartyAccounts column : c.columns()) {
            out.println();
            out.println("== " + column.party() + " (" + column.accounts().size() + ")");
            for (Account a : column.accounts()) {
                String text = a.quote() ? "\u201c" + Text.cut(a.text(), 98) + "\u201d" : Text.cut(a.text(), 100);
                out.printf("  %-10s %-9s %-6s %-30s %s%n", date(a.published()), a.stance().code(), a.kind().code(),
                        Text.cut(a.source(), 30), text);
                out.printf("  %-10s %s, %s, article #%d, statement #%d%n", "", Text.cut(a.outlet(), 40),
                        a.party() == null ? (a.source() == null ? "unattributed" : "no party") : a.party(),
                        a.articleId(), a.statementId());
            }
        }
    }

    private static String date(String published) {
        if (published == null) {
            return "-";
        }
        return published.length() > 10 ? published.substring(0, 10) : published;
    }
}
