package org.whosaid.analysis;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the speaker written after its cue: "…, said Dan Golvach, a farmer", "according to a report by the ministry",
 * with the appositions that follow the name and without the clause or time words after it.
 */
final class InvertedSpeaker {

    private static final Set<String> TRAILING_TIME = Set.of("last", "this", "next", "week", "month", "year", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "earlier",
            "later", "morning", "evening", "night", "afternoon", "in", "at");
    private static final Set<String> REPORT_NOUNS = Set.of("report", "statement", "study", "survey", "data", "figures",
            "estimates", "projections", "analysis", "tally", "count", "assessment", "poll", "message", "post");

    private final Lexicons lexicons;
    private final SpeakerResolver resolver;

    InvertedSpeaker(Lexicons lexicons, SpeakerResolver resolver) {
        this.lexicons = lexicons;
        this.resolver = resolver;
    }

    /**
     * The speaker written after an inverted cue or "according to", starting at token {@code from}; with
     * {@code document}, also a source that is no speaker ("according to complete but unofficial returns", "exit polls
     * reported by CNN").
     */
    Optional<SpeakerPhrase> phraseAfter(Tokens t, int from, boolean document) {
        if (from >= t.size() || (from > 0 && t.boundaryBefore(from))) {
            return Optional.empty();
        }
        int end = segmentEnd(t, from);
        int nameStart = from;
        int nameEnd = end;
        for (int k = from; k < end; k++) {
            if (REPORT_NOUNS.contains(t.lower(k)) && k + 1 < end) {
                for (int m = k + 1; m <= Math.min(end - 1, k + 3); m++) {
                    if (t.lower(m).equals("by") || t.lower(m).equals("from") || t.lower(m).equals("of")) {
                        nameStart = m + 1;
                        break;
                    }
                }
                break;
            }
        }
        for (int k = nameStart + 1; k <= nameEnd; k++) {
            if (SpeakerResolver.CLAUSE_SUBORDINATORS.contains(t.lower(k))) {
                nameEnd = k - 1; // "said Dan Golvach when asked about the vote": the clause after the name is no part of it
                break;
            }
        }
        while (nameEnd > nameStart && TRAILING_TIME.contains(t.lower(nameEnd))) {
            nameEnd--;
        }
        if (nameStart > nameEnd) {
            return Optional.empty();
        }
        Optional<Integer> core = resolver.plausible(t, nameStart, nameEnd);
        if (core.isEmpty() && document) {
            core = documentPhrase(t, nameStart, nameEnd);
        }
        if (core.isEmpty()) {
            return Optional.empty();
        }
        int mentionEnd = nameEnd;
        int next = end + 1;
        int nameFrom = nameStart;
        int nameTo = core.get();
        boolean first = true;
        while (next < t.size() && t.gapContains(next, ',') && isApposition(t, next)) {
            int segmentEnd = segmentEnd(t, next);
            if (first && !t.get(nameStart).capitalized() && t.get(next).capitalized() && segmentEnd - next < 3) {
                nameFrom = next; // "said one resident, Olena, 62": the name follows the role
                nameTo = segmentEnd;
            }
            first = false;
            mentionEnd = segmentEnd;
            next = mentionEnd + 1;
        }
        return Optional.of(resolver.phrase(t, nameStart, mentionEnd, nameFrom, nameTo));
    }

    private boolean isApposition(Tokens t, int k) {
        Tokens.Token tok = t.get(k);
        String w = tok.lower();
        if (SpeakerResolver.CONNECTORS.contains(w) || (w.endsWith("ing") && !lexicons.roles.contains(w))) {
            return false;
        }
        if (SpeakerResolver.RELATIVES.contains(w) && k + 1 < t.size() && !lexicons.verbForms(t.lower(k + 1)).isEmpty()) {
            return false; // "said the officials, who added that ...": a report of its own, not an apposition
        }
        return SpeakerResolver.DETERMINERS.contains(w) || lexicons.roles.contains(w) || lexicons.titles.contains(w) || SpeakerResolver.RELATIVES.contains(w)
                || (tok.capitalized() && segmentEnd(t, k) - k < 3) || closingRole(t, k);
    }

    /** "…, said Joseph Conlon, technical adviser to the association.": a role phrase that ends the sentence. */
    private boolean closingRole(Tokens t, int k) {
        int end = segmentEnd(t, k);
        if (end != t.size() - 1) {
            return false;
        }
        for (int m = k; m <= Math.min(end, k + 3); m++) {
            if (lexicons.roles.contains(t.lower(m)) || lexicons.titles.contains(t.lower(m))) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase of at most ten words with no verb of its own but a participle after its noun; its last index. */
    private Optional<Integer> documentPhrase(Tokens t, int a, int b) {
        if (b - a > 9) {
            return Optional.empty();
        }
        for (int k = a; k <= b; k++) {
            String w = t.lower(k);
            boolean verb = resolver.isFiniteReportingVerb(w) && !t.lower(k + 1).equals("by"); // "polls reported by CNN" is a phrase
            if (SpeakerResolver.AUX.contains(w) || SpeakerResolver.PRONOUNS.contains(w) || k == a && w.endsWith("ed") || verb
                    || k == a && SpeakerResolver.CLAUSE_RELATIVES.contains(w) || w.equals("what") || w.equals("how")) {
                return Optional.empty(); // "according to what residents told the mayor": a clause, not a source
            }
        }
        return Optional.of(b);
    }

    private static int segmentEnd(Tokens t, int from) {
        int e = from;
        while (e + 1 < t.size() && e - from < SpeakerResolver.MAX_SEGMENT && !t.boundaryBefore(e + 1)) {
            e++;
        }
        return e;
    }
}
