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
 * the same quantity ("13 killed" per one party, "8" per another) and mutual accusations (A's account names B as the
 * one who did it, and B's names A).
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

    private final PartyNamer namer;

    ConflictFinder(PartyNamer namer) {
        this.namer = namer;
    }

    /** Whether a topic's conflicts depend on its statements' words (figures, accusations), not only on stances. */
    static boolean readsWords(String topicKey) {
        return WORDED_TOPICS.stream().anyMatch(topicKey::startsWith);
    }

    /** The starts of the keys of the topics whose conflicts depend on their statements' words. */
    static final List<String> WORDED_TOPICS = List.of("casualties-", "attack-");

    /**
     * Figures and accusations that conflict, each as a sentence; empty when none. Figures count on a casualty topic,
     * accusations on a topic about who attacked (keys as the event linker makes them: {@code casualties-…},
     * {@code attack-…}); elsewhere naming the other side is no accusation ("Russian troops were repelled").
     */
    List<String> reasons(String topicKey, List<PartyAccounts> columns) {
        if (!readsWords(topicKey)) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (topicKey.startsWith("casualties-")) {
            String figures = differingFigures(columns);
            if (figures != null) {
                reasons.add(figures);
            }
        }
        if (topicKey.startsWith("attack-")) {
            reasons.addAll(mutualAccusations(columns));
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

    /** The count a casualty statement gives: the number nearest a word such as "killed" or "toll". */
    static Long figureOf(String text) {
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

    private static String join(Set<Long> figures) {
        List<String> s = new ArrayList<>();
        figures.forEach(f -> s.add(Long.toString(f)));
        return String.join(", ", s);
    }
}
