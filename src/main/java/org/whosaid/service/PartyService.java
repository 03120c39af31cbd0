package org.whosaid.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.whosaid.model.Party;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.StoreException;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;

/** The library's parties: add, rename, recolour, merge and group them into the sides Compare shows, all undoable. */
public final class PartyService {
    private final PartyRepository parties;

    public PartyService(PartyRepository parties) {
        this.parties = parties;
    }

    /** Every party, in the order Compare shows them. */
    public List<Party> all() {
        return parties.all().stream().sorted((a, b) -> PartyOrder.COMPARATOR.compare(a.name(), b.name())).toList();
    }

    /** Each grouped party's side, by party name in lower case. */
    public Map<String, String> sides() {
        return parties.sides();
    }

    public Edit add(String name) {
        String n = required(name, "a party needs a name");
        if (find(n) != null) {
            throw new IllegalArgumentException("there is already a party " + n);
        }
        parties.add(n);
        return new SimpleEdit("add party", () -> parties.removeUnused(n), () -> parties.add(n));
    }

    public Edit rename(String from, String to) {
        Party party = existing(from);
        String n = required(to, "a party needs a name");
        if (find(n) != null && !n.equalsIgnoreCase(party.name())) {
            throw new IllegalArgumentException("there is already a party " + n + "; merge the two instead");
        }
        parties.rename(party.name(), n);
        return new SimpleEdit("rename party", () -> parties.rename(n, party.name()), () -> parties.rename(party.name(), n));
    }

    public Edit recolour(String name, String colour) {
        Party party = existing(name);
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour is #rrggbb, not " + colour);
        }
        String after = colour.toLowerCase(Locale.ROOT);
        parties.save(party.name(), after);
        return new SimpleEdit("recolour party", () -> parties.save(party.name(), party.colour()),
                () -> parties.save(party.name(), after));
    }

    /** Merges {@code from} into {@code into}: its sources take {@code into}'s party. */
    public Edit merge(String from, String into) {
        Party a = existing(from);
        Party b = existing(into);
        if (a.id() == b.id()) {
            throw new IllegalArgumentException("a party cannot be merged into itself");
        }
        try {
            PartyRepository.Merge[] merge = {parties.merge(a.name(), b.name())};
            return new SimpleEdit("merge parties", () -> parties.undoMerge(merge[0]),
                    () -> merge[0] = parties.merge(a.name(), b.name()));
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Groups the parties into one side, shown as one column in Compare; a blank side takes them out of any. */
    public Edit group(List<String> names, String side) {
        String s = side == null || side.isBlank() ? null : side.strip();
        List<Party> members = names.stream().map(this::existing).toList();
        Map<String, String> before = parties.sides();
        members.forEach(p -> parties.setSide(p.name(), s));
        return new SimpleEdit(s == null ? "ungroup parties" : "group parties into a side",
                () -> members.forEach(p -> parties.setSide(p.name(), before.get(p.name().toLowerCase(Locale.ROOT)))),
                () -> members.forEach(p -> parties.setSide(p.name(), s)));
    }

    private Party existing(String name) {
        Party p = find(name);
        if (p == null) {
            throw new IllegalArgumentException("no party " + name);
        }
        return p;
    }

    private Party find(String name) {
        return name == null ? null
                : parties.all().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst().orElse(null);
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
    }
}
