package org.whosaid.service;

import java.util.List;

import org.whosaid.model.Counts;

/**
 * What a re-analysis did: articles analysed again, their statements before and after, the user's statements kept
 * as they were (corrected, rejected, tagged, added), ids that named no article, and whether it was cancelled.
 */
public record ReanalyseReport(int articles, int statementsBefore, int statementsAfter, int correctionsKept,
                              List<Long> notFound, boolean cancelled) {
    public ReanalyseReport {
        notFound = List.copyOf(notFound);
    }

    /** "3 articles re-analysed: 120 statements before, 131 after; 14 of your corrections kept" */
    public String summary() {
        return Counts.of(articles, "article") + " re-analysed: " + Counts.of(statementsBefore, "statement")
                + " before, " + statementsAfter + " after; " + correctionsKept
                + " of your corrections kept" + (cancelled ? " (cancelled)" : "");
    }
}
