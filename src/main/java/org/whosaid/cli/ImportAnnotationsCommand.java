package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import-annotations FILE}: a colleague's coding (a {@code webanno} export) added to this library. */
@Command(name = "import-annotations", mixinStandardHelpOptions = true, description = "Merge the statements of a W3C Web"
        + " Annotation file (made by `export --format webanno`) into the same articles in this library: nothing of"
        + " yours is erased, and where your coding and the file's differ yours stays (unless --theirs). The file is"
        + " checked whole first; one bad value and nothing is stored.")
final class ImportAnnotationsCommand implements Callable<Integer> {
    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonld")
    Path file;

    @Option(names = "--theirs", description = "Where a statement you coded and the file differ, take the file's value.")
    boolean theirs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportService.AnnotationImport result;
        try {
            result = root.existingServices().export().importWebAnnotations(file, theirs);
        } catch (NoSuchFileException e) {
            err.println("failed " + file + ": no such file");
            return ExitCode.SOME_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("failed " + file + ": nothing imported: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        // A library export holds many articles this library lacks: name a few, count the rest.
        result.unplaced().forEach(unplaced -> err.println("not placed: " + unplaced));
        if (result.notPlaced() > result.unplaced().size()) {
            err.println("not placed: \u2026 and " + (result.notPlaced() - result.unplaced().size()) + " more");
        }
        spec.commandLine().getOut().println(file + ": " + result.summary());
        return result.notPlaced() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
