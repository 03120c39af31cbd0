package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links statements about who controls a place to one topic per place, the same key in every article:
 * "taken control of Toretsk", "Dzerzhinsk ... has been liberated" and "denied the city had been captured"
 * all answer {@code toretsk-control}. Place names and their aliases come from {@code places.json}; a place
 * written as "the city/town/village of X" is recognised too; the analysis lets "the city" mean the last place named.
 */
public final class TopicLinker {

    /** A place a statement is about: canonical name and topic key. */
    public record PlaceRef(String canonical, String key) {
    }

    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("city", "town", "village", "port", "settlement");

    /** Longest place name, in words, so a scan only tries that many words at each position. */
    private final int longestName;
    private final Map<String, String> canonicalByName = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** Read-only after construction: the engine is shared by threads. */
    private final Map<String, String> keyByCanonical = new HashMap<>();
    private final java.util.Set<String> controlWords;
    /**
     * The control words that contain no other ("control" stands for "controls" and "controlled"): a text holding
     * none of them as a substring holds no control word, which spares splitting most statements into words.
     */
    private final List<String> controlGate;

    TopicLinker(Lexicons lexicons) {
        int longest = 1;
        for (Lexicons.Place p : lexicons.places) {
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.canonical());
            for (String name : names) {
                String key = String.join(" ", words(name));
                canonicalByName.put(key, p.canonical());
                firstWords.add(words(name).get(0));
                longest = Math.max(longest, words(name).size());
            }
        }
        longestName = longest;
        canonicalByName.values().forEach(c -> keyByCanonical.put(c, slug(c) + "-control"));
        controlWords = lexicons.controlWords;
        controlGate = controlWords.stream()
                .filter(w -> controlWords.stream().noneMatch(other -> !other.equals(w) && w.contains(other))).toList();
    }

    /** A linker with the bundled place list. */
    public static TopicLinker withBundledLexicon() {
        return new TopicLinker(Lexicons.load(null));
    }

    /** The first place named in {@code text}, known or written as "the city of X". */
    public Optional<PlaceRef> placeIn(String text) {
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        List<int[]> spans = WordSpans.words(text);
        search:
        for (int i = 0; i < spans.size(); i++) {
            int[] first = spans.get(i);
            if (!Character.isUpperCase(text.charAt(first[0]))
                    || !firstWords.contains(text.substring(first[0], first[1]).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int n = Math.min(longestName, spans.size() - i); n >= 1; n--) {
                StringBuilder key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    if (k > i) {
                        key.append(' ');
                    }
                    key.append(text, spans.get(k)[0], spans.get(k)[1]);
                }
                String canonical = canonicalByName.get(key.toString().toLowerCase(Locale.ROOT));
                if (canonical != null) {
                    best = canonical;
                    bestAt = spans.get(i)[0];
                    break search;
                }
            }
        }
        String named = namedPlace(text, bestAt);
        if (named != null) {
            best = canonicalByName.getOrDefault(named.toLowerCase(Locale.ROOT), named);
        }
        return Optional.ofNullable(best).map(p -> new PlaceRef(p, keyOf(p)));
    }

    private String keyOf(String canonical) {
        String known = keyByCanonical.get(canonical);
        return known != null ? known : slug(canonical) + "-control";
    }

    /**
     * True when {@code content} states who holds a place: a control word ("captured", "liberated", "control of")
     * that is about a place. Words with everyday senses ("fallen", "took", "held") count only next to a place
     * ("the city had fallen", "took Toretsk"), so "its population had fallen" or "talks held in Paris" do not;
     * "under (the) control" counts when the statement names a place anywhere, so "a fire brought under control" does not.
     * Forecasts and conditions ("would help", "is likely to use the capture") state nothing about who holds it.
     */
    public boolean isAboutControl(String content) {
        String lowered = content.toLowerCase(Locale.ROOT);
        if (controlGate.stream().noneMatch(lowered::contains)) {
            return false;
        }
        List<int[]> spans = WordSpans.words(content);
        List<String> lower = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            lower.add(content.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        if (lower.stream().anyMatch(HYPOTHETICAL::contains)) {
            return false;
        }
        for (int i = 0; i < lower.size(); i++) {
            String word = lower.get(i);
            if (!controlWords.contains(word)) {
                continue;
            }
            if (!EVERYDAY_SENSES.contains(word) || placeNear(content, spans, lower, i)
                    || word.equals("control") && underControl(lower, i) && namesAPlace(content)) {
                return true;
            }
        }
        return false;
    }

    /** "under (the) control", "under Ukrainian control", "under Kyiv's firm control": "under" a few words before. */
    private static boolean underControl(List<String> lower, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (lower.get(k).equals("under")) {
                return true;
            }
        }
        return false;
    }

    private boolean namesAPlace(String content) {
        return refersToPlace(content) || placeIn(content).isPresent();
    }

    /** True when {@code content} speaks of a place without naming it ("the city", "the mining town"). */
    public boolean refersToPlace(String content) {
        for (int[] span : WordSpans.words(content)) {
            if (PLACE_NOUNS.contains(content.substring(span[0], span[1]).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A place noun or a capitalised name within three words of word {@code i}. */
    private boolean placeNear(String content, List<int[]> spans, List<String> lower, int i) {
        for (int k = Math.max(0, i - 3); k <= Math.min(lower.size() - 1, i + 3); k++) {
            if (k == i) {
                continue;
            }
            boolean capitalised = Character.isUpperCase(content.charAt(spans.get(k)[0])) && k > 0;
            if (PLACE_NOUNS.contains(lower.get(k)) || capitalised && firstWords.contains(lower.get(k))
                    || lower.get(k).equals("control")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> EVERYDAY_SENSES = java.util.Set.of("take", "took", "taken", "fell",
            "fallen", "fall", "holding", "held", "withdraw", "withdrew", "withdrawn", "withdrawal", "control",
            "controls", "controlled");
    private static final java.util.Set<String> HYPOTHETICAL = java.util.Set.of("would", "could", "might", "likely",
            "if", "unless", "whether");

    /** "the city of X" / "town of X Y": the capitalised name after it, if it starts before {@code before}. */
    private static String namedPlace(String text, int before) {
        int at = text.indexOf(" of ");
        while (at >= 0 && at < before) {
            int wordStart = at;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, at);
            int nameStart = at + 4;
            if (PLACE_NOUNS.contains(word) && nameStart < text.length() && Character.isUpperCase(text.charAt(nameStart))
                    && nameStart < before) {
                int end = nameEnd(text, nameStart);
                if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
                    end = nameEnd(text, end + 1);
                }
                return text.substring(nameStart, end);
            }
            at = text.indexOf(" of ", at + 1);
        }
        return null;
    }

    private static int nameEnd(String text, int i) {
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '’'
                || text.charAt(i) == '\'')) {
            i++;
        }
        return i;
    }


    /** The topic label: "Does Russia control Toretsk?" when a side claims it, else "Who controls Toretsk?". */
    public static String label(String place, String claimant) {
        if (claimant == null || claimant.equals(PartyGazetteer.OTHER) || claimant.equals("Analysts")) {
            return "Who controls " + place + "?";
        }
        return "Does " + claimant + " control " + place + "?";
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (int[] span : WordSpans.words(s)) {
            out.add(s.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASH = java.util.regex.Pattern.compile("(^-|-$)");

    static String slug(String s) {
        String lower = MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return EDGE_DASH.matcher(NOT_SLUG.matcher(lower).replaceAll("-")).replaceAll("");
    }
}
