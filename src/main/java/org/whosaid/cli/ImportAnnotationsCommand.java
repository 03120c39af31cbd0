package org.whosaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.whosaid.service.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import-annotations FILE}: a colleague's coding (a {@code webanno} export) added to this library. */
@Command(name = "import-annotations", mixinStandardHelpOptions = true, description = "Add the statements of a W3C Web Annotation file (made by"
        + " `export --format webanno`) to the same articles in this library, as your own annotations.")
final class ImportAnnotationsCommand implements Callable<Integer> {
    private static final int SHOWN = 10;

    @ParentCommand
    WhoSaidCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.jsonld")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportService.AnnotationImport result;
        try (InputStream in = Files.newInputStream(file)) {
            result = root.existingServices().export().importWebAnnotations(in);
        } catch (NoSuchFileException e) {
            err.println("failed " + file + ": no such file");
            return ExitCode.SOME_FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("failed " + file + ": not a Web Annotation file WhoSaid can read (" + e.getMessage() + ")");
            return ExitCode.SOME_FAILED;
        }
        // A library export holds many articles this library lacks: name a few, count the rest.
        result.unplaced().stream().limit(SHOWN).forEach(unplaced -> err.println("not placed: " + unplaced));
        if (result.unplaced().size() > SHOWN) {
            err.println("not placed: \u2026 and " + (result.unplaced().size() - SHOWN) + " more");
        }
        spec.commandLine().getOut().println(file + ": " + result.summary());
        return result.unplaced().isEmpty() ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
