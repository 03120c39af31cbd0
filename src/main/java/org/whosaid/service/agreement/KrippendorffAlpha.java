package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Krippendorff's alpha for nominal values, any number of coders, values missing allowed (Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability", 2011): alpha = 1 - (n - 1) * sum of the coincidences of unlike
 * values / sum over unlike value pairs of n_c * n_k, counted over the units that hold at least two values.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /**
     * Alpha of {@code units}, each the values the coders gave it (null where a coder gave none); NaN when it is
     * undefined: fewer than two pairable values, or a single value throughout (no disagreement could be expected).
     */
    public static double nominal(List<List<String>> units) {
        Map<String, Double> totals = new HashMap<>();
        double unlike = 0;
        for (List<String> unit : units) {
            List<String> values = new ArrayList<>(unit.stream().filter(Objects::nonNull).toList());
            int m = values.size();
            if (m < 2) {
                continue;
            }
            // each ordered pair of values from different coders counts 1 / (m - 1)
            for (int i = 0; i < m; i++) {
                totals.merge(values.get(i), 1.0, Double::sum);
                for (int j = 0; j < m; j++) {
                    if (i != j && !values.get(i).equals(values.get(j))) {
                        unlike += 1.0 / (m - 1);
                    }
                }
            }
        }
        double n = totals.values().stream().mapToDouble(Double::doubleValue).sum();
        double squares = totals.values().stream().mapToDouble(v -> v * v).sum();
        double expectedUnlike = n * n - squares;
        if (n < 2 || expectedUnlike == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * unlike / expectedUnlike;
    }
}
