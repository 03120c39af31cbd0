package org.whosaid.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.whosaid.service.ExportService;

/**
 * The export dialog's choices made consistent: the file's extension follows the chosen format, and an extension the
 * user typed chooses the format, so a CSV file is never written under a {@code .json} name.
 */
public final class ExportChoice {
    private ExportChoice() {
    }

    /** A file and the format to write into it. */
    public record Target(Path file, String format) {
    }

    /** What each export format is called in the file dialog. */
    public static String describe(String format) {
        return switch (format) {
            case "json" -> "WhoSaid JSON (whosaid-export/1)";
            case "csv" -> "CSV spreadsheet, one row per statement";
            case "webanno" -> "W3C Web Annotations, to share coding with a colleague";
            case "markdown" -> "Markdown report";
            case "html" -> "HTML report";
            case "qdpx" -> "REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)";
            default -> format;
        };
    }

    /** The dialog's title: what will be exported. */
    public static String title(int selected) {
        return selected == 0 ? "Export the whole library"
                : "Export the " + selected + " selected article" + (selected == 1 ? "" : "s");
    }

    /** The name offered first, which also says what is exported: "whosaid-library.json", "whosaid-3-articles.csv". */
    public static String initialName(int selected, String format) {
        String stem = selected == 0 ? "whosaid-library"
                : "whosaid-" + selected + "-article" + (selected == 1 ? "" : "s");
        return stem + "." + ExportService.extension(format);
    }

    /** The format whose usual extension this is ("md" → "markdown"), if any. */
    public static Optional<String> formatOfExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        if (wanted.equals("htm")) {
            return Optional.of("html");
        }
        return ExportService.FORMATS.stream().filter(f -> ExportService.extension(f).equals(wanted)).findFirst();
    }

    /**
     * Resolves what the dialog returned.
     *
     * @param chosen the file named in the dialog
     * @param selectedFormat the format of the type filter selected in the dialog
     * @param offeredName the name the dialog was opened with: left as it was, it says nothing about the format
     */
    public static Target resolve(Path chosen, String selectedFormat, String offeredName) {
        String name = chosen.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Optional<String> typed = dot > 0 ? formatOfExtension(name.substring(dot + 1)) : Optional.empty();
        if (typed.isPresent() && !name.equals(offeredName)) {
            return new Target(chosen, typed.get());
        }
        String base = typed.isPresent() ? stem : name;
        return new Target(chosen.resolveSibling(base + "." + ExportService.extension(selectedFormat)), selectedFormat);
    }
}
