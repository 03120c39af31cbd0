package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The world's states and organisations from {@code world.json}: finds the leftmost name in a phrase that points to a
 * side, by tier (an organisation's own name before a state's name, demonym or seat of government), so "a spokesman
 * for the Israeli military" is Israel, "Hamas-run health ministry" Hamas and "Islamabad" Pakistan.
 */
final class WorldGazetteer {

    /** Which list a name comes from: organisations are checked before states. */
    enum Tier { ORGANISATION, STATE }

    /** A party named in a phrase: the party, and where its name starts (a character offset). */
    record Hit(String party, int at) {
    }

    /** How a name must be written in the text to count. */
    private enum CaseRule { EXACT, CAPITALISED, ANY }

    private record Name(String[] words, String party, Tier tier, CaseRule rule, boolean ambiguous) {
    }

    /** Names by their first word (lower case, possessive stripped), longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    private final Set<String> titles;

    WorldGazetteer(List<Lexicons.WorldEntry> entries, Set<String> ambiguous, Set<String> titles) {
        this.titles = titles;
        for (Lexicons.WorldEntry e : entries) {
            for (String name : e.names()) {
                List<String[]> tokens = tokens(name);
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(i)[0];
                }
                byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                        .add(new Name(words, e.party(), e.tier(), ruleOf(name), ambiguous.contains(name)));
            }
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    private static CaseRule ruleOf(String name) {
        boolean hasLetter = name.chars().anyMatch(Character::isLetter);
        if (hasLetter && name.length() <= 8 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return CaseRule.EXACT; // "IDF", "RSF", "U.S.", "WHO": the lower-case word is something else
        }
        return Character.isUpperCase(name.codePointAt(0)) ? CaseRule.CAPITALISED : CaseRule.ANY;
    }

    /** The leftmost name of the given tier in {@code phrase}. */
    Optional<Hit> find(String phrase, Tier tier) {
        Hit[] hits = findBoth(phrase);
        return Optional.ofNullable(hits[tier.ordinal()]);
    }

    /** The leftmost name of each tier in one pass over the phrase, indexed by {@link Tier#ordinal()}. */
    Hit[] findBoth(String phrase) {
        Hit[] hits = new Hit[Tier.values().length];
        List<int[]> at = WordSpans.names(phrase);
        List<String[]> t = tokens(phrase, at);
        int found = 0;
        for (int i = 0; i < t.size() && found < hits.length; i++) {
            List<Name> candidates = byFirstWord.get(t.get(i)[0]);
            if (candidates == null) {
                continue;
            }
            for (Name n : candidates) {
                if (hits[n.tier().ordinal()] == null && matches(n, phrase, t, at, i)) {
                    hits[n.tier().ordinal()] = new Hit(n.party(), at.get(i)[0]);
                    found++;
                }
            }
        }
        return hits;
    }

    private boolean matches(Name n, String phrase, List<String[]> t, List<int[]> at, int i) {
        if (i + n.words().length > t.size()) {
            return false;
        }
        for (int k = 0; k < n.words().length; k++) {
            if (!t.get(i + k)[0].equals(n.words()[k])) {
                return false;
            }
        }
        String written = t.get(i)[1];
        switch (n.rule()) {
            case EXACT -> {
                String joined = phrase.substring(at.get(i)[0], at.get(i + n.words().length - 1)[1]);
                if (!joined.equals(joined.toUpperCase(Locale.ROOT))) {
                    return false;
                }
            }
            case CAPITALISED -> {
                if (!Character.isUpperCase(written.codePointAt(0))) {
                    return false;
                }
            }
            default -> {
            }
        }
        if (n.ambiguous()) {
            // "Chad Smith", "Michael Jordan": a first name or surname, not the state
            int next = i + n.words().length;
            if (next < t.size() && Character.isUpperCase(t.get(next)[1].codePointAt(0))) {
                return false;
            }
            if (i > 0 && Character.isUpperCase(t.get(i - 1)[1].codePointAt(0)) && !titles.contains(t.get(i - 1)[0])) {
                return false;
            }
        }
        return true;
    }

    /** Words as {lower case without a possessive, as written}: "Gaza's" → {"gaza", "Gaza's"}. */
    static List<String[]> tokens(String s) {
        return tokens(s, WordSpans.names(s));
    }

    private static List<String[]> tokens(String s, List<int[]> spans) {
        List<String[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            String w = s.substring(span[0], span[1]);
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            } else if (lower.endsWith("'")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            if (lower.endsWith(".") && lower.indexOf('.') == lower.length() - 1) {
                lower = lower.substring(0, lower.length() - 1); // "Inc." and "Inc", but "u.s." keeps its dots
            }
            out.add(new String[] {lower, w});
        }
        return out;
    }
}
