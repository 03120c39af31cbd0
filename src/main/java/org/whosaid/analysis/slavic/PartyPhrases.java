package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parties' Russian and Ukrainian words indexed by their first word, so that a speaker's span is checked only
 * against the phrases that can start at each of its words, not against every state's list: by stem, by folded form
 * and by the folded form's first four letters, the three ways {@link SlavicTokens#sameWord} lets two words match.
 */
final class PartyPhrases {

    private record Entry(String party, SlavicLexicon.Phrase phrase, int order) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    PartyPhrases(Map<String, List<SlavicLexicon.Phrase>> partyWords) {
        int order = 0;
        for (var e : partyWords.entrySet()) {
            for (SlavicLexicon.Phrase p : e.getValue()) {
                if (p.stems().isEmpty()) {
                    continue;
                }
                Entry entry = new Entry(e.getKey(), p, order++);
                for (String key : keys(p.folded().get(0), p.stems().get(0))) {
                    byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /**
     * The party of the longest phrase found in {@code span}, the first in the lexicon's order among equally long
     * ones (as a walk over every party's list finds it), or null.
     */
    String longestIn(List<SlavicTokens.Token> span) {
        Entry best = null;
        for (int i = 0; i < span.size(); i++) {
            SlavicTokens.Token t = span.get(i);
            for (String key : keys(t.folded(), t.stem())) {
                for (Entry e : byFirstWord.getOrDefault(key, List.of())) {
                    int length = e.phrase().stems().size();
                    boolean better = best == null || length > best.phrase().stems().size()
                            || length == best.phrase().stems().size() && e.order() < best.order();
                    if (better && SlavicLexicon.matchesAt(e.phrase(), span, i)) {
                        best = e;
                    }
                }
            }
        }
        return best == null ? null : best.party();
    }

    /** True when {@code word} alone is a one-word phrase of a party other than {@code party} (null: of any party). */
    boolean namesOtherThan(SlavicTokens.Token word, String party) {
        List<SlavicTokens.Token> one = List.of(word);
        for (String key : keys(word.folded(), word.stem())) {
            for (Entry e : byFirstWord.getOrDefault(key, List.of())) {
                if (!e.party().equals(party) && e.phrase().stems().size() == 1 && SlavicLexicon.matchesAt(e.phrase(), one, 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> keys(String folded, String stem) {
        return folded.length() >= 4 ? List.of("s:" + stem, "f:" + folded, "p:" + folded.substring(0, 4))
                : List.of("s:" + stem, "f:" + folded);
    }
}
