package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;
import org.whosaid.model.TopicDef;

/**
 * Links statements about the same contested event to one topic, within and across articles: each statement that
 * reports control of a place, an attack, a shoot-down, casualty figures or a ceasefire gets an event frame (what happened, and where),
 * and the frame's key (type and place, e.g. {@code attack-bahawalpur}) is the topic, so every article about the
 * strike on Bahawalpur answers the same questions. The place is the article's event place: the place the text names
 * most often after "in", "on", "near", "over" … (a state only when no smaller place is named), so a later "the
 * army denied it" joins the same question. Statements the control linker already placed keep their topic. A statement
 * that negates the event it reports ("the vessel was not hit", "the figures were exaggerated") denies it.
 */
final class EventFrameLinker {

    /** A place: one to three capitalised words after a preposition or a place noun ("in Bahawalpur", "town of Goma"). */
    /** The words a place name follows: "in X", "near the X", and the nouns before "of" ("the city of X"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "on", "over", "outside", "into",
            "off", "around", "across");
    private static final Set<String> PLACE_NOUNS_OF = Set.of("city", "town", "village", "port", "camp", "district",
            "province", "region", "state");
    private static final Pattern PLACE_NAME = Pattern.compile(
            "(?:the )?((?:[A-Z][\\p{L}’'\\-]+)(?: (?:[A-Z][\\p{L}’'\\-]+|al-[A-Z][\\p{L}\\-]+)){0,2})");
    private static final Set<String> NOT_PLACES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "The", "A", "An", "X", "Telegram", "Facebook", "Twitter",
            "Parliament", "Congress", "Tuesday's", "Friday's", "English", "Arabic", "Christmas", "Ramadan", "Eid");
    /** A sea, gulf or region contains the port or town an event happened at, so it ranks with states, below them. */
    private static final Pattern REGION = Pattern.compile("(^(Gulf|Strait|Bay|Sea|Lake) of )|( (Sea|Ocean|Gulf|Strait|"
            + "Bay|Channel|Coast|Region|Valley|Mountains|Desert|Peninsula|Basin|Corridor|Belt)$)");
    /** Kinds of thing an attack hits or a claim is about; one also named in the article's event statements ties a
     * statement without an event word ("its fighters were using the school") to the article's event. */
    private static final Set<String> TARGET_NOUNS = Set.of("school", "mosque", "church", "temple", "market", "hospital",
            "clinic", "shelter", "camp", "camps", "building", "tanker", "ship", "vessel", "crew", "convoy", "base",
            "village", "town", "city", "port", "site", "sites", "centre", "center", "headquarters", "compound",
            "ceremony", "gathering", "bridge", "plant", "airport", "airbase", "depot", "checkpoint", "post", "outpost");

    /** How many characters of statements, and of the text, the event place is looked for in. */
    private static final int PLACE_REACH = 20_000;

    private final PartyGazetteer gazetteer;
    private final EventFrames frames;
    private final Set<String> stateNames;

    EventFrameLinker(Lexicons lexicons, PartyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.frames = new EventFrames(lexicons);
        this.stateNames = lexicons.states;
    }

