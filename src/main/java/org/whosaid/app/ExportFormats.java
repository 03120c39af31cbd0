package org.whosaid.app;

/** What each export format is called in a file dialog. */
final class ExportFormats {
    private ExportFormats() {
    }

    static String describe(String format) {
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
}
