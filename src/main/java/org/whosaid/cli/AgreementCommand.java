package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.whosaid.service.agreement.AgreementReport;
import org.whosaid.service.agreement.Coding;
import org.whosaid.service.agreement.Field;
import org.whosaid.service.agreement.Unit;
import org.whosaid.service.AgreementFiles;
import org.whosaid.service.AgreementService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code agreement [NAME=]FILE...} and {@code agreement --coders A,B [ID...]}: how far coders who coded the same
 * articles agree, from their exports or from their codings in this library.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true, description = {
        "Agreement between coders who coded the same articles, each in their own library: give each coder's"
                + " `export --format webanno` file, as NAME=FILE to name the coder (else the name the file's"
                + " annotations give as their creator, else the file's name).",
        "Or together in this library (--db): --coders A,B compares the statements each of them edited or added"
                + " (under --coder A, --coder B), on the articles whose ids follow (else on all).",
        "Statements are matched as `eval` matches them (the texts share at least half of each one's words);"
                + " prints span agreement (F1), Cohen's kappa for each pair of coders and Krippendorff's alpha on"
                + " kind, party and stance over the statements coded by more than one, and every disagreement"
                + " (with the article's id when this library, --db, has it).",
        "Examples: whosaid agreement Maria=maria.jsonld Ivan=ivan.jsonld",
        "          whosaid agreement --coders Maria,Ivan 12 13"})
final class AgreementCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--coders", split = ",", paramLabel = "NAME",
            description = "Compare these coders' codings in this library (two or more, comma-separated).")
    List<String> coders;

    @Parameters(arity = "0..*", paramLabel = "[NAME=]FILE | ID",
            description = "A coder's Web Annotation export; with --coders, the id of an article to compare on.")
    List<String> arguments = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AgreementService.Comparison comparison;
        try {
            comparison = coders == null ? fromFiles() : fromLibrary();
        } catch (IOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("whosaid: agreement: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        print(out, comparison);
        return ExitCode.OK;
    }

    private AgreementService.Comparison fromFiles() throws IOException {
        if (arguments.size() < 2) {
            throw new ParameterException(spec.commandLine(), "give two coders' exports or more, or --coders A,B to"
                    + " compare the coders of this library");
        }
        List<AgreementFiles.CoderFile> files = arguments.stream().map(AgreementFiles.CoderFile::parse).toList();
        return root.hasLibrary()
                ? root.readingServices().agreement().compareFiles(files) : AgreementFiles.compare(files);
    }

    private AgreementService.Comparison fromLibrary() {
        if (!root.hasLibrary()) {
            throw new IllegalArgumentException(root.databaseFile() + ": no library here to compare coders in");
        }
        List<Long> ids = new ArrayList<>();
        for (String argument : arguments) {
            try {
                ids.add(Long.parseLong(argument.strip()));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "\u201c" + argument + "\u201d is not an article id"
                        + " (with --coders, give article ids, not files)", e, null, argument);
            }
        }
        return root.readingServices().agreement().compareLibrary(coders, ids);
    }

    static void print(PrintWriter out, AgreementService.Comparison comparison) {
        AgreementReport r = comparison.report();
        List<String> coders = r.coders();
        out.println("Agreement of " + String.join(", ", coders) + " on " + comparison.titles().size()
                + (comparison.titles().size() == 1 ? " article" : " articles"));
        for (int i = 0; i < coders.size(); i++) {
            out.println("  " + coders.get(i) + ": " + r.statements().get(i) + " statements");
        }
        for (AgreementReport.Pair p : r.pairs()) {
            out.printf(Locale.ROOT, "%s / %s: span F1 %s (%d matched, %d only %s, %d only %s)%n", p.first(),
                    p.second(), figure(p.spanF1()), p.matched(), p.onlyFirst(), p.first(), p.onlySecond(), p.second());
        }
        out.println();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s", "field"));
        for (AgreementReport.Pair p : r.pairs()) {
            header.append(String.format(Locale.ROOT, " %14s", r.pairs().size() == 1 ? "kappa" : "kappa " + initials(p)));
        }
        out.println(header.append(String.format(Locale.ROOT, " %8s", "alpha")));
        for (Field field : Field.values()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s", field.label()));
            for (AgreementReport.Pair p : r.pairs()) {
                row.append(String.format(Locale.ROOT, " %14s", figure(p.kappa().get(field))));
            }
            out.println(row.append(String.format(Locale.ROOT, " %8s", figure(r.alpha().get(field)))));
        }
        out.println();
        out.println("Disagreements (" + r.disagreements().size() + "):");
        int n = 1;
        for (AgreementReport.Disagreement d : r.disagreements()) {
            Unit unit = d.unit();
            String article = comparison.articleId(unit).map(id -> "article #" + id)
                    .orElse(Text.cut(comparison.title(unit), 40));
            out.printf("%3d. %s, \u201c%s\u201d: %s%n", n++, article, Text.cut(unit.anchor().text(), 70),
                    d.describe(coders));
            for (int i = 0; i < coders.size(); i++) {
                Coding c = unit.of(i);
                out.printf("       %-12s %s%n", Text.cut(coders.get(i), 12), c == null ? "(no statement)"
                        : c.kind() + ", " + (c.source() == null ? "no source" : c.source()) + ", "
                                + (c.party() == null ? Field.NONE : c.party()) + ", " + c.stance());
            }
        }
    }

    private static String initials(AgreementReport.Pair p) {
        return Text.cut(p.first(), 3) + "/" + Text.cut(p.second(), 3);
    }

    /** Three decimals, or "n/a" where the figure is undefined (no units, or one value throughout). */
    static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
