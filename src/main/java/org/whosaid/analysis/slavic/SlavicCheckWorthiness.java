package org.whosaid.analysis.slavic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How check-worthy a Russian or Ukrainian sentence nobody is credited with is, in [0, 1], with the features and
 * weights of the English engine's check-worthiness: a checkable fact (numbers, casualties and damage, events, dates,
 * names, a past event) scores high; the writer's opinion, a hedge or forecast, an address to the reader, a sentence
 * without a verb and a non-event ("не комментировали", "уточняется") score low. The words are data
 * ({@code checkWorthiness} in {@code slavic.json}), keyed as the rest of the lexicon.
 */
final class SlavicCheckWorthiness {

    /** A sentence at or above this score is an unattributed claim worth an editor's look (as in English). */
    static final double THRESHOLD = 0.5;
    /** The raw feature sum that maps to {@link #THRESHOLD}. */
    private static final double PIVOT = 1.0;
    private static final int VIOLENCE = 1;
    private static final int EVENT_NOUN = 1 << 1;
    private static final int NUMBER = 1 << 2;
    private static final int QUANTITY = 1 << 3;
    private static final int TIME = 1 << 4;
    private static final int OPINION = 1 << 5;
    private static final int HEDGE = 1 << 6;
    private static final int PERSON = 1 << 7;
    private static final int PRONOUN = 1 << 8;
    private static final String[] LISTS = {"violence", "eventNouns", "numberWords", "quantity", "timeWords", "opinion",
        "hedges", "firstSecondPerson", "personPronouns"};
    /** Russian and Ukrainian past tense ("сообщил", "загинула", "повідомив") and passive forms ("врятовано", "сбиты"). */
    private static final String[] PAST_ENDINGS = {"ал", "ял", "ел", "ил", "ыл", "ол", "ул", "ла", "ло", "ли", "лся",
        "лась", "лось", "лись", "лася", "лося", "лися", "шов", "шел", "шла", "шли", "ав", "яв", "ив", "ів", "ув", "вся", "ено", "ано", "яно", "ото", "ито", "ыто", "ены",
        "аны", "иты", "ыты"};
    /** Present and future third person ("продолжают", "триває", "состоится"): a finite verb, not a past event. */
    private static final String[] PRESENT_ENDINGS = {"ет", "ит", "ут", "ют", "ат", "ят", "ется", "ится", "ются", "ятся",
        "атся", "утся", "ає", "яє", "ує", "ить", "ать", "ять", "ють", "ться", "є"};
    /** Imperatives addressed to the reader ("Читайте", "Подписывайтесь", "Представьте"). */
    private static final String[] IMPERATIVE_ENDINGS = {"йте", "йтесь", "йтеся", "ьте", "ьтесь", "іть", "ітесь"};

    /** The lists a word is in, as bits ({@link #VIOLENCE} ...), keyed by the word's stem or lemma. */
    private final Map<String, Integer> classes = new HashMap<>();
    /** Lists of phrases of more than one word ("судя по всему"), with their bit. */
    private final List<Map.Entry<SlavicLexicon.Phrase, Integer>> phrases = new ArrayList<>();
    private final List<SlavicLexicon.Phrase> demonstratives = new ArrayList<>();
    private final List<SlavicLexicon.Phrase> argumentOpeners = new ArrayList<>();
    private final List<SlavicLexicon.Phrase> nonEvents = new ArrayList<>();
    /** Words with a verb's ending that are not verbs ("около", "если", "цены"), folded. */
    private final Set<String> notVerbs = new HashSet<>();
    /** Verbs too short for their ending to tell ("є", "есть"), folded. */
    private final Set<String> finiteWords = new HashSet<>();

    SlavicCheckWorthiness(JsonNode lists, SlavicTokens t) {
        for (int bit = 0; bit < LISTS.length; bit++) {
            int mask = 1 << bit;
            for (JsonNode word : lists.path(LISTS[bit])) {
                SlavicLexicon.Phrase p = SlavicLexicon.phrase(t, word.asText());
                if (p.stems().size() == 1) {
                    // the form as listed too: a dictionary may read a form as another word ("війну" as "війнути")
                    classes.merge(p.stems().get(0), mask, (a, b) -> a | b);
                    classes.merge(p.folded().get(0), mask, (a, b) -> a | b);
                } else if (!p.stems().isEmpty()) {
                    phrases.add(Map.entry(p, mask));
                }
            }
        }
        lists.path("demonstratives").forEach(w -> demonstratives.add(SlavicLexicon.phrase(t, w.asText())));
        lists.path("argumentOpeners").forEach(w -> argumentOpeners.add(SlavicLexicon.phrase(t, w.asText())));
        lists.path("nonEvents").forEach(w -> nonEvents.add(SlavicLexicon.phrase(t, w.asText())));
        lists.path("notVerbs").forEach(w -> notVerbs.add(SlavicTokens.fold(w.asText())));
        lists.path("finiteWords").forEach(w -> finiteWords.add(SlavicTokens.fold(w.asText())));
    }

    /** The check-worthiness of {@code text[start, end)}, its quoted words left out (they are someone else's). */
    double score(String text, int start, int end, SlavicTokens tokens) {
        String unquoted = unquoted(text.substring(start, end));
        return score(unquoted, tokens.tokens(unquoted, 0, unquoted.length()));
    }

