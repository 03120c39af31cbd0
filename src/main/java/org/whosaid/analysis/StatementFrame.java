package org.whosaid.analysis;

import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * A statement found in an article, before it becomes an {@link org.whosaid.model.Attribution}: offsets into the text
 * (content, cue, the region the statement covers, the end of the speaker phrase), the source as resolved, and the
 * rule that produced it. {@code cueStart} is -1 when no cue credits it; {@code source} is null for unattributed claims.
 */
record StatementFrame(int sentence, StatementKind kind, int contentStart, int contentEnd, int cueStart, int cueEnd,
                      int regionStart, int speakerEnd, SourceNormalizer.Normalized source, List<String> flags,
                      Stance stance, String rule, double confidence) {
    StatementFrame {
        flags = List.copyOf(flags);
    }
}
