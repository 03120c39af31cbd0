package org.whosaid.service;

import java.util.List;

/** The outcome of an import batch, input by input, with notes on what was skipped on purpose (media-only posts). */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled, List<String> notes) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
        notes = List.copyOf(notes);
    }

    public ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {
        this(outcomes, cancelled, List.of());
    }

    public long count(ImportOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }

    public List<ImportOutcome> failures() {
        return outcomes.stream().filter(o -> o.result() == ImportOutcome.Result.FAILED).toList();
    }

    /** "2 imported, 1 already in the library, 1 failed", then the notes after semicolons */
    public String summary() {
        return count(ImportOutcome.Result.IMPORTED) + " imported, " + count(ImportOutcome.Result.DUPLICATE)
                + " already in the library, " + count(ImportOutcome.Result.FAILED) + " failed"
                + (cancelled ? " (cancelled)" : "") + notes.stream().map(n -> "; " + n).collect(java.util.stream.Collectors.joining());
    }
}
