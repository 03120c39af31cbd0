package org.whosaid.store;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a safe, bounded FTS5 query (or its PostgreSQL twin, {@link #tsquery}): every word a quoted term, all required. A repeated
 * word is one term (2,048 times "said" took minutes), at most {@value #MAX_TERMS} distinct words count (a pasted
 * paragraph is found by its first ones), and a word is a prefix only from {@value #MIN_PREFIX} letters on: a
 * letter or two as a prefix matches nearly every word of the index and narrows nothing ("according to" read as
 * "to*" took 0.12 s at 100,000 articles, "to" as a word 0.07 s), and words of one or two letters are mostly the
 * function words a searcher types whole.
 */
final class FtsQuery {
    /** All terms are required, so more than this many only cost time: an article holding them all is found. */
    static final int MAX_TERMS = 32;
    static final int MIN_PREFIX = 3;

    private FtsQuery() {
    }

    static String of(String typed) {
        return words(typed).stream().map(FtsQuery::term).collect(Collectors.joining(" "));
    }

    /**
     * The same query for PostgreSQL, as {@code tsquery} text over {@link SearchIndex}'s words: each word folded as
     * unicode61 folds it, all required, a prefix from {@value #MIN_PREFIX} letters on. Empty when nothing is searched.
     */
    static String tsquery(String typed) {
        List<String> terms = new ArrayList<>();
        for (String word : words(typed)) {
            boolean prefix = word.codePointCount(0, word.length()) >= MIN_PREFIX;
            for (String token : SearchIndex.words(word)) {
                terms.add("'" + token + "'" + (prefix ? ":*" : ""));
            }
        }
        return String.join(" & ", terms);
    }

    /** The distinct words typed, in order, at most {@value #MAX_TERMS}. */
    private static List<String> words(String typed) {
        if (typed == null) {
            return List.of();
        }
        // FTS5 folds case (and diacritics) itself; folding here only decides which words repeat.
        Map<String, String> distinct = new LinkedHashMap<>();
        Arrays.stream(typed.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .forEach(word -> {
                    if (distinct.size() < MAX_TERMS) {
                        distinct.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
                    }
                });
        return List.copyOf(distinct.values());
    }

    private static String term(String word) {
        boolean prefix = word.codePointCount(0, word.length()) >= MIN_PREFIX;
        return "\"" + word + "\"" + (prefix ? "*" : "");
    }
}
