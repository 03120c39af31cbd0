package org.whosaid.model;

import java.util.List;

/** A source's page: the source with its counts, and every active statement credited to it, oldest first. */
public record SourceLedger(SourceStats source, List<Account> accounts) {
    public SourceLedger {
        accounts = List.copyOf(accounts);
    }
}
