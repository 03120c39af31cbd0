package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

/**
 * The speakers of one article as it is read: resolves a speaker phrase against the sources seen so far (pronouns to
 * the last compatible speaker or narrated subject, "the ministry" to its earlier full name, surnames to full names),
 * else normalises it; remembers sentence subjects and full names written in the text.
 */
final class MentionTracker {

    static final String PRONOUN_SPEAKER = "pronoun-speaker";
    static final String SPEAKER_FROM_CONTEXT = "speaker-from-context";
    /** Marks a speaker phrase that could not be resolved to a source: its statement becomes unattributed. */
    static final String UNRESOLVED_SPEAKER = "unresolved-speaker";

    private static final int HISTORY_REACH = 40;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)^(?:the|its|his|her|their) ([\\p{L}’']+)$");

    private final AttributionEngine.Stages stages;
    private final String text;
    private final List<SourceNormalizer.Normalized> history = new ArrayList<>();
    /** People named as the subject of a narrative sentence ("President Tayyip Erdogan declared ..."): pronoun antecedents. */
    private SourceNormalizer.Normalized lastNarratedPerson;
    private int lastNarratedAt = -1;
    private int lastSourceAt = -1;
    /** Surname → the last "First Last" written so far, for one-word subjects ("Bankman-Fried, 32, addressed ..."). */
    private final Map<String, String> fullNames = new HashMap<>();
    private SourceNormalizer.Normalized lastNarratedGroup;
    private int lastNarratedGroupAt = -1;
    /**
     * Sentences read since the last speaker whose subjects no pronoun has asked for: a subject is an antecedent only
     * after the last speaker, so it is normalised when "he", "she" or "they" asks and most never are.
     */
    private final List<Tokens> unreadSubjects = new ArrayList<>();
    /** Normalised phrases, by mention and name: the same speakers and subjects recur through one article. */
    private final Map<String, SourceNormalizer.Normalized> normalized = new HashMap<>();

    MentionTracker(AttributionEngine.Stages stages, String text) {
        this.stages = stages;
        this.text = text;
    }

    /** A speaker credited without a speaker phrase ("In X's words"): an antecedent for what follows. */
    void remember(SourceNormalizer.Normalized speaker) {
        history.add(speaker);
    }

    /** Resolves pronouns, back-references and surnames against the sources seen so far, else normalises. */
    SourceNormalizer.Normalized resolve(SpeakerPhrase sp) {
        String rawMention = text.substring(sp.start(), sp.end());
        String rawName = text.substring(sp.nameStart(), sp.nameEnd());
        String name = SpeakerNames.clean(rawName, stages.lexicons());
        String mention = rawMention.equals(rawName) || rawMention.startsWith(rawName) && name.isEmpty() ? name
                : SpeakerNames.clean(rawMention, stages.lexicons());
        if (mention.isEmpty()) {
            mention = name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        SourceNormalizer.Normalized result = null;
        if (name.isEmpty() || !SpeakerResolver.PRONOUNS.contains(lower) && !SpeakerNames.canName(name, stages.lexicons())) {
            sourceAt(sp.start());
            return unresolved(name.isEmpty() ? rawName : name, rawMention);
        }
        if (SpeakerResolver.PRONOUNS.contains(lower)) {
            readSubjects();
            SourceNormalizer.Normalized antecedent = antecedent(lower);
            if ((lower.equals("he") || lower.equals("she")) && lastNarratedPerson != null && lastNarratedAt > lastSourceAt) {
                antecedent = lastNarratedPerson;
            }
            if (lower.equals("they") && lastNarratedGroup != null && lastNarratedGroupAt > lastSourceAt) {
                antecedent = lastNarratedGroup;
            }
            if (antecedent != null) {
                result = withMention(antecedent, mention, PRONOUN_SPEAKER);
            } else {
                sourceAt(sp.start());
                return unresolved(name, mention); // an unresolved pronoun is no source, and no antecedent for the next one
            }
        } else {
            Matcher back = BACK_REFERENCE.matcher(name);
            if (back.matches() && isGenericNoun(back.group(1))) {
                String stem = stem(back.group(1));
                for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH) && result == null; i--) {
                    SourceMention h = history.get(i).source();
                    if (wordsStems(h.name()).contains(stem) || wordsStems(h.mention()).contains(stem)) {
                        result = withMention(history.get(i), mention, null);
                    }
                }
            } else if (!name.contains(" ") && Character.isUpperCase(name.charAt(0))) {
                for (int i = history.size() - 1; i >= 0 && result == null; i--) {
                    SourceMention h = history.get(i).source();
                    if (h.kind() == SourceKind.PERSON && h.name().endsWith(" " + name)) {
                        result = withMention(history.get(i), mention, null);
                    }
                }
            }
        }
        if (result == null) {
            result = normalized(mention, name);
            SourceNormalizer.Normalized full = fullNameOf(result);
            if (full != null) {
                result = withMention(full, mention, null);
            }
        }
        history.add(result);
        sourceAt(sp.start());
        return result;
    }

    void rememberFullNames(Tokens t) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).capitalized() && t.get(k - 1).capitalized() && !t.boundaryBefore(k)
                    && !stages.lexicons().titles.contains(t.lower(k - 1))
                    && !stages.lexicons().notNameWords.contains(t.lower(k - 1))
                    && !SpeakerResolver.PRONOUNS.contains(t.lower(k)) && !SpeakerResolver.PRONOUNS.contains(t.lower(k - 1))) {
                fullNames.put(t.get(k).text(), t.get(k - 1).text() + " " + t.get(k).text());
            }
        }
    }

    /** Notes a speaker at {@code at}: the subjects of the sentences wholly before it can no longer be antecedents. */
    private void sourceAt(int at) {
        lastSourceAt = at;
        unreadSubjects.removeIf(t -> t.sentenceEnd <= at);
    }

    /** Keeps a narrative sentence's subject as a possible antecedent of a later pronoun. */
    void rememberNarratedSubject(Tokens t) {
        unreadSubjects.add(t);
    }

    private void readSubjects() {
        for (Tokens t : unreadSubjects) {
            readSubject(t);
        }
        unreadSubjects.clear();
    }

    private void readSubject(Tokens t) {
        Optional<SpeakerPhrase> subject = t.size() > 2 ? stages.speakers().sentenceSubject(t, t.size()) : Optional.empty();
        if (subject.isPresent() && subject.get().end() - subject.get().start() < 80) {
            String phrase = text.substring(subject.get().start(), subject.get().end());
            if (phrase.contains(" ")) {
                SourceNormalizer.Normalized n = narrated(phrase);
                if (n != null && n.source().kind() == SourceKind.PERSON) {
                    lastNarratedPerson = n;
                    lastNarratedAt = subject.get().start();
                    return;
                }
            }
        }
        int k = 0;
        if (t.size() > 2 && !t.get(0).capitalized() || SpeakerResolver.CLAUSE_SUBORDINATORS.contains(t.lower(0))) {
            return; // "After nine people were killed in South Carolina, he said": the opening clause has no main subject
        }
        for (int m = 1; m < Math.min(t.size(), 6); m++) {
            if (t.gapContains(m, ',') && ContentBounds.LEADING_ADVERBIALS.contains(t.lower(0))) {
                k = m;
                break;
            }
        }
        int e = k;
        while (e < t.size() && t.get(e).capitalized() && (e == k || !t.boundaryBefore(e))) {
            e++;
        }
        if (e == k || e >= t.size() || !stages.cues().isNotCue(t.lower(e))) {
            return;
        }
        if (e - k == 1) {
            for (int m = e; m < Math.min(t.size() - 1, 12); m++) {
                if (t.get(m).capitalized() && t.get(m + 1).capitalized() && !t.boundaryBefore(m + 1)) {
                    int r = m + 1; // the whole run: "Climate Change Minister Sherry Rehman", not "Change Minister"
                    while (r + 1 < t.size() && r - m < 6 && t.get(r + 1).capitalized() && !t.boundaryBefore(r + 1)) {
                        r++;
                    }
                    String pair = text.substring(t.get(m).start(), t.get(r).end());
                    SourceNormalizer.Normalized n = narrated(pair);
                    if (n != null && n.source().kind() == SourceKind.PERSON) {
                        lastNarratedPerson = n; // "Overnight, Ukraine's president, Volodymyr Zelensky, released ..."
                        lastNarratedAt = t.get(m).start();
                        return;
                    }
                    m = r;
                }
            }
        }
        String phrase = text.substring(t.get(k).start(), t.get(e - 1).end());
        SourceNormalizer.Normalized n = e - k == 1 ? surnameOf(phrase, t.get(k).start()) : narrated(phrase);
        if (n != null && n.source().kind() == SourceKind.PERSON) {
            lastNarratedPerson = n;
            lastNarratedAt = t.get(k).start();
        } else if (n != null && n.source().kind() == SourceKind.GROUP) {
            lastNarratedGroup = n;
            lastNarratedGroupAt = t.get(k).start();
        }
    }

    /** The subject of a narrative sentence as a possible antecedent: cleaned, refused if it names nobody. */
    SourceNormalizer.Normalized narrated(String phrase) {
        String name = SpeakerNames.clean(phrase, stages.lexicons());
        if (name.isEmpty() || SpeakerResolver.PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                || !SpeakerNames.canName(name, stages.lexicons())) {
            return null;
        }
        boolean titleFragment = true;
        for (String w : SpeakerNames.SPACES.split(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            titleFragment &= Character.isUpperCase(w.charAt(0))
                    && (stages.lexicons().titles.contains(lower) || stages.lexicons().roles.contains(lower));
        }
        if (titleFragment) {
            return null; // "Change Minister" out of "Climate Change Minister Sherry Rehman": a piece of a title
        }
        SourceNormalizer.Normalized n = normalized(name, name);
        SourceNormalizer.Normalized full = fullNameOf(n);
        return full != null ? full : n;
    }

    private SourceNormalizer.Normalized normalized(String mention, String name) {
        return normalized.computeIfAbsent(mention + '\n' + name, k -> stages.normalizer().normalize(mention, name));
    }

    /**
     * A person named by a surname alone ("Reeves", "Mr. Reeves", "President Obama" → "Obama") is the person written
     * earlier in the article with that surname ("Eric Reeves"), or the full name seen earlier in the text.
     */
    private SourceNormalizer.Normalized fullNameOf(SourceNormalizer.Normalized n) {
        String canonical = n.source().name();
        if (n.source().kind() != SourceKind.PERSON || canonical.isEmpty() || canonical.indexOf(' ') >= 0
                || !Character.isUpperCase(canonical.charAt(0))) {
            return null;
        }
        String lowerName = canonical.toLowerCase(Locale.ROOT);
        if (stages.lexicons().titles.contains(lowerName) || stages.lexicons().roles.contains(lowerName)) {
            return null; // "Minister" is a role, not a surname
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            SourceMention h = history.get(i).source();
            if (h.kind() == SourceKind.PERSON && (h.name().endsWith(" " + canonical) || surnameFirst(h.name(), canonical))) {
                return history.get(i);
            }
        }
        String seen = fullNames.get(canonical);
        if (seen == null) {
            return null;
        }
        String full = SpeakerNames.clean(seen, stages.lexicons()); // "Was Bartleby" → "Bartleby": no full name
        if (full.indexOf(' ') < 0 || !SpeakerNames.canName(full, stages.lexicons())) {
            return null;
        }
        SourceNormalizer.Normalized f = normalized(full, full);
        return f.source().kind() == SourceKind.PERSON && f.source().name().equals(full) ? f : null;
    }

    /** East Asian order, surname first: "Yoon" of "Yoon Suk Yeol", "Lee" of "Lee Jae-myung" (not "Lee" of "Lee Smith"). */
    private static boolean surnameFirst(String full, String surname) {
        if (!full.startsWith(surname + " ")) {
            return false;
        }
        String rest = full.substring(surname.length() + 1);
        return rest.indexOf('-') > 0 || rest.split(" ").length == 2;
    }

    /** A one-word sentence subject: a surname of a known source or of a full name written earlier, or a group. */
    private SourceNormalizer.Normalized surnameOf(String name, int before) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH); i--) {
            SourceMention h = history.get(i).source();
            if (h.kind() == SourceKind.PERSON && h.name().endsWith(" " + name)) {
                return history.get(i);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (stages.lexicons().groups.contains(lower)) {
            return normalized(name, name);
        }
        if (SpeakerResolver.PRONOUNS.contains(lower) || stages.lexicons().notNameWords.contains(lower)) {
            return null;
        }
        String full = fullNames.get(name);
        if (full == null) {
            return null;
        }
        SourceNormalizer.Normalized n = narrated(full);
        return n != null && n.source().kind() == SourceKind.PERSON ? n : null;
    }

    /** A speaker phrase that names nobody ("I" of the narrator, an unresolved "they", "What"): no source. */
    private static SourceNormalizer.Normalized unresolved(String name, String mention) {
        return new SourceNormalizer.Normalized(new SourceMention(name, mention, SourceKind.PERSON, PartyGazetteer.OTHER,
                List.of()), List.of(UNRESOLVED_SPEAKER));
    }

    private boolean isGenericNoun(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return stages.lexicons().roles.contains(lower) || stages.lexicons().organisationWords.contains(lower)
                || stages.lexicons().groups.contains(lower);
    }

    private SourceNormalizer.Normalized antecedent(String pronoun) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH); i--) {
            SourceNormalizer.Normalized n = history.get(i);
            SourceKind kind = n.source().kind();
            boolean plural = n.source().name().toLowerCase(Locale.ROOT).endsWith("s") && kind != SourceKind.PERSON;
            boolean ok = switch (pronoun) {
                case "he", "she" -> kind == SourceKind.PERSON || kind == SourceKind.ANONYMOUS && !plural;
                case "it" -> kind == SourceKind.ORGANISATION;
                case "they" -> kind == SourceKind.GROUP || kind == SourceKind.ORGANISATION || plural;
                default -> false;
            };
            if (ok) {
                return n;
            }
        }
        return null;
    }

    private static SourceNormalizer.Normalized withMention(SourceNormalizer.Normalized n, String mention, String flag) {
        SourceMention s = n.source();
        List<String> flags = new ArrayList<>();
        if (flag != null) {
            flags.add(flag);
        }
        n.flags().stream().filter(x -> !x.equals(PRONOUN_SPEAKER) && !x.equals(SPEAKER_FROM_CONTEXT)).forEach(flags::add);
        return new SourceNormalizer.Normalized(new SourceMention(s.name(), mention, s.kind(), s.party(), s.aliases()), flags);
    }

    private static String stem(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.length() > 5 ? lower.substring(0, 5) : lower;
    }

    private static List<String> wordsStems(String s) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(s)) {
            if (!w.isEmpty()) {
                out.add(stem(w));
            }
        }
        return out;
    }
}
