package org.whosaid.model;

import java.util.List;

/**
 * A speaker as the analysis found it: canonical name, the words used in the text, kind, party
 * and known aliases. The store turns it into a {@link Source} row.
 */
public record SourceMention(String name, String mention, SourceKind kind, String party, List<String> aliases) {
    public SourceMention {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The same speaker as worded elsewhere in the text ("the ministry", "He"). */
    public SourceMention withMention(String value) {
        return new SourceMention(name, value, kind, party, aliases);
    }
}