    /**
     * The analysis with an event topic for each statement that has a frame and no topic yet, and for each attributed
     * statement without an event word that speaks of the article's event: it denies something, or names the event
     * place or a target the event statements name ("the mosque had no link to any militant group"); such a statement
     * joins the article's dominant topic, or the involvement topic of a state it names.
     */
    Analysis link(String text, Analysis analysis) {
        List<Attribution> in = analysis.attributions();
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        analysis.topics().forEach(t -> topics.put(t.key(), t));
        List<EventFrames.Frame> framesOf = new ArrayList<>(in.size());
        StringBuilder framed = new StringBuilder();
        for (Attribution a : in) {
            EventFrames.Frame frame = a.topic() == null ? frames.frameOf(a.content().text()) : null;
            framesOf.add(frame);
            if (frame != null && framed.length() < PLACE_REACH) {
                framed.append(a.content().text()).append(" . ");
            }
        }
        if (framesOf.stream().allMatch(java.util.Objects::isNull)) {
            return analysis;
        }
        // the event place is named early: a bounded look keeps a huge one-line text linear and cheap
        String place = eventPlace(framed + " " + text.substring(0, Math.min(text.length(), PLACE_REACH)), framed.length());
        if (place == null) {
            return analysis;
        }
        String[] keys = new String[in.size()];
        Map<String, String> involvementByState = new HashMap<>();
        Map<String, Integer> weight = new LinkedHashMap<>();
        Set<String> targets = new java.util.HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            Attribution a = in.get(i);
            EventFrames.Frame frame = framesOf.get(i);
            if (frame == null) {
                if (a.topic() != null) {
                    weight.merge(a.topic(), 2, Integer::sum);
                }
                continue;
            }
            String state = frame.type() == EventFrames.EventType.INVOLVEMENT ? gazetteer.stateNamedIn(a.content().text()) : null;
            if (frame.type() == EventFrames.EventType.INVOLVEMENT && state == null) {
                frame = new EventFrames.Frame(EventFrames.EventType.ATTACK, null); // troops of no named state: the attack
            }
            keys[i] = keyOf(frame, place, state);
            if (state != null) {
                involvementByState.put(state, keys[i]);
            }
            EventFrames.EventType type = frame.type();
            weight.merge(keys[i], type == EventFrames.EventType.ATTACK || type == EventFrames.EventType.CONTROL ? 2 : 1,
                    Integer::sum);
            targets.addAll(targetNouns(a.content().text()));
            String claimant = a.source() != null && a.stance() == Stance.ASSERTS ? a.source().party() : null;
            TopicDef def = new TopicDef(keys[i], type == EventFrames.EventType.CONTROL ? TopicLinker.label(place, claimant)
                    : EventFrames.label(frame, state != null ? state : place));
            TopicDef existing = topics.get(keys[i]);
            if (existing == null || existing.label().startsWith("Who controls") && !def.label().startsWith("Who")) {
                topics.put(keys[i], def);
            }
        }
        String dominant = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<Attribution> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Attribution a = in.get(i);
            String key = keys[i] != null ? keys[i] : a.topic() == null && a.source() != null
                    ? joined(a.content().text(), place, targets, involvementByState, dominant) : null;
            if (key == null) {
                out.add(a);
                continue;
            }
            Stance stance = a.source() != null && a.stance() == Stance.ASSERTS && EventFrames.denies(a.content().text())
                    ? Stance.DENIES : a.stance();
            out.add(new Attribution(a.kind(), a.content(), a.cue(), a.source(), stance, key, a.flags(), a.rule(),
                    a.confidence()));
        }
        return new Analysis(out, List.copyOf(topics.values()));
    }

    private static String keyOf(EventFrames.Frame frame, String place, String state) {
        return switch (frame.type()) {
            case CONTROL -> TopicLinker.slug(place) + "-control";
            case INVOLVEMENT -> frame.type().key + "-" + TopicLinker.slug(state);
            default -> frame.type().key + "-" + TopicLinker.slug(place);
        };
    }

    /** The topic a statement without an event word joins, or null when it does not speak of the article's event. */
    private String joined(String content, String place, Set<String> targets, Map<String, String> involvementByState,
            String dominant) {
        if (EventFrames.hypothetical(content)) {
            return null;
        }
        if (!involvementByState.isEmpty()) {
            for (String state : gazetteer.statesNamedIn(content)) {
                if (involvementByState.containsKey(state)) {
                    return involvementByState.get(state);
                }
            }
        }
        if (EventFrames.denies(content) || content.contains(place)
                || targetNouns(content).stream().anyMatch(targets::contains)) {
            return dominant;
        }
        return null;
    }

    private static Set<String> targetNouns(String content) {
        Set<String> out = new java.util.HashSet<>();
        for (int[] span : WordSpans.words(content)) {
            String word = content.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
            if (TARGET_NOUNS.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /** The place the article is about: the one named most often; a state only when nothing smaller is named. */
    String eventPlace(String text) {
        return eventPlace(text, 0);
    }

    /** As {@link #eventPlace(String)}; a place named in the first {@code weighted} characters counts three times. */
    private String eventPlace(String text, int weighted) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, String> trimmed = new HashMap<>();
        for (int[] phrase : placePhrases(text)) {
            String name = trimmed.computeIfAbsent(text.substring(phrase[1], phrase[2]),
                    g -> java.util.Objects.requireNonNullElse(trim(g), ""));
            if (name.isEmpty()) {
                continue;
            }
            counts.merge(name, phrase[0] < weighted ? 3 : 1, Integer::sum);
            first.putIfAbsent(name, phrase[1]);
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean wide = stateNames.contains(e.getKey().toLowerCase(Locale.ROOT)) || REGION.matcher(e.getKey()).find();
            int score = e.getValue() * 2 + (wide ? 0 : 100); // any smaller place before a state, sea or region
            if (score > bestScore || score == bestScore && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Each "in X", "near the X", "the city of X" in order, as {start of the phrase, start and end of the name}: the
     * spaces before a capital or "the" are visited and the word before each is looked up, where one pattern with
     * every preposition as an alternative was tried at every character of the text (a tenth of the analysis).
     */
    static List<int[]> placePhrases(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher name = PLACE_NAME.matcher(text);
        int n = text.length();
        int lastEnd = 0;
        for (int space = text.indexOf(' '); space >= 0 && space + 1 < n; space = text.indexOf(' ', space + 1)) {
            char next = text.charAt(space + 1);
            if (!(next >= 'A' && next <= 'Z' || next == 't')) {
                continue;
            }
            int word = wordStart(text, space);
            int start = word;
            if (word == space) {
                continue;
            }
            String before = text.substring(word, space);
            if (before.equals("of")) {
                int noun = word >= 2 && text.charAt(word - 1) == ' ' ? wordStart(text, word - 1) : word - 1;
                if (noun >= word - 1 || !PLACE_NOUNS_OF.contains(text.substring(noun, word - 1))) {
                    continue;
                }
                start = noun;
            } else if (!PLACE_PREPOSITIONS.contains(before)) {
                continue;
            }
            if (start < lastEnd || !name.region(space + 1, n).lookingAt()) {
                continue;
            }
            out.add(new int[] {start, name.start(1), name.end(1)});
            lastEnd = name.end();
        }
        return out;
    }

    /** The start of the word that ends at {@code end}: letters, digits and underscores, as a regex word boundary sees them. */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            i--;
        }
        return i;
    }

    /** A single word the gazetteer reads as a state that is no state's name or seat: "Azerbaijani", "Malian". */
    private boolean isDemonym(String name) {
        return name.indexOf(' ') < 0 && !stateNames.contains(name.toLowerCase(Locale.ROOT))
                && gazetteer.stateNamedIn(name) != null;
    }

    /** The place name without trailing words that are not part of it, or null when it is no place. */
    private String trim(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        while (n > 0 && NOT_PLACES.contains(words[n - 1])) {
            n--;
        }
        if (n == 0 || NOT_PLACES.contains(words[0])) {
            return null;
        }
        int from = 0;
        for (int i = 0; i < n - 1; i++) {
            if (words[i].endsWith("'s") || words[i].endsWith("’s")) {
                from = i + 1; // "Pakistan's Punjab" → "Punjab"
            }
        }
        String s = String.join(" ", java.util.Arrays.copyOfRange(words, from, n));
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (gazetteer.namesOrganisation(s) || isDemonym(s)) {
            return null; // "on Hamas", "near the IDF": an actor; "near the Azerbaijani border": an adjective
        }
        return s;
    }
}
