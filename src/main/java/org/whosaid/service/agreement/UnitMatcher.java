package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.whosaid.analysis.eval.EvalScorer;

/**
 * Lines the coders' statements up into units, article by article, with the rule {@code eval} uses to find a gold
 * statement among the parser's: two statements are the same when their texts share at least half of each one's words
 * ({@link EvalScorer#contentMatches}). Coders are taken in order: each statement, in text order, joins the first unit
 * in text order that has none of its coder yet and whose anchor (the earliest coder's statement in it) it matches;
 * otherwise it starts a unit of its own. For two coders this is exactly eval's greedy match of gold to prediction.
 */
public final class UnitMatcher {
    private static final Comparator<Coding> TEXT_ORDER = Comparator.comparingInt(Coding::start)
            .thenComparingInt(Coding::end);

    private UnitMatcher() {
    }

    /** The units of every article any coder coded, articles by key, units in text order. */
    public static List<Unit> match(List<List<Coding>> byCoder) {
        Map<String, List<List<Coding>>> articles = new TreeMap<>();
        for (int coder = 0; coder < byCoder.size(); coder++) {
            for (Coding c : byCoder.get(coder)) {
                List<List<Coding>> perCoder = articles.computeIfAbsent(c.article(), k -> {
                    List<List<Coding>> empty = new ArrayList<>();
                    byCoder.forEach(x -> empty.add(new ArrayList<>()));
                    return empty;
                });
                perCoder.get(coder).add(c);
            }
        }
        List<Unit> units = new ArrayList<>();
        articles.values().forEach(perCoder -> units.addAll(matchArticle(perCoder)));
        return units;
    }

    private static List<Unit> matchArticle(List<List<Coding>> perCoder) {
        int coders = perCoder.size();
        List<Coding[]> rows = new ArrayList<>();
        for (int coder = 0; coder < coders; coder++) {
            List<Coding> mine = new ArrayList<>(perCoder.get(coder));
            mine.sort(TEXT_ORDER);
            for (Coding c : mine) {
                int at = coder;
                Coding[] row = rows.stream().filter(r -> r[at] == null && matches(anchor(r), c)).findFirst()
                        .orElse(null);
                if (row != null) {
                    row[coder] = c;
                } else {
                    Coding[] fresh = new Coding[coders];
                    fresh[coder] = c;
                    rows.add(fresh);
                    rows.sort(Comparator.comparing(UnitMatcher::anchor, TEXT_ORDER));
                }
            }
        }
        return rows.stream().map(r -> new Unit(Arrays.asList(r))).toList();
    }

    private static boolean matches(Coding anchor, Coding c) {
        return EvalScorer.contentMatches(anchor.text(), c.text());
    }

    private static Coding anchor(Coding[] row) {
        for (Coding c : row) {
            if (c != null) {
                return c;
            }
        }
        throw new IllegalStateException("empty unit");
    }
}
