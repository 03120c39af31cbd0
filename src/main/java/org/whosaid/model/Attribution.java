package org.whosaid.model;

import java.util.List;

/**
 * One statement the analysis found in an article's text, not yet stored.
 * {@code cue} and {@code source} are null for unattributed claims; {@code topic} is a topic key or null.
 */
public record Attribution(StatementKind kind, Span content, Span cue, SourceMention source, Stance stance,
                          String topic, List<String> flags, String rule, double confidence) {
    public Attribution {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
