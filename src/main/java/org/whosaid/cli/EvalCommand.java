package org.whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.service.EvalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval --gold FILE.gold.json}: scores the parser on a reference annotation, in a temporary database. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the parser on a reference annotation (uses a temporary database).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE.gold.json")
    Path gold;

    @Option(names = "--compare", paramLabel = "GOLD.json", description = "Score cross-article linking on a compare gold file.")
    Path compare;

    @Option(names = "--article", paramLabel = "FILE", description = "The article to score (default: the gold's).")
    Path article;

    @Option(names = "--verbose", description = "List the misses and false positives.")
    boolean verbose;

    @Override
    public Integer call() {
        if (compare != null) {
            spec.commandLine().getOut().print(new org.whosaid.service.CompareEvalService().evaluate(compare));
            return ExitCode.OK;
        }
        if (gold == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --gold FILE or --compare FILE");
        }
        EvalService.Result result = new EvalService().evaluate(gold, article, verbose);
        spec.commandLine().getOut().println("article: " + result.article());
        spec.commandLine().getOut().print(result.report().endsWith("\n") ? result.report() : result.report() + "\n");
        return ExitCode.OK;
    }
}
