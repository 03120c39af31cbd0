package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How check-worthy a sentence nobody is credited with is, in [0, 1]: a checkable factual claim (numbers, casualties,
 * named actors and places, dated events, quantities) scores high; opinion, hedging, questions, instructions,
 * fragments, narration of what a source did, headlines, captions and credits score low. General features with
 * hand-set weights in the spirit of ClaimBuster's check-worthy factual sentences; the words are data
 * ({@code check-worthiness.json}).
 */
final class CheckWorthiness {

    /** A candidate at or above this score is an unattributed claim worth an editor's look. */
    static final double THRESHOLD = 0.5;
    /** The raw feature sum that maps to {@link #THRESHOLD}. */
    private static final double PIVOT = 1.0;
    /**
     * The score of what is not prose at all (a headline, subhead, question, caption, credit or byline); the score of a
     * sentence is always above it, however strong the opinion, so that the two stay apart.
     */
    static final double NOT_PROSE = 0;

    /** A source that says nothing: "declined to comment", "could not be independently verified". */
    private static final Pattern NON_EVENT = Pattern.compile(
            "(?i)\\b(?:declined|refused|did not|didn't|has not|have not|had not|would not|could not|was unable|were unable|not immediately)"
                    + "\\b(?:\\W+\\w+){0,3}?\\W+(?:comment|commented|say|describe|provide|verify|verified|confirm|confirmed|mention|respond|clear)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]");
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "be", "being", "is", "are");
    private static final Set<String> OPENERS = Set.of("however", "but", "and", "meanwhile", "still", "yet", "so", "then");
    /** Bits of {@link #classes}, in the order the constructor reads the lists. */
    private static final int VIOLENCE = 1;
    private static final int EVENT_NOUN = 1 << 1;
    private static final int NUMBER = 1 << 2;
    private static final int QUANTITY = 1 << 3;
    private static final int TIME = 1 << 4;
    private static final int FINITE = 1 << 5;
    private static final int ATTITUDE = 1 << 6;
    private static final int RESEARCH = 1 << 7;
    private static final int HEDGE = 1 << 8;
    private static final Set<String> COPULA_AFTER_DEMONSTRATIVE = Set.of("is", "was", "would", "does", "did", "has", "s", "could");

    private final Set<String> eventVerbs;
    private final Set<String> finiteWords;
    private final Set<String> speechActs;
    private final Set<String> notSpeech;
    private final Set<String> states;
    private final Set<String> evidenceNouns;
    private final Set<String> opinion;
    private final Set<String> hedges;
    private final Set<String> firstSecondPerson;
    private final Set<String> imperatives;
    private final Set<String> personPronouns;
    private final Set<String> demonstratives;
    private final Set<String> argumentOpeners;
    /**
     * The lists a word is in, as bits ({@link #VIOLENCE} ...): one lookup per word of a sentence answers every "does it
     * hold a ... word", where a pass over the sentence per list cost a tenth of the analysis.
     */
    private final Map<String, Integer> classes = new HashMap<>();

    CheckWorthiness(Lexicons lexicons) {
        eventVerbs = list(lexicons, "eventVerbs");
        finiteWords = list(lexicons, "finiteWords");
        speechActs = list(lexicons, "speechActs");
        notSpeech = list(lexicons, "notSpeech");
        states = lexicons.states;
        evidenceNouns = list(lexicons, "evidenceNouns");
        opinion = list(lexicons, "opinion");
        hedges = list(lexicons, "hedges");
        firstSecondPerson = list(lexicons, "firstSecondPerson");
        imperatives = list(lexicons, "imperatives");
        personPronouns = list(lexicons, "personPronouns");
        demonstratives = list(lexicons, "demonstratives");
        argumentOpeners = list(lexicons, "argumentOpeners");
        String[] names = {"violence", "eventNouns", "numberWords", "quantity", "timeWords", "finiteWords", "attitudes",
            "research", "hedges"};
        for (int bit = 0; bit < names.length; bit++) {
            int mask = 1 << bit;
            list(lexicons, names[bit]).forEach(w -> classes.merge(w, mask, (a, b) -> a | b));
        }
    }

    private static Set<String> list(Lexicons lexicons, String name) {
        Set<String> words = lexicons.checkWorthiness.get(name);
        if (words == null) {
            throw new IllegalStateException("check-worthiness.json has no list \"" + name + "\"");
        }
        return words;
    }

    /**
     * The check-worthiness of {@code text[start, end)}; {@code credited} holds the lower-cased words of the sources the
     * article credits, so that narration of what one of them did ("Obama was speaking to the BBC") scores low.
     */
    double score(String text, int start, int end, boolean wholeSentence, Set<String> credited) {
        String span = text.substring(start, end).strip();
        if (span.isEmpty() || span.endsWith("?") || ParagraphFurniture.isAround(text, start, end)) {
            return NOT_PROSE;
        }
        List<String> words = words(hasQuote(span) ? QUOTED.matcher(span).replaceAll(" \" ") : span);
        if (words.isEmpty()) {
            return NOT_PROSE;
        }
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        int present = 0;
        for (String w : lower) {
            present |= classes.getOrDefault(w, 0);
        }
        double raw = facts(span, words, lower, present) - against(span, words, lower, present, credited);
        if (!wholeSentence && startsAdverbial(lower) && (present & FINITE) == 0) {
            raw -= 1.5; // "But with just 18 months left in power": a phrase cut from a sentence, not a clause
        }
        return 1 / (1 + Math.exp(-2 * (raw - PIVOT)));
    }

    /** What makes a sentence a checkable fact. */
    private double facts(String span, List<String> words, List<String> lower, int present) {
        double raw = 0;
        if (span.chars().anyMatch(Character::isDigit)) {
            raw += 1.0;
        } else if ((present & NUMBER) != 0) {
            raw += 0.7;
        }
        if (span.indexOf('%') >= 0 || span.indexOf('$') >= 0 || span.indexOf('€') >= 0 || span.indexOf('£') >= 0) {
            raw += 0.3;
        }
        if ((present & VIOLENCE) != 0) {
            raw += 1.0;
        } else if ((present & EVENT_NOUN) != 0) {
            raw += 0.6;
        }
        if ((present & TIME) != 0 || YEAR.matcher(span).find()) {
            raw += 0.5;
        }
        int names = properNouns(words);
        raw += names >= 3 ? 0.7 : names >= 1 ? 0.4 : 0;
        if (hasPastEvent(words, lower)) {
            raw += 0.6;
        }
        if ((present & QUANTITY) != 0) {
            raw += 0.4;
        }
        return raw;
    }

    /** What makes it opinion, hedging, an instruction, a fragment or narration. */
    private double against(String span, List<String> words, List<String> lower, int present, Set<String> credited) {
        double raw = 0;
        if (hasFirstOrSecondPerson(words, lower)) {
            raw += 2.5; // outside quotes, the writer's own view or an address to the reader
        }
        raw += Math.min(2, lower.stream().filter(this::isOpinion).count()) * 0.7;
        if (opensArgument(span)) {
            raw += 1.0; // "Instead, ...", "This means ...": a step of the writer's reasoning
        }
        raw += hedge(words, lower, present);
        if ((present & ATTITUDE) != 0) {
            raw += 1.0;
        }
        if ((present & RESEARCH) != 0) {
            raw += 1.0; // a study's own method and results: narration of the credited study
        }
        if (!hasFiniteVerb(words, lower)) {
            raw += 1.5;
        }
        int first = firstContentWord(lower);
        String opener = lower.get(first);
        if (imperatives.contains(opener) && Character.isUpperCase(words.get(first).charAt(0))
                && (first + 1 >= lower.size() || !Character.isUpperCase(words.get(first + 1).charAt(0)))) {
            raw += 3.0;
        }
        if (personPronouns.contains(opener)) {
            raw += 1.5; // "He vowed to ...": a person already named
        }
        if (Character.isLowerCase(span.charAt(0)) && (isPastForm(words.get(0), lower.get(0)) || speechActs.contains(lower.get(0)))) {
            raw += 1.5; // a clause without its subject: what the credited speaker also did
        }
        if (demonstratives.contains(opener) && first + 1 < lower.size() && COPULA_AFTER_DEMONSTRATIVE.contains(lower.get(first + 1))) {
            raw += 0.5;
        }
        raw += speechAct(lower, credited);
        if ((lower.contains("not") || lower.contains("declined") || lower.contains("refused") || lower.contains("unable")
                || lower.contains("didn")) && NON_EVENT.matcher(span).find()) {
            raw += 2.0;
        }
        return raw;
    }

    /** Someone's act of speech ("Merz demanded a vote"): its content is theirs, and more so when they are credited. */
    private double speechAct(List<String> lower, Set<String> credited) {
        int limit = Math.min(lower.size(), 12);
        for (int i = 0; i < limit; i++) {
            String w = lower.get(i);
            boolean passive = i > 0 && w.endsWith("ed") && PASSIVE_AUX.contains(lower.get(i - 1));
            if (speechActs.contains(w) && !passive && !(i + 1 < lower.size() && notSpeech.contains(w + " " + lower.get(i + 1)))) {
                double raw = 0.8;
                for (int j = 0; j < i; j++) {
                    if (evidenceNouns.contains(lower.get(j))) {
                        raw += 2.5; // "footage released by journalists showed ...": the sentence names its source
                        break;
                    }
                }
                if (lower.stream().anyMatch(credited::contains)) {
                    raw += 1.0;
                }
                return raw;
            }
        }
        return 0;
    }

    /** An opinion word, also as the last part of a compound ("now-infamous"). */
    private boolean isOpinion(String lowerWord) {
        int dash = lowerWord.lastIndexOf('-');
        return opinion.contains(lowerWord) || dash > 0 && opinion.contains(lowerWord.substring(dash + 1));
    }

    private boolean opensArgument(String span) {
        String head = span.substring(0, Math.min(span.length(), 24)).toLowerCase(Locale.ROOT);
        for (String opener : argumentOpeners) {
            if (head.startsWith(opener)) {
                return true;
            }
        }
        return false;
    }

    /** "us" and "we" the writer's; "US" the country. */
    private boolean hasFirstOrSecondPerson(List<String> words, List<String> lower) {
        for (int i = 0; i < words.size(); i++) {
            if (firstSecondPerson.contains(lower.get(i)) && (words.get(i).equals("I") || !isAcronym(words.get(i)))) {
                return true;
            }
            if (lower.get(i).equals("let") && i + 1 < lower.size() && lower.get(i + 1).equals("s")) {
                return true; // "let's"
            }
        }
        return false;
    }

    /** A modal or hedge that governs the sentence (the first verb) is a forecast; one in a subordinate clause weighs less. */
    private double hedge(List<String> words, List<String> lower, int present) {
        for (int i = 0; i < words.size(); i++) {
            if (hedges.contains(lower.get(i))) {
                return 1.2;
            }
            if (finiteWords.contains(lower.get(i)) || isPastForm(words.get(i), lower.get(i))) {
                break;
            }
        }
        return (present & HEDGE) != 0 ? 0.5 : 0;
    }

    private static final Set<String> ADVERBIAL_OPENERS = Set.of("with", "in", "ahead", "after", "before", "despite", "amid",
            "following", "on", "at", "during", "for", "from", "since", "under", "without", "by");

    private boolean startsAdverbial(List<String> lower) {
        return ADVERBIAL_OPENERS.contains(lower.get(firstContentWord(lower)));
    }

    private int firstContentWord(List<String> lower) {
        int i = 0;
        while (i + 1 < lower.size() && OPENERS.contains(lower.get(i))) {
            i++;
        }
        return i;
    }

    /** Capitalised words inside the sentence, and the first one when a second name word or a possessive follows it. */
    private int properNouns(List<String> words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!Character.isUpperCase(w.charAt(0)) || w.equals("I")) {
                continue;
            }
            if (i > 0 || isAcronym(w) || states.contains(w.toLowerCase(Locale.ROOT)) || words.size() > 1 && (Character.isUpperCase(words.get(1).charAt(0)) || words.get(1).equals("s"))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    private boolean hasPastEvent(List<String> words, List<String> lower) {
        for (int i = 0; i < words.size(); i++) {
            if (isPastForm(words.get(i), lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isPastForm(String word, String lowerWord) {
        return eventVerbs.contains(lowerWord)
                || lowerWord.length() > 4 && lowerWord.endsWith("ed") && Character.isLowerCase(word.charAt(0));
    }

    private boolean hasFiniteVerb(List<String> words, List<String> lower) {
        for (int i = 0; i < words.size(); i++) {
            if (finiteWords.contains(lower.get(i)) || isPastForm(words.get(i), lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(String span) {
        for (int i = 0; i < span.length(); i++) {
            if ("\"“”«»„".indexOf(span.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Runs of letters, digits and inner apostrophes ("Netanyahu’s" gives "Netanyahu" and "s"). */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int b = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' && i > b)) {
                i++;
            }
            if (i > b) {
                out.add(s.substring(b, i));
            }
        }
        return out;
    }
}
