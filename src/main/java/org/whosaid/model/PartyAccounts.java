package org.whosaid.model;

import java.util.List;

/** One column of the Compare screen: a party (with its colour) and its accounts of a topic, oldest first. */
public record PartyAccounts(String party, String colour, List<Account> accounts) {
    public PartyAccounts {
        accounts = List.copyOf(accounts);
    }

    public boolean has(Stance stance) {
        return accounts.stream().anyMatch(a -> a.stance() == stance);
    }
}
