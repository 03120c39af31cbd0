package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

/**
 * Gives a state organ or official named without their state ("Defence ministry spokesman Vugar Mammadli", "the
 * General Staff", "Army spokesman Colonel Dembele") the party the article's context gives them: the state of the
 * nearest earlier source of the same organ ("Azerbaijan's defence ministry said … Defence ministry spokesman …"),
 * else the state of the article's dateline when it is a seat of government (the importer's, cut from the text into
 * metadata, else one opening the text: "BAMAKO -"); a later mention by surname
 * keeps the party found for the full name. A group named by one of its names ("RSF", "the paramilitary RSF") is
 * one source under the group's own name, the other names kept as aliases.
 */
final class ContextParties {

    /** Words that make a source a state organ or one of its officials; the first group names the organ itself. */
    private static final List<String> ORGANS = List.of("ministry", "army", "armed forces", "military", "general staff",
            "government", "navy", "air force", "police", "defence", "defense", "foreign", "interior", "junta",
            "presidency", "state media", "state television", "regime");
    private static final List<String> OFFICIALS = List.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "president", "prime minister", "secretary", "colonel", "general", "commander", "chief of staff");
    /** "YEREVAN, Oct 14 (Wire) -", "BAMAKO -", "ISLAMABAD/NEW DELHI, May 7 -": the place the copy was filed from. */
    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Z .'’/\\-]{2,40}?)\\s*(?:,[^\\n\\-–—:]{0,40})?\\s*[-–—:]");

    /** Where a metadata dateline's places end: a region after a comma, or the agency in brackets. */
    private static final Pattern METADATA_PLACES = Pattern.compile("[,(]");

    /** Words that make a source no organ of any state: "a rebel spokesman" is never the capital's. */
    private static final Set<String> INSURGENT_WORDS = Set.of("rebel", "rebels", "insurgent", "insurgents", "militant",
            "militants", "militia", "militias", "militiamen", "guerrilla", "guerrillas", "separatist", "separatists",
            "jihadist", "jihadists", "paramilitary", "paramilitaries");
    private static final Pattern INSURGENT_WORD = Pattern.compile("\\b(?:" + String.join("|", INSURGENT_WORDS) + ")\\b");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final PartyGazetteer gazetteer;
    private final Set<String> states;
    private final Set<String> armedGroups;

    ContextParties(Lexicons lexicons, PartyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.states = lexicons.states;
        this.armedGroups = lexicons.armedGroups;
    }

    /**
     * The analysis with a party for each state organ or official the article's context places; {@code cutDateline}
     * is the dateline the importer cut from the text ("BAMAKO (Reuters)"), or null when the text keeps its own.
     */
    Analysis fill(String text, String cutDateline, Analysis analysis) {
        List<Attribution> in = analysis.attributions();
        String dateline = cutDateline != null ? metadataState(cutDateline) : datelineState(text);
        Map<String, String> bySurname = new HashMap<>();
        List<Attribution> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Attribution a = in.get(i);
            SourceMention s = groupNamed(a.source());
            if (s != a.source()) {
                a = new Attribution(a.kind(), a.content(), a.cue(), s, a.stance(), a.topic(), a.flags(), a.rule(),
                        a.confidence());
            }
            if (s == null || s.party() != null) {
                out.add(a);
                if (s != null && isState(s.party())) {
                    bySurname.putIfAbsent(surname(s.name()), s.party());
                }
                continue;
            }
            String party = insurgent(s) ? armedGroupFromContext(text, a, out) : partyFromContext(s, out, dateline);
            if (party == null) {
                party = bySurname.get(surname(s.name()));
            }
            if (party == null) {
                out.add(a);
                continue;
            }
            bySurname.putIfAbsent(surname(s.name()), party);
            SourceMention placed = new SourceMention(s.name(), s.mention(), s.kind(), party, s.aliases());
            out.add(new Attribution(a.kind(), a.content(), a.cue(), placed, a.stance(), a.topic(), a.flags(), a.rule(),
                    a.confidence()));
        }
        return new Analysis(out, analysis.topics());
    }

    /** The source under its group's own name when it names a group of the gazetteer, else itself. */
    private SourceMention groupNamed(SourceMention s) {
        if (s == null || s.kind() == SourceKind.PERSON || s.kind() == SourceKind.ANONYMOUS) {
            return s;
        }
        String group = gazetteer.groupName(s.name()).orElse(null);
        if (group == null || group.equals(s.name())) {
            return s;
        }
        java.util.Set<String> aliases = new java.util.LinkedHashSet<>(s.aliases());
        aliases.add(s.name());
        aliases.remove(group);
        return new SourceMention(group, s.mention(), SourceKind.ORGANISATION, s.party() != null ? s.party() : group,
                List.copyOf(aliases));
    }

    private static boolean insurgent(SourceMention s) {
        for (String word : NON_LETTERS.split((s.mention() + " " + s.name()).toLowerCase(Locale.ROOT))) {
            if (INSURGENT_WORDS.contains(word) || word.equals("group")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The rebels", "a rebel spokesman", "the group": the armed group of the nearest earlier source that speaks for
     * one, else the armed group the article names first before the statement ("fighting near an M23 base"); a
     * bare "the group" only when the nearest earlier non-state source is an armed group (it may be a rights group).
     */
    private String armedGroupFromContext(String text, Attribution a, List<Attribution> before) {
        boolean bareGroup = !INSURGENT_WORD.matcher((" " + a.source().mention() + " " + a.source().name() + " ")
                .toLowerCase(Locale.ROOT)).find();
        for (int j = before.size() - 1; j >= 0; j--) {
            SourceMention earlier = before.get(j).source();
            String party = earlier == null ? null : earlier.party();
            if (party == null || isState(party)) {
                continue;
            }
            if (armedGroups.contains(party.toLowerCase(Locale.ROOT))) {
                return party;
            }
            if (bareGroup) {
                return null;
            }
        }
        if (bareGroup) {
            return null;
        }
        String named = gazetteer.partyNamedIn(text.substring(0, Math.max(0, Math.min(text.length(),
                a.content().start()))));
        return named != null && armedGroups.contains(named.toLowerCase(Locale.ROOT)) ? named : null;
    }

    private String partyFromContext(SourceMention s, List<Attribution> before, String dateline) {
        String said = (" " + s.mention() + " " + s.name() + " ").toLowerCase(Locale.ROOT);
        List<String> organs = ORGANS.stream().filter(o -> said.contains(" " + o + " ")).toList();
        boolean official = organs.size() > 0 || OFFICIALS.stream().anyMatch(o -> said.contains(" " + o + " "));
        if (!official) {
            return null;
        }
        for (int j = before.size() - 1; j >= 0 && !organs.isEmpty(); j--) {
            SourceMention earlier = before.get(j).source();
            if (earlier == null || !isState(earlier.party())) {
                continue;
            }
            String other = (" " + earlier.mention() + " " + earlier.name() + " ").toLowerCase(Locale.ROOT);
            if (organs.stream().anyMatch(o -> other.contains(" " + o + " "))) {
                return earlier.party();
            }
        }
        return dateline;
    }

    /** The state whose seat of government or name the dateline opening {@code text} gives, or null. */
    String datelineState(String text) {
        Matcher m = DATELINE.matcher(text.length() > 200 ? text.substring(0, 200) : text);
        return m.find() ? placesState(m.group(1)) : null;
    }

    /** The state of a dateline kept as metadata ("KYIV, Ukraine (AP)", "ISLAMABAD/NEW DELHI"), or null. */
    String metadataState(String dateline) {
        String places = METADATA_PLACES.split(dateline, 2)[0].strip();
        return places.isEmpty() ? null : placesState(places);
    }

    /** The one state that every place of "ISLAMABAD/NEW DELHI" is a seat or name of, or null (none, or two states). */
    private String placesState(String places) {
        String found = null;
        for (String place : places.split("/")) {
            String state = gazetteer.stateNamedIn(titleCase(place.trim()));
            if (state == null || found != null && !found.equals(state)) {
                return null;
            }
            found = state;
        }
        return found;
    }

    private boolean isState(String party) {
        return party != null && states.contains(party.toLowerCase(Locale.ROOT));
    }

    private static String surname(String name) {
        String[] words = SpeakerNames.SPACES.split(name.trim());
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
