package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links statements about who controls a place to one topic per place, the same key in every article:
 * "taken control of Toretsk", "Dzerzhinsk ... has been liberated" and "denied the city had been captured"
 * all answer {@code toretsk-control}. Place names and their aliases come from {@code places.json}; a place
 * written as "the city/town/village of X" is recognised too, and "the city" refers to the last place named.
 */
public final class TopicLinker {

    /** A place a statement is about: canonical name and topic key. */
    public record PlaceRef(String canonical, String key) {
    }

    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\b(?:city|town|village|port|settlement) of ((?:\\p{Lu}[\\p{L}’'\\-]+)(?: \\p{Lu}[\\p{L}’'\\-]+)?)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\bthe (?:city|town|village|plant|settlement)\\b");

    private final Map<String, String> canonicalByName = new HashMap<>();
    private final Pattern knownPlace;
    private final java.util.Set<String> controlWords;

    TopicLinker(Lexicons lexicons) {
        List<String> names = new ArrayList<>();
        for (Lexicons.Place p : lexicons.places) {
            canonicalByName.put(p.canonical().toLowerCase(Locale.ROOT), p.canonical());
            names.add(Pattern.quote(p.canonical()));
            for (String a : p.aliases()) {
                canonicalByName.put(a.toLowerCase(Locale.ROOT), p.canonical());
                names.add(Pattern.quote(a));
            }
        }
        names.sort((x, y) -> y.length() - x.length());
        knownPlace = Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b");
        controlWords = lexicons.controlWords;
    }

    /** A linker with the bundled place list. */
    public static TopicLinker withBundledLexicon() {
        return new TopicLinker(Lexicons.load(null));
    }

    /** The first place named in {@code text}, known or written as "the city of X". */
    public Optional<PlaceRef> placeIn(String text) {
        Matcher m = knownPlace.matcher(text);
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        if (m.find()) {
            bestAt = m.start();
            best = canonicalByName.get(m.group().toLowerCase(Locale.ROOT));
        }
        Matcher n = NAMED_PLACE.matcher(text);
        if (n.find() && n.start(1) < bestAt) {
            String name = n.group(1);
            best = canonicalByName.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        }
        return Optional.ofNullable(best).map(p -> new PlaceRef(p, slug(p) + "-control"));
    }

    /** True when {@code content} speaks of controlling, taking or losing a place. */
    public boolean isAboutControl(String content) {
        Matcher m = WORD.matcher(content);
        while (m.find()) {
            if (controlWords.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code content} refers back to a place ("the city"). */
    public boolean refersBackToPlace(String content) {
        return BACK_REFERENCE.matcher(content).find();
    }

    /** The topic label: "Does Russia control Toretsk?" when a side claims it, else "Who controls Toretsk?". */
    public static String label(String place, String claimant) {
        if (claimant == null || claimant.equals(PartyGazetteer.OTHER) || claimant.equals("Analysts")) {
            return "Who controls " + place + "?";
        }
        return "Does " + claimant + " control " + place + "?";
    }

    static String slug(String s) {
        String lower = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
