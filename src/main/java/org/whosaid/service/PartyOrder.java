package org.whosaid.service;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The order parties are shown in: Russia, Ukraine, United States, Analysts, Other, the rest by name, then No party. */
final class PartyOrder {
    /** The column of statements with no source at all. */
    static final String UNATTRIBUTED = "Unattributed";
    /** Where a source without a party is shown: its own column, never "Other". */
    static final String NO_PARTY = "No party";

    private static final List<String> DEFAULTS = List.of("russia", "ukraine", "united states", "analysts", "other");

    static final Comparator<String> COMPARATOR = Comparator.comparingInt(PartyOrder::rank)
            .thenComparing(String.CASE_INSENSITIVE_ORDER);

    private PartyOrder() {
    }

    private static int rank(String party) {
        if (party.equals(UNATTRIBUTED)) {
            return Integer.MAX_VALUE;
        }
        if (party.equals(NO_PARTY)) {
            return Integer.MAX_VALUE - 1;
        }
        int index = DEFAULTS.indexOf(party.toLowerCase(Locale.ROOT));
        return index < 0 ? DEFAULTS.size() : index;
    }

    /** The column a statement belongs to. */
    static String columnOf(String party, boolean attributed) {
        if (!attributed) {
            return UNATTRIBUTED;
        }
        return party == null ? NO_PARTY : party;
    }
}