    /** {@code sentence} with what stands between quotation marks blanked out, its length kept. */
    static String unquoted(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        for (SlavicQuotes.Quoted q : SlavicQuotes.find(sentence, 0, sentence.length())) {
            for (int i = q.innerStart(); i < q.innerEnd(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    private double score(String text, List<SlavicTokens.Token> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int present = 0;
        for (SlavicTokens.Token w : words) {
            present |= classOf(w);
        }
        for (int i = 0; i < words.size(); i++) {
            for (Map.Entry<SlavicLexicon.Phrase, Integer> p : phrases) {
                if (SlavicLexicon.stemsAt(p.getKey(), words, i)) {
                    present |= p.getValue();
                }
            }
        }
        boolean past = hasPast(words);
        double raw = facts(text, words, present, past) - against(words, present, past);
        return 1 / (1 + Math.exp(-2 * (raw - PIVOT)));
    }

    /** What makes a sentence a checkable fact. */
    private static double facts(String text, List<SlavicTokens.Token> words, int present, boolean past) {
        double raw = 0;
        if (text.chars().anyMatch(Character::isDigit)) {
            raw += 1.0;
        } else if ((present & NUMBER) != 0) {
            raw += 0.7;
        }
        if (text.indexOf('%') >= 0 || text.indexOf('$') >= 0 || text.indexOf('€') >= 0 || text.indexOf('₽') >= 0
                || text.indexOf('₴') >= 0) {
            raw += 0.3;
        }
        if ((present & VIOLENCE) != 0) {
            raw += 1.0;
        } else if ((present & EVENT_NOUN) != 0) {
            raw += 0.6;
        }
        if ((present & TIME) != 0) {
            raw += 0.5;
        }
        int names = properNouns(words);
        raw += names >= 3 ? 0.7 : names >= 1 ? 0.4 : 0;
        if (past) {
            raw += 0.6;
        }
        if ((present & QUANTITY) != 0) {
            raw += 0.4;
        }
        return raw;
    }

    /** What makes it opinion, a hedge, an address to the reader, a fragment or a non-event. */
    private double against(List<SlavicTokens.Token> words, int present, boolean past) {
        double raw = 0;
        if ((present & PERSON) != 0) {
            raw += 2.5; // outside quotes, the writer's own view or an address to the reader
        }
        if ((present & OPINION) != 0) {
            long opinionWords = words.stream().filter(w -> (classOf(w) & OPINION) != 0).count();
            raw += 0.7 * Math.max(1, Math.min(2, opinionWords)); // at least one: a phrase ("всеми силами") matched
        }
        if ((present & HEDGE) != 0) {
            raw += 1.2;
        }
        if (startsWithAny(words, argumentOpeners)) {
            raw += 1.0; // "Таким образом, ...", "Проблема в тому, що ...": a step of the writer's reasoning
        }
        if (startsWithAny(words, demonstratives)) {
            raw += 0.5; // "Это – ...", "Це типовий ...": the writer's verdict on what came before
        }
        SlavicTokens.Token first = words.get(0);
        if ((classOf(first) & PRONOUN) != 0) {
            raw += 1.5; // "Он добавил ...", "Вони воюють ...": a person already named
        }
        if (!past && words.stream().noneMatch(w -> finiteWords.contains(w.folded())
                || !w.capitalised() && !notVerbs.contains(w.folded()) && endsWithAny(w.folded(), PRESENT_ENDINGS))) {
            raw += 1.5; // no verb: a definition or a verdict ("Це – останній воєнний злочин …"), or a fragment
        }
        if (first.capitalised() && endsWithAny(first.folded(), IMPERATIVE_ENDINGS)) {
            raw += 3.0;
        }
        for (int i = 0; i < words.size(); i++) {
            for (SlavicLexicon.Phrase p : nonEvents) {
                if (SlavicLexicon.stemsAt(p, words, i)) {
                    return raw + 2.0; // a source that says nothing, or details still to come
                }
            }
        }
        return raw;
    }

    /** The lists a word is in, by its stem or lemma or as written. */
    private int classOf(SlavicTokens.Token w) {
        return classes.getOrDefault(w.stem(), 0) | classes.getOrDefault(w.folded(), 0);
    }

    /** Capitalised words inside the sentence, and acronyms anywhere ("ВСУ", "ЦБ"). */
    private static int properNouns(List<SlavicTokens.Token> words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).raw();
            boolean acronym = w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (Character.isUpperCase(w.charAt(0)) && (i > 0 || acronym)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A verb in the past tense or a passive form, told by its ending, the words that only look like one left out; a
     * capitalised word only first in the sentence ("Врятовано 17 осіб"), elsewhere it is a name ("Михаил").
     */
    private boolean hasPast(List<SlavicTokens.Token> words) {
        for (int i = 0; i < words.size(); i++) {
            SlavicTokens.Token w = words.get(i);
            if ((i == 0 || !w.capitalised()) && !notVerbs.contains(w.folded()) && endsWithAny(w.folded(), PAST_ENDINGS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(List<SlavicTokens.Token> words, List<SlavicLexicon.Phrase> phrases) {
        for (SlavicLexicon.Phrase p : phrases) {
            if (SlavicLexicon.stemsAt(p, words, 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String folded, String[] endings) {
        if (folded.length() < 4) {
            return false;
        }
        for (String e : endings) {
            if (folded.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
