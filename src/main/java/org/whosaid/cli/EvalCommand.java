package org.whosaid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.whosaid.service.eval.EvalService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval --gold FILE|FOLDER...}: scores the parser on reference annotations, in a temporary database. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the parser on reference annotations (gold files, multi-document gold files or folders of"
                + " them), as the shared scorer does; uses a temporary database.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE.gold.json|FOLDER")
    List<Path> gold;

    @Option(names = "--article", paramLabel = "FILE", description = "The article to score (default: the gold's).")
    Path article;

    @Option(names = "--export", paramLabel = "FILE.json", description = "Score this export instead of analysing the articles.")
    Path export;

    @Option(names = "--verbose", description = "List the misses and false positives.")
    boolean verbose;

    @Override
    public Integer call() {
        EvalService.Result result = new EvalService().evaluate(gold, article, export, verbose);
        spec.commandLine().getOut().println(result.report());
        return ExitCode.OK;
    }
}
