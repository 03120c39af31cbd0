package org.whosaid.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tidies the naming part of a speaker phrase before it becomes a source: drops sentence connectors and stage words
 * in front ("But I" → "I", "As Nippers" → "Nippers", "Enter Stuart R. Kaplan" → "Stuart R. Kaplan"), trailing
 * adverbs ("I then" → "I") and manner phrases ("Evul-art'h in an intrigued voice" → "Evul-art'h"), a time phrase in
 * front ("a day after the rebels" → "the rebels"); and refuses
 * phrases that name nobody ("What", "Quite", imperatives like "Turn the man", "Click on text in red").
 */
final class SpeakerNames {

    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> TRAILING_ADVERBS = Set.of("then", "again", "also", "too", "now", "later", "first",
            "once", "still", "instead", "herself", "himself", "themselves", "itself");
    private static final Set<String> LY_NOUNS = Set.of("family", "ally", "assembly", "supply", "monopoly", "daily",
            "weekly", "monthly", "anomaly", "rally", "italy", "emily", "lily", "holly", "kelly", "sally", "molly");
    private static final Set<String> LEADING_AUX = Set.of("was", "were", "is", "are", "did", "does", "do", "had", "has",
            "have", "will", "would", "can", "could", "should", "shall", "might", "must");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "him", "me", "us", "you");
    private static final Set<String> MANNER_DETERMINERS = Set.of("a", "an", "his", "her", "their", "my", "its", "this", "that");
    /** Capitalised prepositions opening a sentence ("To Lorenz's surprise"): never part of a name. */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("To", "From", "For", "In", "On", "At", "With", "By",
            "Of", "Into", "Under", "After", "Before");
    /** Words of a time phrase before "after"/"before" ("a day", "two weeks", "hours", "shortly", "just days"). */
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("a", "an", "the", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "several", "few", "just", "only", "barely", "some", "shortly", "soon",
            "moments", "moment", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month",
            "years", "year", "night", "nights", "morning", "evening");
    /** A time noun or adverb: a time phrase holds at least one, so "the" alone before "after" is none. */
    private static final Set<String> TIME_HEADS = Set.of("shortly", "soon", "moments", "moment", "minutes", "minute",
            "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "night", "nights",
            "morning", "evening");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "until");
    private static final Set<String> IMPERATIVE_OBJECTS = Set.of("the", "a", "an", "his", "her", "my", "your", "our",
            "their", "this", "that", "these", "those", "it", "them", "me", "us", "him", "into");

    private SpeakerNames() {
    }

    /** The name with connectors, stage words, trailing adverbs and manner phrases removed ("" if nothing is left). */
    static String clean(String name, Lexicons lexicons) {
        String[] words = SPACES.split(name.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        int from = 0;
        int to = words.length;
        while (to - from > 1 && (lexicons.notNameWords.contains(bare(words[from])) || LEADING_AUX.contains(bare(words[from]))
                || LEADING_PREPOSITIONS.contains(words[from]))) {
            from++;
        }
        from = afterTimePhrase(words, from, to);
        for (int i = from + 1; i + 1 < to; i++) {
            String w = bare(words[i]);
            if ((w.equals("in") || w.equals("with") || w.equals("on")) && MANNER_DETERMINERS.contains(bare(words[i + 1]))
                    && !Character.isUpperCase(words[Math.min(to - 1, i + 2)].charAt(0))) {
                to = i; // "Evul-art'h in an intrigued voice"
                break;
            }
        }
        while (to - from > 1 && isTrailingAdverb(words[to - 1], lexicons)) {
            to--;
        }
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    /**
     * Where the speaker starts after a time phrase opening the words ("a day after the rebels", "hours before
     * Smith"): the clause's speaker follows the preposition; {@code from} when no time phrase opens them.
     */
    private static int afterTimePhrase(String[] words, int from, int to) {
        boolean timeHead = false;
        for (int i = from; i + 1 < to && i < from + 4; i++) {
            String w = bare(words[i]);
            if (TIME_PREPOSITIONS.contains(w)) {
                return timeHead ? i + 1 : from;
            }
            if (!TIME_PHRASE_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                return from;
            }
            timeHead |= TIME_HEADS.contains(w);
        }
        return from;
    }

    /** Whether a cleaned name can name a speaker at all. */
    static boolean canName(String name, Lexicons lexicons) {
        String[] words = SPACES.split(name.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        String first = bare(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("I") || words[i].equals("I’m") || words[i].equals("I'm")) {
                return false; // "Nippers I": the narrator's "I" is the subject, no name
            }
        }
        if (words.length == 1 && lexicons.notNameWords.contains(first)) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = bare(words[i]);
            if (OBJECT_PRONOUNS.contains(w)) {
                return false; // "Many of them", "More you"
            }
            // "self-described", "registered voters": a participle inside a compound or before its noun is an adjective
            boolean adjective = w.indexOf('-') >= 0 || i + 1 < words.length && isSpeakerNoun(bare(words[i + 1]), lexicons)
                    || reducedRelative(words, i) || i + 1 < words.length && bare(words[i + 1]).equals("by");
            boolean verbLike = Character.isLowerCase(words[i].charAt(0)) && w.length() > 3 && w.endsWith("ed") && !adjective
                    && !lexicons.roles.contains(w) && !lexicons.titles.contains(w) && !lexicons.groups.contains(w);
            String prev = words[i - 1];
            boolean possessive = prev.endsWith("'s") || prev.endsWith("’s") || prev.endsWith("s'");
            if (verbLike && !possessive && (Character.isUpperCase(prev.charAt(0)) || bare(prev).equals("also") || words.length >= 5
                    && !SpeakerResolver.DETERMINERS.contains(bare(prev)))) {
                return false; // "Caudevilla offered to provide answers to", "Emery also retweeted an article by ..."
            }
        }
        if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
            boolean known = SpeakerResolver.DETERMINERS.contains(first) || SpeakerResolver.PRONOUNS.contains(first)
                    || lexicons.roles.contains(first) || lexicons.groups.contains(first) || lexicons.titles.contains(first)
                    || lexicons.organisationWords.contains(first) || lexicons.demonyms.containsKey(first)
                    || lexicons.companies.contains(first) || SpeakerResolver.isQuantity(first);
            boolean laterName = Arrays.stream(words).skip(1).anyMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
            // "border officials" names its speakers; "sure your friends" starts inside a clause (a determiner follows)
            boolean speakerHead = words.length <= 4 && isSpeakerNoun(bare(words[words.length - 1]), lexicons)
                    && Arrays.stream(words).skip(1).map(SpeakerNames::bare)
                    .noneMatch(w -> SpeakerResolver.DETERMINERS.contains(w) || IMPERATIVE_OBJECTS.contains(w));
            if (!known && !laterName && !speakerHead) {
                return false; // "helps users": the phrase starts inside a clause
            }
        }
        if (words.length >= 2 && Character.isUpperCase(words[0].charAt(0)) && !isNounLike(first, lexicons)) {
            String second = bare(words[1]);
            boolean objectFollows = IMPERATIVE_OBJECTS.contains(second)
                    || (second.equals("on") || second.equals("to")) && words.length > 2 && !words[2].isEmpty()
                    && Character.isLowerCase(words[2].charAt(0));
            if (objectFollows && Character.isLowerCase(words[1].charAt(0))) {
                return false; // "Turn the man", "Click on text in red": an imperative, not a name
            }
        }
        return true;
    }

    /**
     * "a poll released Sunday", "a copy of the letter reviewed by the paper": in a phrase opened by an article, a
     * participle after a lower-case noun describes that noun (a reduced relative clause); it is not the phrase's verb.
     */
    private static boolean reducedRelative(String[] words, int i) {
        String first = bare(words[0]);
        String prev = words[i - 1];
        // a passive participle takes no object: "the researchers used the technique" is a clause, not a description
        boolean objectFollows = i + 1 < words.length && (SpeakerResolver.DETERMINERS.contains(bare(words[i + 1]))
                || IMPERATIVE_OBJECTS.contains(bare(words[i + 1])));
        return i >= 2 && !objectFollows && (first.equals("a") || first.equals("an") || first.equals("the"))
                && Character.isLowerCase(prev.charAt(0)) && !SpeakerResolver.DETERMINERS.contains(bare(prev))
                && !bare(prev).equals("also") && !bare(prev).endsWith("ly");
    }

    /** A head noun that names speakers by what they are ("border officials", "registered voters", "the audit"). */
    private static boolean isSpeakerNoun(String w, Lexicons lexicons) {
        return lexicons.groups.contains(w) || lexicons.roles.contains(w) && !SpeakerResolver.DETERMINERS.contains(w)
                || lexicons.documents.contains(w);
    }

    private static boolean isNounLike(String w, Lexicons lexicons) {
        return lexicons.titles.contains(w) || lexicons.roles.contains(w) || lexicons.groups.contains(w)
                || lexicons.organisationWords.contains(w) || lexicons.companies.contains(w)
                || lexicons.demonyms.containsKey(w) || SpeakerResolver.DETERMINERS.contains(w);
    }

    private static boolean isTrailingAdverb(String word, Lexicons lexicons) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String w = bare(word);
        if (TRAILING_ADVERBS.contains(w)) {
            return true;
        }
        return w.length() > 4 && w.endsWith("ly") && !LY_NOUNS.contains(w) && !lexicons.roles.contains(w)
                && !lexicons.groups.contains(w) && !lexicons.organisationWords.contains(w);
    }

    private static String bare(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        int a = 0;
        int b = lower.length();
        while (a < b && !Character.isLetterOrDigit(lower.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(lower.charAt(b - 1))) {
            b--;
        }
        return lower.substring(a, b);
    }
}
