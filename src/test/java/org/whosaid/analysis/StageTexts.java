package org.whosaid.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.whosaid.model.Attribution;

/** Helpers for the stage tests: one statement's rule, source and content in one line, easy to read in a failure. */
final class StageTexts {
    private StageTexts() {
    }

    /** "rule | source name | content" for each attributed statement of {@code text}. */
    static List<String> read(String text) {
        return Engines.attributed(text).stream().map(StageTexts::line).collect(Collectors.toList());
    }

    static String line(Attribution a) {
        return a.rule() + " | " + (a.source() == null ? "-" : a.source().name()) + " | " + a.content().text();
    }
}
