package org.whosaid.service;

/**
 * What happened to one input of an import: imported, already there, or failed with a reason. An imported
 * article may carry a note in {@code reason}: what a bound left unanalysed, undecodable characters, or that its
 * language is one the parser does not read.
 */
public record ImportOutcome(String input, Result result, long articleId, String title, String reason) {
    public enum Result { IMPORTED, DUPLICATE, FAILED }

    public static ImportOutcome failed(String input, String reason) {
        return new ImportOutcome(input, Result.FAILED, 0, null, reason);
    }

    /** One line for a person: "imported articles/a.txt as #3 “Title”" or "failed x.html: empty file". */
    public String describe() {
        return switch (result) {
            case IMPORTED -> "imported " + input + " as #" + articleId + " \u201c" + title + "\u201d"
                    + (reason == null ? "" : " (" + reason + ")");
            case DUPLICATE -> "already in the library: " + input + " (#" + articleId + ")";
            case FAILED -> "failed " + input + ": " + reason;
        };
    }
}
