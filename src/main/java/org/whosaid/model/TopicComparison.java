package org.whosaid.model;

import java.util.List;

/**
 * A topic's accounts side by side, one column per party. It is a conflict when one party asserts what another
 * denies; {@code asserting} and {@code denying} name those parties.
 */
public record TopicComparison(Topic topic, List<PartyAccounts> columns, List<String> asserting,
                              List<String> denying) {
    public TopicComparison {
        columns = List.copyOf(columns);
        asserting = List.copyOf(asserting);
        denying = List.copyOf(denying);
    }

    public boolean conflict() {
        return asserting.stream().anyMatch(a -> denying.stream().anyMatch(d -> !d.equals(a)));
    }

    public int accountCount() {
        return columns.stream().mapToInt(c -> c.accounts().size()).sum();
    }
}
