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

    /** What a statement says happened; checked in this order, the first that fits wins. */
    enum EventType {
        CONTROL("control"), SHOOTDOWN("shootdown"), CASUALTIES("casualties"), CEASEFIRE("ceasefire"), ATTACK("attack");

        final String key;

        EventType(String key) {
            this.key = key;
        }
    }

    /** What one statement is about: the event type and, for a shoot-down, what was shot down. */
    record Frame(EventType type, String target) {
    }

    private static final GatedPattern SHOOTDOWN = GatedPattern.compile(
            "\\b(shot|shoot|shooting|brought|bring) down\\b|\\b(downed|intercepted|intercepts?|intercepting|interception)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern CASUALTY_WORD = GatedPattern.compile(
            "\\b(killed|killing|dead|died|deaths?|toll|wounded|wounding|injured|injuring|casualties|martyred|lives)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile(
            "\\b(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern CEASEFIRE = GatedPattern.compile(
            "\\b(cease-?fire|truce|talks|negotiations?|peace deal|peace agreement|de-escalation)\\b", Pattern.CASE_INSENSITIVE);
    private static final GatedPattern ATTACK = GatedPattern.compile("\\b(strikes?|struck|striking|air ?strikes?|attack(s|ed|ing)?"
            + "|hit|hitting|bomb(s|ed|ing)?|shell(ed|ing)|fired|firing|drones?|missiles?|rockets?|raids?|explosion|blast"
            + "|targeted|targeting|responsible|responsibility|blamed?|carried out|behind the|aggression|assault"
            + "|sank|sunk|damaged?)\\b", Pattern.CASE_INSENSITIVE);
    /** Forecasts, conditions and threats state nothing about what happened. */
    private static final GatedPattern HYPOTHETICAL = GatedPattern.compile("\\b(would|could|might|may|will|threatens?|if|unless)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A negation just before the event word ("was not hit", "neither missile struck") or a word that denies it. */
    private static final GatedPattern NEGATED = GatedPattern.compile("\\b(not|never|no|neither|nor|n't)\\W+(?:\\w+\\W+){0,2}?"
            + "(strikes?|struck|hit|attack(s|ed)?|bomb(s|ed)?|targeted|damage[d]?|killed|died|shot|downed|fallen|fell|captured"
            + "|taken|lost|present)\\b|\\b(missed|exaggerated|false|fabricated|untrue|baseless|propaganda|staged)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET = Pattern.compile(
            "\\b(drones?|jets?|aircraft|planes?|helicopters?|missiles?|fighter jets?)\\b", Pattern.CASE_INSENSITIVE);
    /** A place: one to three capitalised words after a preposition or a place noun ("in Bahawalpur", "town of Goma"). */
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|on|over|outside|into|off|around|across"
            + "|city of|town of|village of|port of|camp of|district of|province of|region of|state of)"
            + " (?:the )?((?:[A-Z][\\p{L}’'\\-]+)(?: (?:[A-Z][\\p{L}’'\\-]+|al-[A-Z][\\p{L}\\-]+)){0,2})");
    private static final Set<String> NOT_PLACES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "The", "A", "An", "X", "Telegram", "Facebook", "Twitter",
            "Parliament", "Congress", "Tuesday's", "Friday's", "English", "Arabic", "Christmas", "Ramadan", "Eid");

    /** How many characters of statements, and of the text, the event place is looked for in. */
    private static final int PLACE_REACH = 20_000;

    private final PartyGazetteer gazetteer;
    private final TopicLinker control;
    private final Set<String> stateNames;

    EventFrameLinker(Lexicons lexicons, PartyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.control = new TopicLinker(lexicons);
        this.stateNames = lexicons.states;
    }

    /** Whether {@code content} denies what it reports: "the vessel was not hit", "the figures were exaggerated". */
    static boolean denies(String content) {
        return NEGATED.find(content);
    }

    /** The frame of one statement's content, or null when it reports none of the event types. */
    Frame frameOf(String content) {
        if (HYPOTHETICAL.find(content)) {
            return null;
        }
        if (control.isAboutControl(content)) {
            return new Frame(EventType.CONTROL, null);
        }
        if (SHOOTDOWN.find(content)) {
            Matcher t = TARGET.matcher(content);
            return new Frame(EventType.SHOOTDOWN, t.find() ? singular(t.group(1).toLowerCase(Locale.ROOT)) : null);
        }
        Matcher c = CASUALTY_WORD.matcher(content);
        while (c.find()) {
            String window = content.substring(Math.max(0, c.start() - 40), Math.min(content.length(), c.end() + 40));
            if (FIGURE.matcher(window).find()) {
                return new Frame(EventType.CASUALTIES, null);
            }
        }
        if (CEASEFIRE.find(content)) {
            return new Frame(EventType.CEASEFIRE, null);
        }
        if (ATTACK.find(content)) {
            return new Frame(EventType.ATTACK, null);
        }
        return null;
    }

    /** The analysis with an event topic for each statement that has a frame and no topic yet. */
    Analysis link(String text, Analysis analysis) {
        String place = null;
        List<Attribution> out = new ArrayList<>(analysis.attributions().size());
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        analysis.topics().forEach(t -> topics.put(t.key(), t));
        List<Frame> frames = new ArrayList<>(analysis.attributions().size());
        StringBuilder framed = new StringBuilder();
        for (Attribution a : analysis.attributions()) {
            Frame frame = a.topic() == null ? frameOf(a.content().text()) : null;
            frames.add(frame);
            if (frame != null && framed.length() < PLACE_REACH) {
                framed.append(a.content().text()).append(" . ");
            }
        }
        if (frames.stream().allMatch(java.util.Objects::isNull)) {
            return analysis;
        }
        // the event place is named early: a bounded look keeps a huge one-line text linear and cheap
        place = eventPlace(framed + " " + text.substring(0, Math.min(text.length(), PLACE_REACH)), framed.length());
        if (place == null) {
            return analysis;
        }
        for (int i = 0; i < frames.size(); i++) {
            Attribution a = analysis.attributions().get(i);
            Frame frame = frames.get(i);
            if (frame == null) {
                out.add(a);
                continue;
            }
            String key = frame.type() == EventType.CONTROL ? TopicLinker.slug(place) + "-control"
                    : frame.type().key + "-" + TopicLinker.slug(place);
            String claimant = a.source() != null && a.stance() == Stance.ASSERTS ? a.source().party() : null;
            TopicDef def = new TopicDef(key, frame.type() == EventType.CONTROL ? TopicLinker.label(place, claimant)
                    : label(frame, place));
            TopicDef existing = topics.get(key);
            if (existing == null || existing.label().startsWith("Who controls") && !def.label().startsWith("Who")) {
                topics.put(key, def);
            }
            Stance stance = a.source() != null && a.stance() == Stance.ASSERTS && denies(a.content().text())
                    ? Stance.DENIES : a.stance();
            out.add(new Attribution(a.kind(), a.content(), a.cue(), a.source(), stance, key, a.flags(), a.rule(),
                    a.confidence()));
        }
        return new Analysis(out, List.copyOf(topics.values()));
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
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            String name = trimmed.computeIfAbsent(m.group(1), g -> java.util.Objects.requireNonNullElse(trim(g), ""));
            if (name.isEmpty()) {
                name = null;
            }
            if (name == null) {
                continue;
            }
            counts.merge(name, m.start() < weighted ? 3 : 1, Integer::sum);
            first.putIfAbsent(name, m.start(1));
        }
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean state = stateNames.contains(e.getKey().toLowerCase(Locale.ROOT));
            int score = e.getValue() * 2 + (state ? 0 : 100); // any smaller place before a state
            if (score > bestScore || score == bestScore && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
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
        if (gazetteer.namesOrganisation(s)) {
            return null; // "on Hamas", "near the IDF": an actor, not a place
        }
        return s;
    }

    private static String singular(String noun) {
        if (noun.equals("aircraft")) {
            return noun;
        }
        if (noun.startsWith("fighter jet")) {
            return "fighter jet";
        }
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** The question a reader asks about the event. */
    static String label(Frame frame, String place) {
        return switch (frame.type()) {
            case SHOOTDOWN -> "Was " + (frame.target() == null ? "anything" : article(frame.target()) + " " + frame.target())
                    + " shot down over " + place + "?";
            case CONTROL -> TopicLinker.label(place, null);
            case CASUALTIES -> "How many were killed or hurt in " + place + "?";
            case CEASEFIRE -> "Is there a ceasefire or talks over " + place + "?";
            case ATTACK -> "Who attacked " + place + ", and what was hit?";
        };
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
