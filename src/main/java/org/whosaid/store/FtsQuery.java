package org.whosaid.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns what a user typed into a safe FTS5 query: every word a quoted prefix term, all required. */
final class FtsQuery {
    private FtsQuery() {
    }

    static String of(String typed) {
        if (typed == null) {
            return "";
        }
        return Arrays.stream(typed.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .map(word -> "\"" + word + "\"*")
                .collect(Collectors.joining(" "));
    }
}
