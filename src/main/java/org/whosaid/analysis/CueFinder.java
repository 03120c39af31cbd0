package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues in a sentence's narration: every form of the verbs in {@code reporting-verbs.json}
 * ("said", "told", "denied", "wrote", "according to", "called for"), skipping passives ("was reported") and
 * -ing forms unless they open a participle clause after a comma (", saying", ", adding that", ", describing it as").
 */
final class CueFinder {

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "it", "he", "she", "they", "we", "i", "there", "the", "a",
            "an", "its", "his", "her", "their", "this", "no", "all", "both", "some", "any");
    private static final Set<String> PARENTHETICALS = Set.of("however", "though", "too", "meanwhile", "instead", "nevertheless");
    private static final Set<String> CLAUSE_VERBS = Set.of("is", "was", "were", "are", "had", "has", "have", "would",
            "will", "could", "can", "should", "must", "may", "might", "did", "does", "do");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "i", "you");
    private static final Set<String> ADDRESSEE_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you");
    private static final Set<String> INVERTED_DETERMINERS = Set.of("the", "some", "many", "most", "other", "several", "two", "three");
    private static final Set<String> ELLIPTIC_SUBORDINATORS = Set.of("when", "if", "unless", "once", "as", "than");
    /** Words that open an aside between a subject and its verb. */
    private static final Set<String> ASIDE_OPENERS = Set.of("which", "who", "whose", "like", "along", "together",
            "including", "both", "all");
    /** Words before a participle cue that open its clause as a comma would: "upon saying", "while noting". */
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("upon", "while", "after", "before", "by", "when");
    /** What a speaker puts out ("issued a statement saying"): the participle after it is the speaker's own report. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "statements", "communique", "communiqué",
            "release", "note", "post", "message", "letter", "video", "notice");
    private static final Set<String> PUTTING_OUT = Set.of("issued", "released", "published", "posted", "sent", "out",
            "shared", "circulated", "issues", "releases", "publishes", "posts", "sends", "shares");
    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "am", "'s");

    private final Lexicons lexicons;

    CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Cue> find(Tokens tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            for (Lexicons.VerbForm form : lexicons.verbForms(word)) {
                int last = i;
                if (form.requiresNext() != null) {
                    if (!tokens.lower(i + 1).equals(form.requiresNext()) || tokens.boundaryBefore(i + 1)) {
                        continue;
                    }
                    last = i + 1;
                }
                boolean according = form.lemma().equals("according to");
                if (!according && i > 0 && BE.contains(tokens.lower(i - 1))) {
                    continue;
                }
                if (!according && word.endsWith("ed") && (tokens.lower(last + 1).equals("by") && !tokens.boundaryBefore(last + 1)
                        || i > 0 && !tokens.boundaryBefore(i) && ELLIPTIC_SUBORDINATORS.contains(tokens.lower(i - 1)))) {
                    continue; // "criticized by the opposition", "when asked whether": a passive with no speaker of its own
                }
                if (i > 0 && tokens.get(i).capitalized()) {
                    continue; // "the United States", "Truth Social": names, not verbs
                }
                boolean ing = word.endsWith("ing") && !according;
                boolean quotedAsSaying = ing && word.equals("saying") && tokens.lower(i - 1).equals("as") && quotedBefore(tokens, i - 1);
                boolean opensClause = i > 0 && (tokens.boundaryBefore(i) || PARTICIPLE_OPENERS.contains(tokens.lower(i - 1))
                        || putOutStatement(tokens, i));
                if (ing && !quotedAsSaying && !(lexicons.participles.contains(word) && opensClause
                        && (opensReport(tokens, i + 1, form.lemma()) || form.takesRecipient() && thatAfterRecipient(tokens, i + 1)))) {
                    continue;
                }
                if (!according && !form.takesRecipient() && tokens.lower(last + 1).equals("to") && !tokens.boundaryBefore(last + 1)
                        && !addresseeAt(tokens, last + 2)) {
                    continue; // "vowed to press ahead": a commitment, not a report ("said to reporters" is one)
                }
                if (word.equals(form.lemma()) && !pluralSubjectBefore(tokens, i) && !invertedPluralSubject(tokens, i)) {
                    continue; // a bare form is a noun unless a plural subject precedes: "Treasury note" vs "analysts note"
                }
                cues.add(new Cue(i, last, form.lemma(), form.stance(), form.takesRecipient(), ing));
                i = last;
                break;
            }
        }
        return cues;
    }

    /** Whether the word after "to" opens an addressee ("to reporters", "to the committee", "to Fox News"), not a verb. */
    private boolean addresseeAt(Tokens tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String w = tokens.lower(k);
        return tokens.get(k).capitalized() || SpeakerResolver.DETERMINERS.contains(w) || ADDRESSEE_PRONOUNS.contains(w)
                || lexicons.recipients.contains(w) || lexicons.groups.contains(w);
    }

    /** "was quoted by RIA Novosti as saying", "cited the spokesman as saying". */
    private static boolean quotedBefore(Tokens tokens, int as) {
        for (int k = as - 1; k >= Math.max(0, as - 8); k--) {
            String w = tokens.lower(k);
            if (w.equals("quoted") || w.equals("cited")) {
                return true;
            }
        }
        return false;
    }

    /** After ", saying" / ", adding": a that-clause, a quote or a subject, not an object ("adding roughly 10 days"). */
    private static boolean opensReport(Tokens tokens, int next, String lemma) {
        if (lemma.equals("describe") || lemma.equals("call")) {
            return true;
        }
        if (next >= tokens.size()) {
            return tokens.size() > 0;
        }
        if (tokens.boundaryBefore(next)) {
            return true;
        }
        for (int k = next; k < Math.min(tokens.size(), next + 8) && (k == next || !tokens.boundaryBefore(k)); k++) {
            if (tokens.lower(k).equals("that") || k > next && CLAUSE_VERBS.contains(tokens.lower(k))) {
                return true; // "adding in English that ...", "saying troops were running out"
            }
        }
        Tokens.Token t = tokens.get(next);
        return t.capitalized() || CLAUSE_OPENERS.contains(t.lower());
    }

    /** ", telling supporters in Columbus, Ohio, that he had ...": a that-clause after a recipient and its place. */
    private static boolean thatAfterRecipient(Tokens tokens, int next) {
        for (int k = next + 1; k < Math.min(tokens.size(), next + 10); k++) {
            if (tokens.gapContains(k, Tokens.MASK) || tokens.gapContains(k, ';')) {
                return false;
            }
            if (tokens.lower(k).equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** True when a lower-cased word is no form of a reporting verb. */
    boolean isNotCue(String lowerWord) {
        return lexicons.verbForms(lowerWord).isEmpty();
    }

    private boolean pluralSubjectBefore(Tokens tokens, int i) {
        boolean parenthetical = i > 2 && tokens.boundaryBefore(i) && PARENTHETICALS.contains(tokens.lower(i - 1))
                && tokens.gapContains(i - 1, ',');
        if (parenthetical) {
            i--; // "The Houthis, however, say": look at the word before "however"
        } else if (i == 0) {
            return false;
        } else if (tokens.boundaryBefore(i)) {
            return pluralApposition(tokens, i);
        }
        String before = tokens.lower(i - 1);
        if (before.endsWith("ly") || before.equals("also") || before.equals("still") || before.equals("often")) {
            before = tokens.lower(i - 2);
            i--;
        }
        if ((before.equals("who") || before.equals("which")) && i > 1) {
            before = tokens.lower(i - 2); // "business leaders who say", "18% who say"
        }
        if (PLURAL_PRONOUNS.contains(before) || isPluralNoun(before) || SpeakerResolver.isQuantity(before)) {
            return true;
        }
        for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
            if (tokens.boundaryBefore(k + 1)) {
                return false;
            }
            if (lexicons.groups.contains(tokens.lower(k))) {
                return true; // "Officials in Kyiv say"
            }
        }
        return false;
    }

    /**
     * "Khizr and Ghazala Khan, the Gold Star parents whose ..., say": a bare form after an apposition that opens with a
     * determiner and names a plural ("the parents", "two veterans").
     */
    private boolean pluralApposition(Tokens tokens, int i) {
        if (!tokens.gapContains(i, ',')) {
            return false;
        }
        int k = SpeakerResolver.segmentStart(tokens, i - 1);
        if (k == 0 || !tokens.gapContains(k, ',')) {
            return false;
        }
        if (SpeakerResolver.DETERMINERS.contains(tokens.lower(k))) {
            for (int m = k + 1; m < Math.min(i, k + 5); m++) {
                if (isPluralNoun(tokens.lower(m)) && !tokens.get(m).capitalized()) {
                    return true;
                }
            }
            return false;
        }
        if (!ASIDE_OPENERS.contains(tokens.lower(k))) {
            return false;
        }
        // "Executives for Mondelez, which …, say", "Fields, along with a reporter, say": the subject before the aside
        for (int m = SpeakerResolver.segmentStart(tokens, k - 1); m < k; m++) {
            String w = tokens.lower(m);
            if (w.equals("and") || isPluralNoun(w) && (m == 0 || !tokens.get(m).capitalized()) || lexicons.groups.contains(w)) {
                return true;
            }
        }
        return tokens.lower(k).equals("along") || tokens.lower(k).equals("together");
    }

    /** ", say the researchers," / ", say analysts.": an inverted cue between commas with a plural subject after it. */
    private boolean invertedPluralSubject(Tokens tokens, int i) {
        if (i < 2 || !tokens.gapContains(i, ',')) {
            return false;
        }
        int k = i + 1;
        if (k < tokens.size() && !tokens.boundaryBefore(k) && INVERTED_DETERMINERS.contains(tokens.lower(k))) {
            k++;
        }
        for (int end = Math.min(tokens.size(), k + 3); k < end; k++) {
            if (tokens.boundaryBefore(k)) {
                return false;
            }
            if (k + 1 >= tokens.size() || tokens.boundaryBefore(k + 1)) {
                return isPluralNoun(tokens.lower(k)); // the subject's last word ends the aside
            }
        }
        return false;
    }

    private boolean isPluralNoun(String w) {
        return lexicons.groups.contains(w) || w.endsWith("s") && !w.endsWith("'s") && !w.endsWith("’s") && !w.endsWith("ss");
    }

    /** "The ministry issued a statement (on Monday) saying", "posted a video calling": a statement the subject put out, before {@code i}. */
    private boolean putOutStatement(Tokens tokens, int i) {
        int noun = i - 1;
        while (noun > 0 && i - noun <= 3 && !tokens.boundaryBefore(noun + 1) && (lexicons.timeWords.contains(tokens.lower(noun))
                || tokens.lower(noun).equals("on"))) {
            noun--; // "issued a statement on Monday saying"
        }
        if (noun < 2 || !STATEMENT_NOUNS.contains(tokens.lower(noun)) || tokens.boundaryBefore(noun + 1)) {
            return false;
        }
        int verb = SpeakerResolver.DETERMINERS.contains(tokens.lower(noun - 1)) && !tokens.boundaryBefore(noun) ? noun - 2 : noun - 1;
        return verb >= 0 && PUTTING_OUT.contains(tokens.lower(verb)) && !tokens.boundaryBefore(verb + 1);
    }
}
