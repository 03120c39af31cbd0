package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * A statement being read out of one sentence: the cue stages fill it, and a later cue of the same sentence may cut
 * its content short ("X said A, and Y said B"); once the sentence is read it is frozen into a {@link StatementFrame}.
 */
final class FrameDraft {
    int sentence;
    StatementKind kind;
    int contentStart;
    int contentEnd;
    int cueStart;
    int cueEnd;
    int regionStart;
    int speakerEnd;
    SourceNormalizer.Normalized source;
    List<String> flags = new ArrayList<>();
    Stance stance;
    String rule;
    double confidence;
    /** The content follows the cue: a later cue inside it belongs to a report nested in this one. */
    boolean forward;
    /** Further items of a list introduced by "X said:" (start, end pairs), each its own statement. */
    List<int[]> listItems = List.of();

    StatementFrame freeze() {
        return new StatementFrame(sentence, kind, contentStart, contentEnd, cueStart, cueEnd, regionStart, speakerEnd,
                source, flags, stance, rule, confidence);
    }
}
