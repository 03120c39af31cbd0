package org.whosaid.model;

import java.util.List;

/** A topic in the Compare list: its statement count, the parties heard on it, and whether they conflict. */
public record TopicOverview(Topic topic, List<String> parties, boolean conflict) {
    public TopicOverview {
        parties = List.copyOf(parties);
    }
}
