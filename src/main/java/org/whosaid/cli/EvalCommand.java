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

    @Option(names = "--gold", arity = "1..*", paramLabel = "FILE.gold.json|FOLDER")
    List<Path> gold;

    @Option(names = "--compare", paramLabel = "GOLD.json", description = "Score cross-article linking on a compare gold file.")
    Path compare;

    @Option(names = "--article", paramLabel = "FILE", description = "The article to score (default: the gold's).")
    Path article;

    @Option(names = "--export", paramLabel = "FILE.json", description = "Score this export instead of analysing the articles.")
    Path export;

    @Option(names = "--verbose", description = "List the misses and false positives.")
    boolean verbose;

    @Override
    public Integer call() {
        if (compare != null) {
            spec.commandLine().getOut().print(new org.whosaid.service.CompareEvalService().evaluate(compare));
            return ExitCode.OK;
        }
        if (gold == null || gold.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --gold FILE or --compare FILE");
        }
        EvalService.Result result = new EvalService().evaluate(gold, article, export, verbose);
        spec.commandLine().getOut().println(result.report());
        return ExitCode.OK;
    }
}
