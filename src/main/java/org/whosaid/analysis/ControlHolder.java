package org.whosaid.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.analysis.slavic.SlavicAnalyzer;
import org.whosaid.model.Language;

/**
 * Reads who a statement about control of a place says holds it: "under the control of Ukrainian forces" → Ukraine,
 * "Russian troops captured the town" → Russia, "our forces liberated it" → the speaker's own side. Two sides that
 * each assert a different holder contradict each other even though both "assert" (Compare's conflict finder uses it).
 */
public final class ControlHolder {

    /** "under the control of X", "under the full control of X": the holder follows. */
    private static final Pattern UNDER_CONTROL_OF = Pattern.compile(
            "\\bunder\\s+(?:the\\s+)?(?:\\w+\\s+)?control\\s+of\\s+([^,;:.]{1,80})", Pattern.CASE_INSENSITIVE);
    /** "under Ukrainian control", "under Kyiv's firm control": the holder sits between. */
    private static final Pattern UNDER_X_CONTROL = Pattern.compile(
            "\\bunder\\s+([^,;:.]{1,50}?)\\s+control\\b", Pattern.CASE_INSENSITIVE);
    /** "fell to Russian forces", "in the hands of the rebels", "captured by M23": the holder follows. */
    private static final Pattern HOLDER_AFTER = Pattern.compile(
            "\\b(?:fell|fallen|falls|falling)\\s+(?:in)?to\\s+([^,;:.]{1,60})"
                    + "|\\bin\\s+the\\s+hands\\s+of\\s+([^,;:.]{1,60})"
                    + "|\\b(?:captured|taken|seized|liberated|occupied|retaken|recaptured|controlled|held|overrun)"
                    + "\\s+by\\s+([^,;:.]{1,60})",
            Pattern.CASE_INSENSITIVE);
    /** A verb of taking or holding, whose holder is its subject: "Russian forces have captured ...". */
    private static final Pattern TAKING = Pattern.compile(
            "\\b(captured?|took|taken|takes|seized?|liberated?|liberating|retook|retaken|recaptured?|occupied|"
                    + "entered|holds?|held|holding|controls?|controlled|regained|overran)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The speaker's own forces: "its troops", "our units". */
    private static final Pattern OWN_FORCES = Pattern.compile(
            "\\b(?:its|their|our)\\s+(?:own\\s+)?(?:forces|troops|units|army|soldiers|fighters|military|servicemen)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A taking tried, failed, denied or only possible: nobody is said to hold the place. */
    private static final Pattern NOT_TAKEN = Pattern.compile(
            "\\b(?:not|never|no longer|failed|fail|attempts?|attempting|attempted|tried|trying|try|bid|efforts?|"
                    + "push(?:ing)? to|would|could|might|may|if|unless|whether|withdr[ae]wn?|withdrawing|retreat\\w*|"
                    + "lost|losing|left|abandon\\w*|aim\\w*|seek\\w*|sought)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SUBJECT_WORDS = 6;

    private final PartyGazetteer parties;
    private final SlavicAnalyzer slavic;

    ControlHolder(PartyGazetteer parties, SlavicAnalyzer slavic) {
        this.parties = parties;
        this.slavic = slavic;
    }

    /** A reader with the bundled gazetteers. */
    public static ControlHolder withBundledLexicon() {
        return new ControlHolder(PartyGazetteer.withBundledLexicon(),
                SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon()));
    }

    /**
     * The party {@code text} says holds the place, or null when the taking is only tried, failed or undone; when the
     * text names no holder, the speaker's party if that is a side (a state or an armed group), else null.
     */
    public String holderIn(String text, String speakerParty) {
        // a side announces the places it took ("the town has been liberated") and words its losses as leaving them
        String own = speakerParty != null && speakerParty.equals(parties.partyNamedIn(speakerParty)) ? speakerParty : null;
        String language = LanguageDetector.detect(text);
        if (language.equals(Language.RUSSIAN) || language.equals(Language.UKRAINIAN)) {
            return slavic.holderIn(text, language, own);
        }
        Matcher m = UNDER_CONTROL_OF.matcher(text);
        if (m.find()) {
            return named(m.group(1));
        }
        m = UNDER_X_CONTROL.matcher(text);
        if (m.find()) {
            String holder = named(m.group(1));
            if (holder != null) {
                return holder;
            }
        }
        m = HOLDER_AFTER.matcher(text);
        if (m.find()) {
            String phrase = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return NOT_TAKEN.matcher(text.substring(0, m.start())).find() ? null : named(phrase);
        }
        m = TAKING.matcher(text);
        if (!m.find()) {
            return null;
        }
        String before = clauseBefore(text, m.start());
        if (NOT_TAKEN.matcher(before).find()) {
            return null;
        }
        if (OWN_FORCES.matcher(before).find()) {
            return own;
        }
        String subject = named(lastWords(before));
        if (subject != null) {
            return subject;
        }
        return own;
    }

    private String named(String phrase) {
        String party = parties.partyNamedIn(phrase);
        return party == null || party.equals(PartyGazetteer.OTHER) ? null : party;
    }

    /** The words before {@code end} back to the clause's start (a comma, semicolon, colon or dash). */
    private static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && ",;:—–".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String lastWords(String clause) {
        String[] words = clause.strip().split("\\s+");
        int from = Math.max(0, words.length - SUBJECT_WORDS);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }
}
