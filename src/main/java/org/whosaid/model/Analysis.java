package org.whosaid.model;

import java.util.List;

/** Everything the attribution engine found in one article. */
public record Analysis(List<Attribution> attributions, List<TopicDef> topics) {
    public Analysis {
        attributions = List.copyOf(attributions);
        topics = List.copyOf(topics);
    }

    public static Analysis empty() {
        return new Analysis(List.of(), List.of());
    }
}
