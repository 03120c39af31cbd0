package org.whosaid.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Account;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Stance;

/**
 * Explains why a topic's accounts conflict, beyond one side asserting what another denies: different figures for
 * the same quantity ("13 killed" per one party, "8" per another), mutual accusations (A's account names B as the
 * one who did it, and B's names A), and different holders of a place ("Russian forces liberated Kupiansk" against
 * "Kupiansk remains under Ukrainian control": both assert, and they contradict each other).
 */
final class ConflictFinder {

    private static final Pattern FIGURE = Pattern.compile("\\b(\\d[\\d,]*)\\b");
    private static final Pattern COUNTED = Pattern.compile(
            "\\b(killed|killing|dead|died|deaths?|toll|wounded|injured|casualties|martyred|bodies)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_A_SIDE = Set.of(PartyOrder.UNATTRIBUTED, PartyOrder.NO_PARTY);

    /** Names the party an account's text points to ("the RSF had fired drones" → Rapid Support Forces). */
    interface PartyNamer {
        String partyNamedIn(String text);
    }

    /** Names the party a statement about control of a place says holds it, given its speaker's party; or null. */
    interface HolderReader {
        String holderIn(String text, String speakerParty);
    }

    private static final String CASUALTIES = "casualties-";
    private static final String ATTACK = "attack-";
    private static final String CONTROL = "-control";

    /**
     * The keys (SQL LIKE patterns) of the topics whose conflicts always depend on their statements' words: casualty
     * and attack topics start so (keys as the linkers make them). A control topic's words matter only as
     * {@link #holdersMatter} says.
     */
    static final List<String> WORDED_TOPICS = List.of(CASUALTIES + "%", ATTACK + "%");

    private final PartyNamer namer;
    private final HolderReader holders;

    ConflictFinder(PartyNamer namer, HolderReader holders) {
        this.namer = namer;
        this.holders = holders;
    }

    /** Whether a topic's conflicts depend on its statements' words (figures, accusations, holders), not only stances. */
    static boolean readsWords(String topicKey) {
        return topicKey.startsWith(CASUALTIES) || topicKey.startsWith(ATTACK) || topicKey.endsWith(CONTROL);
    }

    /**
     * Whether the holders named on a control topic can make its conflict, from the stances taken in each column:
     * two sides assert, and no side denies what another asserts (the stances then already make the conflict). The
     * topic list reads the words of those control topics only.
     */
    static boolean holdersMatter(String topicKey, Map<String, Set<Stance>> stancesByColumn) {
        return topicKey.endsWith(CONTROL) && onlyHoldersCanConflict(stancesByColumn);
    }

    /** Two sides assert and no side denies what another asserts. */
    private static boolean onlyHoldersCanConflict(Map<String, Set<Stance>> stancesByColumn) {
        Set<String> asserting = new LinkedHashSet<>();
        Set<String> denying = new LinkedHashSet<>();
        stancesByColumn.forEach((column, taken) -> {
            if (!NOT_A_SIDE.contains(column)) {
                if (taken.contains(Stance.ASSERTS)) {
                    asserting.add(column);
                }
                if (taken.contains(Stance.DENIES)) {
                    denying.add(column);
                }
            }
        });
        boolean denied = denying.stream().anyMatch(d -> asserting.stream().anyMatch(a -> !a.equals(d)));
        return asserting.size() >= 2 && !denied;
    }

    /**
     * Figures, accusations and holders that conflict, each as a sentence; empty when none. Figures count on a
     * casualty topic, accusations on a topic about who attacked, holders on a topic about who controls a place (keys
     * as the linkers make them: {@code casualties-…}, {@code attack-…}, {@code …-control}); elsewhere naming the
     * other side is no accusation ("Russian troops were repelled").
     */
    List<String> reasons(String topicKey, List<PartyAccounts> columns) {
        if (!readsWords(topicKey)) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (topicKey.startsWith(CASUALTIES)) {
            String figures = differingFigures(columns);
            if (figures != null) {
                reasons.add(figures);
            }
        }
        if (topicKey.startsWith(ATTACK)) {
            reasons.addAll(mutualAccusations(columns));
        }
        if (topicKey.endsWith(CONTROL)) {
            String holdersDiffer = differingHolders(columns);
            if (holdersDiffer != null) {
                reasons.add(holdersDiffer);
            }
        }
        return reasons;
    }

    /** "figures differ: 13 per Pakistan; 8 per No party", when parties give different counts. */
    static String differingFigures(List<PartyAccounts> columns) {
        Map<String, Set<Long>> byParty = new LinkedHashMap<>();
        for (PartyAccounts column : columns) {
            if (column.party().equals(PartyOrder.UNATTRIBUTED)) {
                continue;
            }
            for (Account a : column.accounts()) {
                Long figure = figureOf(a.text());
                if (figure != null && a.stance() != Stance.QUESTIONS) {
                    byParty.computeIfAbsent(column.party(), p -> new LinkedHashSet<>()).add(figure);
                }
            }
        }
        Set<Long> all = new LinkedHashSet<>();
        byParty.values().forEach(all::addAll);
        if (byParty.size() < 2 || all.size() < 2) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        byParty.forEach((party, figures) -> parts.add(join(figures) + " per " + party));
        return "figures differ: " + String.join("; ", parts);
    }

    /**
     * "holders differ: Russia per Russia; Ukraine per Ukraine", when two sides assert that different parties hold
     * the place and neither names a holder the other does (one side asserting both is no conflict by itself).
     */
    private String differingHolders(List<PartyAccounts> columns) {
        Map<String, Set<Stance>> stances = new LinkedHashMap<>();
        for (PartyAccounts column : columns) {
            column.accounts().forEach(a -> stances.computeIfAbsent(column.party(), p -> new LinkedHashSet<>()).add(a.stance()));
        }
        if (!onlyHoldersCanConflict(stances)) {
            return null; // fewer than two sides assert, or the stances already make the conflict
        }
        Map<String, Set<String>> byParty = new LinkedHashMap<>();
        for (PartyAccounts column : columns) {
            if (NOT_A_SIDE.contains(column.party())) {
                continue;
            }
            for (Account a : column.accounts()) {
                String holder = a.stance() == Stance.ASSERTS ? holders.holderIn(a.text(), column.party()) : null;
                if (holder != null) {
                    byParty.computeIfAbsent(column.party(), p -> new LinkedHashSet<>()).add(holder);
                }
            }
        }
        for (Set<String> a : byParty.values()) {
            for (Set<String> b : byParty.values()) {
                if (a != b && java.util.Collections.disjoint(a, b)) {
                    List<String> parts = new ArrayList<>();
                    byParty.forEach((party, held) -> parts.add(String.join(", ", held) + " per " + party));
                    return "holders differ: " + String.join("; ", parts);
                }
            }
        }
        return null;
    }

    /** The count a casualty statement gives: the number nearest a word such as "killed" or "toll". */
    static Long figureOf(String text) {
        if (!hasDigit(text)) {
            return null; // most statements give no figure: spare them the casualty words' pattern
        }
        Matcher c = COUNTED.matcher(text);
        if (!c.find()) {
            return null;
        }
        Long best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher f = FIGURE.matcher(text);
        while (f.find()) {
            int distance = f.end() <= c.start() ? c.start() - f.end() : f.start() - c.end();
            if (Math.abs(distance) < bestDistance && Math.abs(distance) <= 40) {
                bestDistance = Math.abs(distance);
                try {
                    best = Long.parseLong(f.group(1).replace(",", ""));
                } catch (NumberFormatException e) {
                    best = null;
                }
            }
        }
        return best;
    }

    private List<String> mutualAccusations(List<PartyAccounts> columns) {
        Map<String, Set<String>> accuses = new LinkedHashMap<>();
        for (PartyAccounts column : columns) {
            if (NOT_A_SIDE.contains(column.party())) {
                continue;
            }
            for (Account a : column.accounts()) {
                String named = a.stance() == Stance.ASSERTS ? namer.partyNamedIn(a.text()) : null;
                if (named != null && !named.equalsIgnoreCase(column.party())) {
                    accuses.computeIfAbsent(column.party(), p -> new LinkedHashSet<>()).add(named);
                }
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        accuses.forEach((a, targets) -> {
            for (String b : targets) {
                if (accuses.getOrDefault(b, Set.of()).contains(a) && seen.add(b + "|" + a) && seen.add(a + "|" + b)) {
                    out.add("mutual accusations: " + a + " and " + b + " each name the other");
                }
            }
        });
        return out;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String join(Set<Long> figures) {
        List<String> s = new ArrayList<>();
        figures.forEach(f -> s.add(Long.toString(f)));
        return String.join(", ", s);
    }
}
