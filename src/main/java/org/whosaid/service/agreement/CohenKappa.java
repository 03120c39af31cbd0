package org.whosaid.service.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cohen's kappa for two coders who each gave every unit one nominal value: (p_o - p_e) / (1 - p_e), with p_o the
 * share of units they agree on and p_e the agreement their own marginal shares would give by chance.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /**
     * Kappa of the paired values ({@code a.get(i)} and {@code b.get(i)} are the two coders' values of unit i);
     * NaN when it is undefined: no units, or chance agreement already 1 (both coders used one same value throughout).
     */
    public static double of(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("kappa needs one value from each coder per unit: " + a.size()
                    + " and " + b.size() + " values");
        }
        int n = a.size();
        if (n == 0) {
            return Double.NaN;
        }
        Map<String, Integer> left = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        int agree = 0;
        for (int i = 0; i < n; i++) {
            left.merge(a.get(i), 1, Integer::sum);
            right.merge(b.get(i), 1, Integer::sum);
            if (a.get(i).equals(b.get(i))) {
                agree++;
            }
        }
        double observed = (double) agree / n;
        double chance = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            chance += (double) e.getValue() / n * right.getOrDefault(e.getKey(), 0) / n;
        }
        if (chance >= 1) {
            return Double.NaN;
        }
        return (observed - chance) / (1 - chance);
    }
}
