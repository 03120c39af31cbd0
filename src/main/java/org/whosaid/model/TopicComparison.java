package org.whosaid.model;

import java.util.List;

/**
 * A topic's accounts side by side, one column per party (or per outlet). It is a {@code conflict} when one party
 * asserts what another denies, or for one of the {@code reasons} (figures differ, mutual accusations). {@code asserting} names the parties that assert (leaving out those that also deny, whose own
 * sources disagree); {@code denying} the parties that deny.
 */
public record TopicComparison(Topic topic, List<PartyAccounts> columns, boolean conflict, List<String> asserting,
                              List<String> denying, List<String> reasons) {
    public TopicComparison {
        columns = List.copyOf(columns);
        asserting = List.copyOf(asserting);
        denying = List.copyOf(denying);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A comparison whose only possible conflict is one side asserting what another denies. */
    public TopicComparison(Topic topic, List<PartyAccounts> columns, boolean conflict, List<String> asserting,
                           List<String> denying) {
        this(topic, columns, conflict, asserting, denying, List.of());
    }

    public int accountCount() {
        return columns.stream().mapToInt(c -> c.accounts().size()).sum();
    }

    /** "asserted by Russia, Analysts; denied by Ukraine", or "" when there is no conflict. */
    public String conflictSummary() {
        if (!conflict) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!denying.isEmpty()) {
            parts.add("asserted by " + String.join(", ", asserting) + "; denied by " + String.join(", ", denying));
        }
        parts.addAll(reasons);
        return String.join("; ", parts);
    }
}
