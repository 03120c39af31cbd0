package org.whosaid.model;

import java.util.List;

/**
 * A topic's accounts side by side, one column per party. It is a {@code conflict} when one party asserts what
 * another denies. {@code asserting} names the parties that assert (leaving out those that also deny, whose own
 * sources disagree); {@code denying} the parties that deny.
 */
public record TopicComparison(Topic topic, List<PartyAccounts> columns, boolean conflict, List<String> asserting,
                              List<String> denying) {
    public TopicComparison {
        columns = List.copyOf(columns);
        asserting = List.copyOf(asserting);
        denying = List.copyOf(denying);
    }

    public int accountCount() {
        return columns.stream().mapToInt(c -> c.accounts().size()).sum();
    }

    /** "asserted by Russia, Analysts; denied by Ukraine", or "" when there is no conflict. */
    public String conflictSummary() {
        return conflict ? "asserted by " + String.join(", ", asserting) + "; denied by " + String.join(", ", denying)
                : "";
    }
}
