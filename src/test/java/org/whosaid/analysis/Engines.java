package org.whosaid.analysis;

import java.util.List;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** One engine for all tests (lexicons load once), and small helpers to look at its output. */
final class Engines {

    static final AttributionEngine ENGINE = AttributionEngine.withLexicons(null);

    private Engines() {
    }

    static List<Attribution> attributed(String text) {
        return ENGINE.analyze(text).attributions().stream().filter(a -> a.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    static Attribution only(String text) {
        List<Attribution> found = attributed(text);
        if (found.size() != 1) {
            throw new AssertionError("expected one statement in «" + text + "» but found " + found);
        }
        return found.get(0);
    }
}
