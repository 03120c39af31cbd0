package org.whosaid.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says which side a speaker phrase speaks for, from {@code parties.json}: named people and organisations first,
 * then the leftmost state, capital or adjective ("Russian military bloggers" → Russia), then generic words
 * ("analysts" → Analysts).
 */
public final class PartyGazetteer {

    static final String OTHER = "Other";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’\\-]*");

    private final List<Lexicons.PartyEntry> parties;

    PartyGazetteer(Lexicons lexicons) {
        this.parties = lexicons.parties;
    }

    /** A gazetteer with the bundled party file. */
    public static PartyGazetteer withBundledLexicon() {
        return new PartyGazetteer(Lexicons.load(null));
    }

    /** The party of a speaker phrase, empty when nothing in it is known. */
    public Optional<String> partyOf(String phrase) {
        String lower = " " + phrase.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        for (Lexicons.PartyEntry p : parties) {
            for (String s : p.specific()) {
                if (containsPhrase(lower, s.replace('’', '\''))) {
                    return Optional.of(p.name());
                }
            }
        }
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            for (Lexicons.PartyEntry p : parties) {
                if (p.terms().contains(w) || p.terms().contains(bare)) {
                    return Optional.of(p.name());
                }
            }
        }
        for (Lexicons.PartyEntry p : parties) {
            for (String g : p.generic()) {
                if (containsPhrase(lower, g)) {
                    return Optional.of(p.name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean containsPhrase(String paddedLower, String phrase) {
        int i = paddedLower.indexOf(phrase);
        while (i >= 0) {
            char before = paddedLower.charAt(i - 1 < 0 ? 0 : i - 1);
            int end = i + phrase.length();
            char after = end < paddedLower.length() ? paddedLower.charAt(end) : ' ';
            if (!Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after)) {
                return true;
            }
            i = paddedLower.indexOf(phrase, i + 1);
        }
        return false;
    }
}
