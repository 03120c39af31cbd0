package org.whosaid.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.service.eval.EvalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval --gold FILE.gold.json}: scores the parser on a reference annotation, in a temporary database. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the parser on a reference annotation (uses a temporary database).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.gold.json")
    Path gold;

    @Option(names = "--article", paramLabel = "FILE", description = "The article to score (default: the gold's).")
    Path article;

    @Option(names = "--verbose", description = "List the misses and false positives.")
    boolean verbose;

    @Override
    public Integer call() {
        EvalService.Result result = new EvalService().evaluate(gold, article, verbose);
        spec.commandLine().getOut().println("article: " + result.article());
        spec.commandLine().getOut().print(result.report().endsWith("\n") ? result.report() : result.report() + "\n");
        return ExitCode.OK;
    }
}
