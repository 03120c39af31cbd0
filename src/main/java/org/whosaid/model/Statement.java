package org.whosaid.model;

import java.util.List;

/**
 * A stored statement, flattened with what a reader needs to see about it.
 * Source fields are null for unattributed statements; {@code cue} may be null. {@code version} counts the changes
 * made to the stored row (an edit names the version it read, so that it never overwrites a change it has not seen);
 * {@code edited} is the last person's edit, null while nobody has edited it.
 */
public record Statement(long id, long articleId, StatementKind kind, Span content, Span cue,
                        Long sourceId, String sourceName, String mention, SourceKind sourceKind, String party,
                        Stance stance, String topic, List<String> flags, Origin origin, String rule,
                        double confidence, Status status, List<String> tags, String note, int version,
                        EditStamp edited) {
    public Statement {
        flags = List.copyOf(flags);
        tags = List.copyOf(tags);
    }

    public int start() {
        return content.start();
    }

    public int end() {
        return content.end();
    }

    public String text() {
        return content.text();
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }
}
