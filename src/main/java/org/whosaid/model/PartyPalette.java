package org.whosaid.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The colours new parties get: Okabe–Ito's colour-blind-safe set (without black) and three of Paul Tol's muted
 * colours, all of middle lightness so a mark stays readable on the light and the dark theme.
 */
public final class PartyPalette {

    /** In the order they are handed out. */
    public static final List<String> COLOURS = List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2",
            "#d55e00", "#cc79a7", "#999933", "#aa4499", "#44aa99");

    private PartyPalette() {
    }

    /** The palette colour fewest of {@code used} already have (the first such in palette order). */
    public static String next(Collection<String> used) {
        String best = COLOURS.get(0);
        long fewest = Long.MAX_VALUE;
        for (String c : COLOURS) {
            long n = used.stream().filter(u -> u != null && u.toLowerCase(Locale.ROOT).equals(c)).count();
            if (n < fewest) {
                fewest = n;
                best = c;
            }
        }
        return best;
    }
}
