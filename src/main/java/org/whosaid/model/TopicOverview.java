package org.whosaid.model;

import java.util.List;

/** A topic in the Compare list: its statement count, the parties heard on it, and whether they conflict, and why. */
public record TopicOverview(Topic topic, List<String> parties, boolean conflict, String reason) {
    public TopicOverview {
        parties = List.copyOf(parties);
        reason = reason == null ? "" : reason;
    }

    public TopicOverview(Topic topic, List<String> parties, boolean conflict) {
        this(topic, parties, conflict, "");
    }
}
