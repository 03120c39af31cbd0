package org.whosaid.model;

import java.util.List;

/**
 * One row of the library: an article without its text, with statement counts, the parties heard and its
 * language code (null when unknown).
 */
public record ArticleSummary(long id, String title, String outlet, String published, int quotes, int claims,
                             int unattributed, List<String> parties, String language) {
    public ArticleSummary {
        parties = List.copyOf(parties);
    }

    /** A row whose language is not known. */
    public ArticleSummary(long id, String title, String outlet, String published, int quotes, int claims,
                          int unattributed, List<String> parties) {
        this(id, title, outlet, published, quotes, claims, unattributed, parties, null);
    }
}
