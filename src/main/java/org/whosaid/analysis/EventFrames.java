package org.whosaid.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what one statement says happened (its event frame: control of a place, a shoot-down, casualty figures, a
 * ceasefire, a state's troops taking part, an attack) and whether it denies it; the {@link EventFrameLinker} turns
 * frames into topics.
 */
final class EventFrames {

    /** What a statement says happened; checked in this order, the first that fits wins. */
    enum EventType {
        CONTROL("control"), SHOOTDOWN("shootdown"), CASUALTIES("casualties"), CEASEFIRE("ceasefire"),
        INVOLVEMENT("involvement"), ATTACK("attack");

        final String key;

        EventType(String key) {
            this.key = key;
        }
    }

    /** What one statement is about: the event type and, for a shoot-down, what was shot down. */
    record Frame(EventType type, String target) {
    }

    private static final GatedPattern SHOOTDOWN = GatedPattern.compile(
            "\\b(shot|shoot|shooting|brought|bring) down\\b|\\b(downed|intercepted|intercepts?|intercepting|interception)\\b"
            + "|\\b(jets?|aircraft|planes?|helicopters?|drones?)\\b(?:\\W+\\w+){0,3}?\\W+(lost|crashed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern CASUALTY_WORD = GatedPattern.compile(
            "\\b(killed|killing|dead|died|deaths?|toll|wounded|wounding|wounds|injured|injuring|casualties|martyred"
            + "|lives|bodies|hurt|losses|neutrali[sz]ed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile("\\b(\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|dozens?|scores|hundreds|several|some|many|no)\\b", Pattern.CASE_INSENSITIVE);
    /** A toll said to rise, or figures said to be false, speak of the count without giving one. */
    private static final GatedPattern COUNT_ITSELF = GatedPattern.compile("\\b(death toll|toll|number of (dead|deaths"
            + "|casualties|victims)|casualty (figures|numbers))\\b(?:\\W+\\w+){0,4}?\\W+(rise|climb|increase|grow)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern FIGURES = GatedPattern.compile("\\b(figures?|numbers?|toll|tally|count)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern CEASEFIRE = GatedPattern.compile(
            "\\b(cease-?fire|truce|talks|negotiations?|peace deal|peace agreement|de-escalation)\\b", Pattern.CASE_INSENSITIVE);
    /** A state's troops in someone else's fight: sent, fighting alongside a group, or "a party to the conflict". */
    private static final GatedPattern INVOLVEMENT = GatedPattern.compile("\\b(send|sending|sent|deploy|deployed|deploying)"
            + "(?:\\W+\\w+){0,2}?\\W+(troops|soldiers|mercenaries)\\b|\\b(troops|soldiers|mercenaries)\\b(?:\\W+\\w+){0,6}?"
            + "\\W+(alongside|were in|are in|was in|on the ground)\\b|\\bparty to the (conflict|war|fighting)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GatedPattern ATTACK = GatedPattern.compile("\\b(strikes?|struck|striking|air ?strikes?|attack(s|ed|ing)?"
            + "|hit|hitting|bomb(s|ed|ing)?|shell(ed|ing)|fired|firing|drones?|missiles?|rockets?|raids?|explosion|blast"
            + "|targeted|targeting|responsible|responsibility|blamed?|carried out|behind the|aggression|assault"
            + "|sank|sunk|damaged?|destroyed|destroying)\\b", Pattern.CASE_INSENSITIVE);
    /** An actor doing the attack ("the RSF had fired drones at …"): who struck, even when a toll follows. */
    private static final Pattern ACTOR_STRIKES = Pattern.compile("^(?:the |an? )?(?:[A-Z][\\p{L}\\-]+ ){0,3}"
            + "(?:(?:army|military|rebels|militants|paramilitary|junta|insurgents|militia|forces|troops) )?(?:had |has |have )?"
            + "(?:fired|struck|bombed|attacked|targeted|carried out|launched|shelled)\\b");
    /**
     * Forecasts, conditions and threats state nothing about what happened; "may/might/could have died" is a hedged
     * report of it, and "may" only in lower case (not the month).
     */
    private static final GatedPattern HYPOTHETICAL = GatedPattern.compile(
            "\\b(would|will|threatens?|if|unless)\\b|\\b(could|might)\\b(?! have)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAY = Pattern.compile("\\bmay\\b(?! have)");
    /** The words one of which {@link #HYPOTHETICAL} or {@link #MAY} needs: "if" and "will" are inside many words. */
    private static final WholeWords HYPOTHETICAL_WORDS = WholeWords.of("would", "will", "threaten", "threatens", "if",
            "unless", "could", "might", "may");
    /**
     * A negation just before the event word ("was not hit", "neither missile struck"), tried only when a negation word
     * stands in the text: the gate's event words are in most statements.
     */
    private static final GatedPattern NEGATED_EVENT = GatedPattern.compile("\\b(not|never|no|neither|nor|n't)\\W+(?:\\w+\\W+){0,2}?"
            + "(strikes?|struck|hit|attack(s|ed)?|bomb(s|ed)?|targeted|damage[d]?|killed|died|shot|downed|fallen|fell|captured"
            + "|taken|lost|present|involved|party|responsible|behind)\\b", Pattern.CASE_INSENSITIVE);
    /** A word that denies the event, or a denial of presence or ground ("had no link", "no fighters had been", "pushed them back"). */
    private static final GatedPattern DENIAL_WORDS = GatedPattern.compile("\\b(missed|exaggerated|false|fabricated|untrue"
            + "|baseless|propaganda|staged|repelled|repulsed)\\b|\\b(had|has|have) no\\b|\\bno such\\b"
            + "|\\bno \\w+ (had|has|have) been\\b|\\bpushed(?:\\W+\\w+){0,3}?\\W+back\\b", Pattern.CASE_INSENSITIVE);
    private static final WholeWords NEGATION_WORDS = WholeWords.of("not", "never", "no", "neither", "nor", "n't");
    private static final Pattern TARGET = Pattern.compile(
            "\\b(drones?|jets?|aircraft|planes?|helicopters?|missiles?|fighter jets?)\\b", Pattern.CASE_INSENSITIVE);

    private final TopicLinker control;

    EventFrames(Lexicons lexicons) {
        this.control = new TopicLinker(lexicons);
    }

    /** Whether {@code content} denies what it reports: "the vessel was not hit", "the figures were exaggerated". */
    static boolean denies(String content) {
        return NEGATION_WORDS.in(content) && NEGATED_EVENT.find(content) || DENIAL_WORDS.find(content);
    }

    /** Whether {@code content} forecasts, threatens or supposes rather than reports ("the attacks would continue"). */
    static boolean hypothetical(String content) {
        return HYPOTHETICAL_WORDS.in(content) && (HYPOTHETICAL.find(content) || MAY.matcher(content).find());
    }

    /** The frame of one statement's content, or null when it reports none of the event types. */
    Frame frameOf(String content) {
        if (COUNT_ITSELF.find(content)) {
            return new Frame(EventType.CASUALTIES, null); // "the toll could rise": a forecast, but of the count
        }
        if (hypothetical(content)) {
            return null;
        }
        if (control.isAboutControl(content)) {
            return new Frame(EventType.CONTROL, null);
        }
        if (SHOOTDOWN.find(content)) {
            Matcher t = TARGET.matcher(content);
            return new Frame(EventType.SHOOTDOWN, t.find() ? singular(t.group(1).toLowerCase(Locale.ROOT)) : null);
        }
        if (ACTOR_STRIKES.matcher(content).find()) {
            return new Frame(EventType.ATTACK, null);
        }
        if (countsCasualties(content) || FIGURES.find(content) && denies(content)) {
            return new Frame(EventType.CASUALTIES, null);
        }
        if (CEASEFIRE.find(content)) {
            return new Frame(EventType.CEASEFIRE, null);
        }
        if (INVOLVEMENT.find(content)) {
            return new Frame(EventType.INVOLVEMENT, null);
        }
        if (ATTACK.find(content)) {
            return new Frame(EventType.ATTACK, null);
        }
        return null;
    }

    /** A casualty word with a figure near it ("at least 17 killed", "some civilians may have died"). */
    private static boolean countsCasualties(String content) {
        Matcher c = CASUALTY_WORD.matcher(content);
        while (c.find()) {
            String window = content.substring(Math.max(0, c.start() - 40), Math.min(content.length(), c.end() + 40));
            if (FIGURE.matcher(window).find()) {
                return true;
            }
        }
        return false;
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

    /** The question a reader asks about the event; {@code place} is the event place, or the state for involvement. */
    static String label(Frame frame, String place) {
        return switch (frame.type()) {
            case SHOOTDOWN -> "Was " + (frame.target() == null ? "anything" : article(frame.target()) + " " + frame.target())
                    + " shot down over " + place + "?";
            case CONTROL -> TopicLinker.label(place, null);
            case CASUALTIES -> "How many were killed or hurt in " + place + "?";
            case CEASEFIRE -> "Is there a ceasefire or talks over " + place + "?";
            case INVOLVEMENT -> "Are " + place + "'s troops taking part in the fighting?";
            case ATTACK -> "Who attacked " + place + ", and what was hit?";
        };
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
