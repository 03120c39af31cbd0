package org.whosaid.analysis;

import java.util.Optional;
import java.util.Set;

/**
 * Subjects that stand apart from their cue: the antecedent of a relative clause that holds a report ("business
 * leaders who say", "Ted Cruz, who said"), the subject of an object relative clause ("a deadline that insiders said
 * went unnoticed") and a name before a bracketed or dashed apposition ("Sen. Dana Holt (a Vermont
 * independent) says"). {@link SpeakerResolver} asks; the phrase rules are its own.
 */
final class EmbeddedSubjects {

    /** Words that end a noun phrase read leftwards from a relative pronoun: prepositions, verbs' particles. */
    private static final Set<String> ANTECEDENT_STOPS = Set.of("from", "of", "by", "with", "to", "among", "including",
            "for", "in", "on", "at", "than", "like", "as", "about", "against", "between");

    /** Relative pronouns that may be the object of a clause's verb, its subject following: "a plan which critics say". */
    private static final Set<String> OBJECT_RELATIVES = Set.of("that", "which", "whom");

    private final SpeakerResolver resolver;
    private final Lexicons lexicons;

    EmbeddedSubjects(SpeakerResolver resolver, Lexicons lexicons) {
        this.resolver = resolver;
        this.lexicons = lexicons;
    }

    /**
     * The subject a relative clause gives the cue after {@code [k, j]}: the antecedent of a relative pronoun right
     * before it ({@link #relativeAntecedent}), else the subject of an object relative ({@link #objectRelativeSubject}).
     */
    Optional<SpeakerPhrase> relativeSubject(Tokens t, int k, int j, int cue) {
        Optional<SpeakerPhrase> antecedent = relativeAntecedent(t, j);
        return antecedent.isPresent() ? antecedent : objectRelativeSubject(t, k, j, cue);
    }

    /**
     * The antecedent of the relative pronoun at {@code rel}, for a report inside a relative clause: the noun phrase
     * before it ("business leaders who say", "18% who say"), or before the comma ("Ted Cruz, who said"), past an
     * apposition ("Alan Berger, a doctor, who said").
     */
    Optional<SpeakerPhrase> relativeAntecedent(Tokens t, int rel) {
        if (rel < 1 || !SpeakerResolver.CLAUSE_RELATIVES.contains(t.lower(rel))) {
            return Optional.empty();
        }
        int end = rel - 1;
        boolean comma = t.boundaryBefore(rel);
        if (comma) {
            if (!t.gapContains(rel, ',')) {
                return Optional.empty();
            }
            int segment = SpeakerResolver.segmentStart(t, end);
            int nameStart = segment > 0 ? SpeakerResolver.segmentStart(t, segment - 1) : 0;
            if (segment > 0 && t.gapContains(segment, ',') && !t.get(segment).capitalized()
                    && t.get(nameStart).capitalized() && segment - 1 - nameStart < 4) {
                end = segment - 1; // an apposition after a name: "Alan Berger, a doctor, who said"
            }
        }
        int start = end;
        while (start > 0 && end - start < 6 && !t.boundaryBefore(start) && !ANTECEDENT_STOPS.contains(t.lower(start - 1))
                && !SpeakerResolver.AUX.contains(t.lower(start - 1)) && !resolver.isFiniteReportingVerb(t.lower(start - 1))
                && !t.lower(start - 1).endsWith("ed")) {
            start--;
        }
        if (start > 0 && !t.boundaryBefore(start) && SpeakerResolver.DETERMINERS.contains(t.lower(start - 1))) {
            start--;
        }
        while (start < end && SpeakerResolver.CONNECTORS.contains(t.lower(start))) {
            start++;
        }
        return longestPlausible(t, start, end, comma);
    }

    /**
     * The subject of an object relative clause that holds the cue: "insiders" in "a deadline that insiders said went
     * unnoticed", "critics" in "a plan which critics say will raise rents"; only when the report follows the cue.
     */
    private Optional<SpeakerPhrase> objectRelativeSubject(Tokens t, int k, int j, int cue) {
        if (cue + 1 >= t.size() || t.boundaryBefore(cue + 1)) {
            return Optional.empty();
        }
        for (int r = j - 1; r > k && j - r <= 5; r--) {
            if (OBJECT_RELATIVES.contains(t.lower(r)) && !resolver.isFiniteReportingVerb(t.lower(r - 1))
                    && !SpeakerResolver.PRONOUNS.contains(t.lower(r + 1))) {
                final int from = r + 1;
                return resolver.plausible(t, from, j).filter(end -> end == j).map(end -> resolver.phrase(t, from, end, from, end));
            }
        }
        return Optional.empty();
    }

    /**
     * The longest speaker phrase that ends at {@code end} and starts at or after {@code start}: "business leaders" in
     * "a backlash from gay rights groups and business leaders who say", "Ted Cruz" in "Trump was out-brutalizing Ted
     * Cruz, who said"; with {@code named}, the phrase opens with a capital or a determiner.
     */
    private Optional<SpeakerPhrase> longestPlausible(Tokens t, int start, int end, boolean named) {
        for (int from = start; from <= end; from++) {
            if (named && !t.get(from).capitalized() && !SpeakerResolver.DETERMINERS.contains(t.lower(from))) {
                continue;
            }
            Optional<Integer> core = resolver.plausible(t, from, end);
            if (core.isPresent()) {
                return Optional.of(resolver.phrase(t, from, core.get(), from, core.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether tokens {@code [start, end]} are a name and where the person is from ("Stacy Baker of Columbia"), so that
     * the segment after the next comma ends the place ("South Carolina") and names nobody.
     */
    boolean namedFromPlace(Tokens t, int start, int end) {
        int names = 0;
        for (int k = start; k < end - 1; k++, names++) {
            if (!t.get(k).capitalized() || lexicons.titles.contains(t.lower(k)) || lexicons.roles.contains(t.lower(k))) {
                return false;
            }
        }
        String link = t.lower(end - 1);
        return names >= 2 && (link.equals("of") || link.equals("from")) && t.get(end).capitalized();
    }

    /** "Sen. Chris Murphy (a Connecticut Democrat) says": the name before the bracket is the subject. */
    SpeakerResolver.Subject parenthesisedApposition(Tokens t, int j) {
        return nameBeforeAside(t, j, "(", SpeakerResolver.Subject.none());
    }

    /**
     * "Joyce — who is listed as an attorney — told The Huffington Post": the name before the dashes is the subject;
     * without an opening dash the cue is inverted ("… — said the official").
     */
    SpeakerResolver.Subject dashedApposition(Tokens t, int j, String dash) {
        return nameBeforeAside(t, j, dash, new SpeakerResolver.Subject(Optional.empty(), true));
    }

    private SpeakerResolver.Subject nameBeforeAside(Tokens t, int j, String opener, SpeakerResolver.Subject otherwise) {
        for (int p = j; p > 0 && j - p < 25; p--) {
            if (t.get(p).gapBefore().contains(opener)) {
                int nEnd = p - 1;
                int nStart = SpeakerResolver.segmentStart(t, nEnd);
                while (nStart < nEnd && SpeakerResolver.CONNECTORS.contains(t.lower(nStart))) {
                    nStart++;
                }
                final int from = nStart;
                return resolver.plausible(t, nStart, nEnd).filter(e -> t.get(from).capitalized())
                        .map(e -> new SpeakerResolver.Subject(Optional.of(resolver.phrase(t, from, e, from, e)), false))
                        .orElse(otherwise);
            }
            if (t.boundaryBefore(p) && !t.gapContains(p, ',')) {
                break;
            }
        }
        return otherwise;
    }
}
