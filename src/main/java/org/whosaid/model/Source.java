package org.whosaid.model;

import java.util.List;

/** A stored speaker; {@code party} is a party name or null when unknown. */
public record Source(long id, String name, SourceKind kind, String party, List<String> aliases) {
    public Source {
        aliases = List.copyOf(aliases);
    }
}
