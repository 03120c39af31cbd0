package org.whosaid.analysis;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the phrase that names the speaker of a cue: the subject before it ("the Russian Defense Ministry said"),
 * with appositions on either side ("Andriy Yusov, a spokesman for ..., said"; "The head of Wagner, Yevgeny
 * Prigozhin, said"), the phrase after an inverted cue ("wrote Alexander Kots, a war correspondent") or after
 * "according to", and the subject of the main clause for participle cues (", describing it as").
 */
final class SpeakerResolver {

    private static final Set<String> TIME_MODIFIERS = Set.of("on", "late", "early");
    private static final Set<String> TIME_DEICTICS = Set.of("last", "this", "past", "next", "earlier", "later");
    private static final Set<String> SHARE_LINKS = Set.of("in", "of", "percent");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
            "those", "two", "three", "four", "five", "six", "several", "some", "many", "other", "one", "both", "each",
            "all", "most", "few", "another", "dozens", "hundreds", "thousands");
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    static final Set<String> CONNECTORS = Set.of("however", "but", "and", "while", "meanwhile", "yet", "so",
            "though", "although", "as", "when", "before", "after", "because", "since", "whereas", "then", "where",
            "also", "still", "now", "instead", "separately", "moreover", "nevertheless", "thus", "hence", "if");
    /** Words that open a subordinate clause with a subject of its own: "said X when asked …", "After nine died, he said". */
    static final Set<String> CLAUSE_SUBORDINATORS = Set.of("when", "while", "before", "after", "because", "as", "if",
            "since", "until", "though", "although", "whether", "once", "whereas", "unless");
    /** Pronouns opening a relative clause that holds a report: "..., who experts say are ...", "which the group claims". */
    static final Set<String> CLAUSE_RELATIVES = Set.of("who", "which", "whom");
    static final Set<String> AUX = Set.of("is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "shall", "am");
    private static final Set<String> ADVERBS = Set.of("also", "later", "earlier", "again", "previously", "repeatedly",
            "separately", "recently", "has", "have", "had", "then", "further", "once", "initially", "first", "already",
            "now", "did", "does", "do", "not", "never", "will", "would", "could", "may", "might", "still", "often",
            "long", "subsequently", "privately", "publicly");
    private static final Set<String> GLUE = Set.of("of", "for", "the", "and", "de", "al", "el", "von", "van", "der", "bin",
            "in", "at", "on", "du", "la", "le");
    static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    private static final Set<String> OPENING_ADVERBIALS = Set.of("in", "on", "at", "after", "before", "meanwhile",
            "however", "separately", "earlier", "later", "speaking", "during", "ahead", "hours", "days", "for", "with",
            "last", "this", "yesterday", "today", "immediately", "shortly", "afterward", "afterwards", "still", "instead",
            "now", "then", "since", "when", "while", "as", "though", "although", "despite", "amid", "under", "by");
    private static final Set<String> PARENTHETICALS = Set.of("however", "though", "too", "meanwhile", "instead", "nevertheless");
    private static final Set<String> QUANTITY_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "half", "majority", "majorities", "minority", "plurality", "third", "quarter", "percent");
    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "only", "just",
            "over", "under", "some", "fully");
    /** Determiners that stand alone as a subject: "most said", "many say". */
    private static final Set<String> PRONOUN_DETERMINERS = Set.of("most", "many", "some", "both", "all", "few", "several");
    private static final Set<String> TIME_UNITS = Set.of("week", "weekend", "month", "year", "night", "morning",
            "afternoon", "evening", "summer", "winter", "spring", "fall", "autumn");
    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later");

    private final Lexicons lexicons;
    private final EmbeddedSubjects embedded;
    private final InvertedSpeaker inverted;

    SpeakerResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.embedded = new EmbeddedSubjects(this, lexicons);
        this.inverted = new InvertedSpeaker(lexicons, this);
    }

    /** Outcome of looking left of a cue: a subject, an inverted cue (speaker follows it), or nothing usable. */
    record Subject(Optional<SpeakerPhrase> phrase, boolean inverted) {
        static Subject none() {
            return new Subject(Optional.empty(), false);
        }
    }

    /** The subject of the cue at token {@code cue}, looking left. */
    Subject subjectBefore(Tokens t, int cue) {
        int j = cue - 1;
        while (j >= 0 && !t.boundaryBefore(j + 1) && isAdverb(t.get(j))) {
            j--;
        }
        if (j > 0 && PARENTHETICALS.contains(t.lower(j)) && t.boundaryBefore(j + 1) && t.gapContains(j, ',')) {
            j--; // "The Houthis, however, say ..."
            if (!t.boundaryBefore(j + 1) || t.gapContains(j + 1, ',')) {
                int k = segmentStart(t, j);
                final int start = k;
                final int end = j;
                return plausible(t, start, end).map(e -> new Subject(Optional.of(phrase(t, start, e, start, e)), false))
                        .orElse(Subject.none());
            }
        }
        if (j < 0) {
            return new Subject(Optional.empty(), true);
        }
        if (t.boundaryBefore(j + 1)) {
            return afterBoundary(t, j);
        }
        int k = segmentStart(t, j);
        while (k <= j && (CONNECTORS.contains(t.lower(k)) || CLAUSE_RELATIVES.contains(t.lower(k)))) {
            k++; // "..., who U.N. experts say are ...": the pronoun is the clause's, not the speaker's
        }
        j = beforeTrailingTime(t, k, j);
        Optional<SpeakerPhrase> relative = embedded.relativeSubject(t, k, j, cue);
        if (relative.isPresent()) {
            return new Subject(relative, false); // "business leaders who say", "a deadline that insiders said went …"
        }
        if (k > j) {
            return Subject.none();
        }
        final int start = k;
        Optional<Integer> whole = plausible(t, start, j);
        if (whole.isEmpty()) {
            // after a subordinator only a report that follows its cue: "... crowd as he said," credits no clause
            boolean contentFollows = cue + 1 < t.size() && !t.boundaryBefore(cue + 1);
            for (int m = j; m > k && j - m < 4; m--) {
                boolean coordinator = t.lower(m - 1).equals("and") || t.lower(m - 1).equals("but");
                if ((coordinator || CONNECTORS.contains(t.lower(m - 1)) && contentFollows)
                        && !t.lower(m).equals("i") && !t.lower(m).equals("we") // the writer is no source
                        && (DETERMINERS.contains(t.lower(m)) || t.get(m).capitalized() || m == j && PRONOUNS.contains(t.lower(m)))) {
                    // "... was otherwise fine and the military said it was ...", "vetoed the bill because she said":
                    // the subject of a second clause
                    final int from = m;
                    return plausible(t, from, j).map(end -> new Subject(Optional.of(phrase(t, from, end, from, end)), false))
                            .orElse(Subject.none());
                }
            }
        }
        return whole.map(end -> new Subject(Optional.of(phrase(t, start, end, start, end)), false)).orElse(Subject.none());
    }

    /**
     * The last token before a time adverbial that ends a subject: "Ukraine's military Monday dismissed", "officials
     * on Thursday dismissed", "Beck last week said" (the time is no part of the name).
     */
    private static int beforeTrailingTime(Tokens t, int k, int j) {
        while (j > k) {
            String w = t.lower(j);
            if (DAY_WORDS.contains(w) || TIME_MODIFIERS.contains(w)) {
                j--;
            } else if (j - 1 > k && TIME_UNITS.contains(w) && !t.get(j).capitalized()
                    && TIME_DEICTICS.contains(t.lower(j - 1))) {
                j -= 2;
            } else {
                return j;
            }
        }
        return j;
    }

    /** The verb follows a comma or a quote: an apposition ("X, a spokesman for Y, said") or an inverted cue. */
    private Subject afterBoundary(Tokens t, int j) {
        String gap = t.get(j + 1).gapBefore();
        if (gap.equals(")")) {
            return embedded.parenthesisedApposition(t, j);
        }
        if (gap.equals("—") || gap.equals("–") || gap.equals("--")) {
            return embedded.dashedApposition(t, j, gap);
        }
        if (containsQuoteMark(gap) || !gap.contains(",")) {
            return new Subject(Optional.empty(), true);
        }
        int pStart = segmentStart(t, j);
        if (pStart == 0 || !t.gapContains(pStart, ',')) {
            return new Subject(Optional.empty(), true);
        }
        int nEnd = pStart - 1;
        int nStart = segmentStart(t, nEnd);
        if (nStart == nEnd && nStart > 0 && isQuantity(t.lower(nStart)) && t.gapContains(nStart, ',')) {
            nEnd = nStart - 1; // "Lance Beebe, 49, a Navy veteran, said": the age stands between name and apposition
            nStart = segmentStart(t, nEnd);
        }
        while (nStart <= nEnd && CONNECTORS.contains(t.lower(nStart))) {
            nStart++;
        }
        if (nStart > nEnd) {
            return new Subject(Optional.empty(), true);
        }
        Optional<Integer> n = plausible(t, nStart, nEnd);
        if (n.isEmpty()) {
            return new Subject(Optional.empty(), true);
        }
        Tokens.Token first = t.get(pStart);
        boolean appositionAfterName = !first.capitalized() && !CONNECTORS.contains(first.lower())
                || embedded.namedFromPlace(t, nStart, nEnd); // "Stacy Baker of Columbia, South Carolina, said"
        if (appositionAfterName) {
            return new Subject(Optional.of(phrase(t, nStart, j, nStart, n.get())), false);
        }
        boolean nameAfterRole = first.capitalized() && !DETERMINERS.contains(first.lower()) && j - pStart < 5
                && plausible(t, pStart, j).isPresent();
        if (nameAfterRole) {
            return new Subject(Optional.of(phrase(t, nStart, j, pStart, j)), false);
        }
        return new Subject(Optional.empty(), true);
    }

    /** The speaker written after an inverted cue or "according to", starting at token {@code from}. */
    Optional<SpeakerPhrase> phraseAfter(Tokens t, int from) {
        return inverted.phraseAfter(t, from, false);
    }

    /** The source after "according to": a speaker, or a document or count ("according to recent polls"). */
    Optional<SpeakerPhrase> sourceAfter(Tokens t, int from) {
        return inverted.phraseAfter(t, from, true);
    }

    /**
     * For a participle cue inside a non-restrictive relative clause ("Likud, which tried to rally support by saying"),
     * the clause's antecedent; empty when no ", who" / ", which" opens the cue's clause.
     */
    Optional<SpeakerPhrase> relativeSubject(Tokens t, int cue) {
        for (int k = cue - 1; k > 0 && cue - k < 12; k--) {
            if (CLAUSE_RELATIVES.contains(t.lower(k)) && t.gapContains(k, ',')) {
                return embedded.relativeAntecedent(t, k);
            }
            if (t.boundaryBefore(k) && k < cue - 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The subject of the sentence's main clause, for participle cues. */
    Optional<SpeakerPhrase> sentenceSubject(Tokens t, int before) {
        int k = datelineEnd(t, before);
        if (k < t.size() && OPENING_ADVERBIALS.contains(t.lower(0))) {
            for (int m = 1; m < Math.min(before, 8); m++) {
                if (t.gapContains(m, ',')) {
                    k = m;
                    break;
                }
            }
            for (int m = 2; k == 0 && m < Math.min(before, 8); m++) {
                String w = t.lower(m);
                Tokens.Token prev = t.get(m - 1);
                if ((w.equals("a") || w.equals("an") || w.equals("the")) && !prev.capitalized()
                        && !DETERMINERS.contains(prev.lower()) && !GLUE.contains(prev.lower())) {
                    k = m; // "On one Facebook page an unidentified poster ... wrote": no comma after the opening phrase
                }
            }
        }
        int e = k;
        while (e < before && !(e > k && t.boundaryBefore(e)) && (isNounPhraseWord(t.get(e))
                || e > k && (DETERMINERS.contains(t.lower(e - 1)) || t.lower(e - 1).equals("of")))) {
            e++;
        }
        if (e == k) {
            return Optional.empty();
        }
        final int start = k;
        return plausible(t, k, e - 1).map(end -> phrase(t, start, end, start, end));
    }

    /** "SALTMERE, Corvania — Edda Lindqvist ...": the index of the first token after a dateline's dash; else 0. */
    private static int datelineEnd(Tokens t, int before) {
        String first = t.size() > 0 ? t.get(0).text() : "";
        if (first.length() < 3 || !first.equals(first.toUpperCase(java.util.Locale.ROOT)) || !first.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        for (int m = 1; m < Math.min(before, 8); m++) {
            String gap = t.get(m).gapBefore();
            if (gap.contains("—") || gap.contains("–") || gap.contains(" - ")) {
                return m;
            }
        }
        return 0;
    }

    /** If tokens [a, b] can be a speaker phrase, the index of its last core token (before a relative clause). */
    /** "engineers", "local fishermen": a plural common noun can head a speaker phrase ("And engineers say ..."). */
    private static boolean isPluralNoun(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && !w.endsWith("’s") && !AUX.contains(w) && !PRONOUNS.contains(w);
    }

    Optional<Integer> plausible(Tokens t, int a, int b) {
        if (b < a || b - a > 15) {
            return Optional.empty();
        }
        Tokens.Token first = t.get(a);
        if (a == b && PRONOUNS.contains(first.lower())) {
            return Optional.of(b);
        }
        boolean endsWithName = b - a >= 2 && b - a < 6 && t.get(b).capitalized() && t.get(b - 1).capitalized();
        // a bare number is a share only as a percentage ("18% who say"), not as a count ("15 will hold primaries")
        int q = a < b && APPROXIMATORS.contains(first.lower()) ? a + 1 : a; // "About one in five say"
        boolean quantity = isQuantity(t.lower(q)) && (q < b || !Character.isDigit(t.lower(q).charAt(0))
                || t.gapContains(q + 1, '%'));
        if (a == b && PRONOUN_DETERMINERS.contains(first.lower())) {
            return Optional.of(b); // "most said they were worried", "Some say the plan failed"
        }
        if (!(first.capitalized() || quantity || b - a < 3 && isPluralNoun(t.lower(b)) || DETERMINERS.contains(first.lower()) || lexicons.roles.contains(first.lower())
                || lexicons.groups.contains(first.lower()) || lexicons.titles.contains(first.lower()) || endsWithName)) {
            return Optional.empty();
        }
        int coreEnd = b;
        for (int k = a + 1; k <= b; k++) {
            Tokens.Token tok = t.get(k);
            if (RELATIVES.contains(tok.lower()) || (!tok.capitalized() && tok.lower().endsWith("ing")
                    && !lexicons.roles.contains(tok.lower()))) {
                coreEnd = k - 1;
                break;
            }
        }
        for (int k = a; k <= coreEnd; k++) {
            String w = t.lower(k);
            if (AUX.contains(w) || isFiniteReportingVerb(w) || (k > a && PRONOUNS.contains(w))) {
                return Optional.empty();
            }
        }
        Tokens.Token last = t.get(coreEnd);
        boolean share = coreEnd - a >= 2 && quantity && isQuantity(last.lower())
                && (t.lower(coreEnd - 1).equals("in") || t.lower(coreEnd - 2).equals("in")
                || t.lower(coreEnd - 1).equals("of")); // "One in five say", "majorities in all five say"
        if (GLUE.contains(last.lower()) || DETERMINERS.contains(last.lower()) && !share) {
            return Optional.empty();
        }
        if ((DETERMINERS.contains(first.lower()) || quantity) && coreEnd - a < 8) {
            return Optional.of(coreEnd); // "a business chamber said": a determiner phrase before a cue names a speaker
        }
        for (int k = coreEnd; k >= a; k--) {
            Tokens.Token head = t.get(k);
            String h = stripPossessive(head.lower());
            if (head.capitalized() || lexicons.roles.contains(h) || lexicons.groups.contains(h)
                    || lexicons.organisationWords.contains(h) || lexicons.titles.contains(h)
                    || k == coreEnd && coreEnd - a < 3 && isPluralNoun(h)) {
                return Optional.of(coreEnd);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether words opening a phrase give a share: "One in five residents", "About one in five", "36 percent of
     * voters", "Majorities in all five" (not a count of people: "One spokesman").
     */
    static boolean opensShare(String[] words) {
        int q = words.length > 1 && APPROXIMATORS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
        String next = q + 1 < words.length ? words[q + 1].toLowerCase(java.util.Locale.ROOT) : "";
        return isQuantity(words[q].toLowerCase(java.util.Locale.ROOT))
                && (q == 1 || SHARE_LINKS.contains(next));
    }

    /** "36 percent of Democrats said", "One in five say", "a majority ... say": the share of a poll's respondents. */
    static boolean isQuantity(String w) {
        return !w.isEmpty() && w.chars().allMatch(Character::isDigit) || QUANTITY_WORDS.contains(w);
    }

    boolean isFiniteReportingVerb(String w) {
        return !lexicons.verbForms(w).isEmpty() && (w.endsWith("ed") || w.equals("said") || w.equals("told")
                || w.equals("wrote") || w.equals("says") || w.equals("denies") || w.equals("adds") || w.equals("tells"));
    }

    private boolean isNounPhraseWord(Tokens.Token tok) {
        String w = stripPossessive(tok.lower());
        return tok.capitalized() || DETERMINERS.contains(w) || GLUE.contains(w) || lexicons.roles.contains(w)
                || lexicons.groups.contains(w) || lexicons.titles.contains(w) || lexicons.organisationWords.contains(w);
    }

    private static boolean isAdverb(Tokens.Token tok) {
        String w = tok.lower();
        return ADVERBS.contains(w) || (!tok.capitalized() && w.length() > 4 && w.endsWith("ly"));
    }

    /** Speaker phrases are short: looking further than this for a phrase boundary is pointless. */
    static final int MAX_SEGMENT = 40;

    static int segmentStart(Tokens t, int j) {
        int k = j;
        while (k > 0 && j - k < MAX_SEGMENT && !t.boundaryBefore(k)) {
            k--;
        }
        return k;
    }

    SpeakerPhrase phrase(Tokens t, int a, int b, int nameA, int nameB) {
        return new SpeakerPhrase(t.get(a).start(), t.get(b).end(), t.get(nameA).start(), t.get(nameB).end(),
                !hasHead(t, nameA, nameB));
    }

    private boolean hasHead(Tokens t, int a, int b) {
        for (int k = b; k >= a; k--) {
            Tokens.Token head = t.get(k);
            String h = stripPossessive(head.lower());
            if (head.capitalized() || lexicons.roles.contains(h) || lexicons.groups.contains(h)
                    || lexicons.organisationWords.contains(h) || lexicons.titles.contains(h) || PRONOUNS.contains(h)
                    || isQuantity(h) || a == b && PRONOUN_DETERMINERS.contains(h)) {
                return true;
            }
        }
        return false;
    }

    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    static boolean containsQuoteMark(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c == '"' || c == '”' || c == '“' || c == '»' || c == '«' || c == '„' || c == Tokens.MASK) {
                return true;
            }
        }
        return false;
    }
}
