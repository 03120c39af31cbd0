package org.whosaid.model;

import java.util.List;

/** One row of the library: an article without its text, with statement counts and the parties heard. */
public record ArticleSummary(long id, String title, String outlet, String published, int quotes, int claims,
                             int unattributed, List<String> parties) {
    public ArticleSummary {
        parties = List.copyOf(parties);
    }
}
