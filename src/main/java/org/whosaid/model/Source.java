package org.whosaid.model;

import java.util.List;

/**
 * A stored speaker; {@code party} is a party name or null when unknown; {@code version} counts the edits of its row,
 * so that an edit made from a stale view of it can be refused, and {@code edited} is the last person's edit of it
 * (null while nobody edited it).
 */
public record Source(long id, String name, SourceKind kind, String party, List<String> aliases, int version,
                     EditStamp edited) {
    public Source {
        aliases = List.copyOf(aliases);
    }

    /** A source as first stored, before anyone edited it. */
    public Source(long id, String name, SourceKind kind, String party, List<String> aliases) {
        this(id, name, kind, party, aliases, 0, null);
    }
}
