package org.whosaid.model;

import java.util.List;

/** One page of the Library's rows and how many rows its query matches in all. */
public record LibraryPage(int total, List<ArticleSummary> rows) {
    public LibraryPage {
        rows = List.copyOf(rows);
    }
}
