package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which side a speaker phrase speaks for, from {@code parties.json} and the world gazetteer ({@code world.json}):
 * named people and organisations first ("Hamas-run health ministry" → Hamas), then the leftmost state, seat of
 * government or demonym, so a state organ is its state by pattern ("a spokesman for the Israeli military" → Israel,
 * "Islamabad" → Pakistan), then generic words ("analysts" → Analysts).
 */
public final class PartyGazetteer {

    static final String OTHER = "Other";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\-]*");

    private static final Pattern KEY_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Lexicons.PartyEntry> parties;
    /** People and organisations by their first word, so a phrase is checked only against entries it may contain. */
    private final Map<String, List<Specific>> specificByFirstWord = new HashMap<>();

    private final WorldGazetteer world;
    /** State names, lower case: an organ named with another state belongs to that state. */
    private final java.util.Set<String> states;

    private record Specific(String phrase, int party) {
    }

    /** Words around a group's name that do not change which group it is ("the paramilitary RSF", "M23 rebels"). */
    private static final Pattern LEADING_DESCRIPTOR = Pattern.compile(
            "^(?:(?:the|a|an|paramilitary|rebel|militant|armed|islamist|jihadist|insurgent|separatist)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_DESCRIPTOR = Pattern.compile(
            "\\s+(?:rebels|rebel group|group|movement|militia|fighters|militants|insurgents|paramilitaries)$",
            Pattern.CASE_INSENSITIVE);
    /** Names of groups that are no state's organ, lower case, to the group's party name. */
    private final Map<String, String> groupByName = new HashMap<>();

    PartyGazetteer(Lexicons lexicons) {
        this.parties = lexicons.parties;
        this.world = new WorldGazetteer(lexicons.world, lexicons.worldAmbiguous, lexicons.titles);
        this.states = lexicons.states;
        for (Lexicons.WorldEntry e : lexicons.world) {
            if (e.tier() == WorldGazetteer.Tier.ORGANISATION && !states.contains(e.party().toLowerCase(Locale.ROOT))) {
                e.names().forEach(n -> groupByName.putIfAbsent(n.toLowerCase(Locale.ROOT).replace('’', '\''), e.party()));
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            for (String s : parties.get(i).specific()) {
                String phrase = s.replace('’', '\'');
                Matcher m = KEY_WORD.matcher(phrase);
                if (m.find()) {
                    specificByFirstWord.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Specific(phrase, i));
                }
            }
        }
    }

    /** A gazetteer with the bundled party file. */
    public static PartyGazetteer withBundledLexicon() {
        return new PartyGazetteer(Lexicons.load(null));
    }

    /** The party of a speaker phrase, empty when nothing in it is known. */
    public Optional<String> partyOf(String phrase) {
        String lower = " " + phrase.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        int best = Integer.MAX_VALUE;
        Matcher k = KEY_WORD.matcher(lower);
        while (k.find()) {
            List<Specific> candidates = specificByFirstWord.get(k.group());
            if (candidates != null) {
                for (Specific c : candidates) {
                    if (c.party() < best && containsPhrase(lower, c.phrase())) {
                        best = c.party(); // the first party in the file with any match, as before
                    }
                }
            }
        }
        if (best != Integer.MAX_VALUE) {
            return Optional.of(parties.get(best).name());
        }
        WorldGazetteer.Hit[] hits = world.findBoth(phrase);
        WorldGazetteer.Hit organisation = hits[WorldGazetteer.Tier.ORGANISATION.ordinal()];
        Optional<WorldGazetteer.Hit> state = Optional.ofNullable(hits[WorldGazetteer.Tier.STATE.ordinal()]);
        if (organisation != null && !(state.isPresent() && states.contains(organisation.party().toLowerCase(Locale.ROOT))
                && !state.get().party().equals(organisation.party()))) {
            return Optional.of(organisation.party());
        } // else a state organ's generic name with another state: "the Ministry of Defence of Azerbaijan" is Azerbaijan's
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            if (state.isPresent() && state.get().at() < m.start()) {
                break; // a state named before any word of parties.json: the leftmost wins
            }
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            for (Lexicons.PartyEntry p : parties) {
                if (p.terms().contains(w) || p.terms().contains(bare)) {
                    return Optional.of(p.name());
                }
            }
        }
        if (state.isPresent()) {
            return Optional.of(state.get().party());
        }
        for (Lexicons.PartyEntry p : parties) {
            for (String g : p.generic()) {
                if (containsPhrase(lower, g)) {
                    return Optional.of(p.name());
                }
            }
        }
        return Optional.empty();
    }

    /** The party an account's text names first, organisations before states ("the RSF had fired drones"), or null. */
    public String partyNamedIn(String text) {
        WorldGazetteer.Hit[] hits = world.findBoth(text);
        WorldGazetteer.Hit hit = hits[WorldGazetteer.Tier.ORGANISATION.ordinal()] != null
                ? hits[WorldGazetteer.Tier.ORGANISATION.ordinal()] : hits[WorldGazetteer.Tier.STATE.ordinal()];
        return hit == null ? null : hit.party();
    }

    /**
     * The name a group goes by when {@code phrase} is one of its names, bare or with words that do not change the
     * group ("RSF", "the paramilitary RSF" → Rapid Support Forces; "M23 rebels" → M23), so its statements gather under
     * one source; empty for a state's organ or anything longer.
     */
    Optional<String> groupName(String phrase) {
        String lower = phrase.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        String lead = LEADING_DESCRIPTOR.matcher(lower).replaceFirst("");
        for (String candidate : List.of(lower, lead, TRAILING_DESCRIPTOR.matcher(lead).replaceFirst(""))) {
            String group = groupByName.get(candidate);
            if (group != null && namesTheGroupItself(candidate, group)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name of the group's entry is the group itself, not its leader, spokesman or seat (the entry lists
     * those too, for the party): its own name, an acronym of at most six letters, or a form of its first word.
     */
    private static boolean namesTheGroupItself(String name, String group) {
        String lowerGroup = group.toLowerCase(Locale.ROOT);
        String firstWord = lowerGroup.split("[\\s\\-]+")[0];
        boolean acronym = name.length() <= 6 && !name.contains(" ");
        return name.equals(lowerGroup) || acronym && Character.isLetter(name.charAt(0)) && initialsOf(lowerGroup).equals(name)
                || firstWord.length() >= 4 && name.startsWith(firstWord.substring(0, firstWord.length() - 1));
    }

    private static String initialsOf(String lowerName) {
        StringBuilder b = new StringBuilder();
        for (String w : lowerName.split("[\\s\\-]+")) {
            if (!w.isEmpty() && !List.of("of", "the", "for", "and").contains(w)) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** The state {@code text} names first, by name, demonym or capital ("Rwandan troops" → Rwanda), or null. */
    String stateNamedIn(String text) {
        WorldGazetteer.Hit hit = world.findBoth(text)[WorldGazetteer.Tier.STATE.ordinal()];
        return hit == null ? null : hit.party();
    }

    /** Every state {@code text} names, in order ("Kinshasa was blaming Rwanda" → DR Congo, Rwanda). */
    java.util.Set<String> statesNamedIn(String text) {
        java.util.Set<String> states = new java.util.LinkedHashSet<>();
        int from = 0;
        while (from < text.length()) {
            WorldGazetteer.Hit hit = world.findBoth(text.substring(from))[WorldGazetteer.Tier.STATE.ordinal()];
            if (hit == null) {
                break;
            }
            states.add(hit.party());
            int next = text.indexOf(' ', from + hit.at());
            from = next < 0 ? text.length() : next + 1;
        }
        return states;
    }

    /** Whether {@code phrase} names an organisation or armed group of the world gazetteer ("Hamas", "the IDF"). */
    boolean namesOrganisation(String phrase) {
        return world.find(phrase, WorldGazetteer.Tier.ORGANISATION).isPresent();
    }

    private static boolean containsPhrase(String paddedLower, String phrase) {
        int i = paddedLower.indexOf(phrase);
        while (i >= 0) {
            char before = paddedLower.charAt(i - 1 < 0 ? 0 : i - 1);
            int end = i + phrase.length();
            char after = end < paddedLower.length() ? paddedLower.charAt(end) : ' ';
            if (!Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after)) {
                return true;
            }
            i = paddedLower.indexOf(phrase, i + 1);
        }
        return false;
    }
}
