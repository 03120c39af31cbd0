package org.whosaid.analysis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Scores predicted statements against a gold annotation. A gold item is found when a predicted statement shares
 * at least half of the gold content's word tokens and at least half of its own; the speaker is right when the
 * predicted source's name, mention or an alias shares at least half the words (first five letters, lower case)
 * of the gold source's name or mention. Optional gold items count neither for nor against.
 */
public final class EvalScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private EvalScorer() {
    }

    public static EvalReport score(GoldAnnotation gold, String articleText, List<Attribution> predicted) {
        List<Attribution> attributed = new ArrayList<>();
        List<Attribution> unattributed = new ArrayList<>();
        for (Attribution a : predicted) {
            (a.kind() == StatementKind.UNATTRIBUTED ? unattributed : attributed).add(a);
        }
        int contentFound = 0;
        int speakerCorrect = 0;
        int partyChecked = 0;
        int partyCorrect = 0;
        int kindCorrect = 0;
        int goldDenials = 0;
        int denialsMarked = 0;
        List<String> misses = new ArrayList<>();
        for (GoldAnnotation.Item g : gold.attributions()) {
            Attribution contentMatch = null;
            Attribution fullMatch = null;
            for (Attribution a : attributed) {
                if (contentMatches(g.content(), a.content().text())) {
                    if (contentMatch == null) {
                        contentMatch = a;
                    }
                    if (fullMatch == null && speakerMatches(g, a.source())) {
                        fullMatch = a;
                    }
                }
            }
            Attribution best = fullMatch != null ? fullMatch : contentMatch;
            if (g.denies()) {
                goldDenials++;
                if (best != null && best.stance() == Stance.DENIES) {
                    denialsMarked++;
                }
            }
            if (best == null) {
                misses.add(g.id() + " content not found: " + g.mention() + " / " + g.content());
                continue;
            }
            contentFound++;
            if ((best.kind() == StatementKind.QUOTE) == g.direct()) {
                kindCorrect++;
            }
            if (fullMatch == null) {
                misses.add(g.id() + " wrong speaker: gold " + g.source() + " (" + g.mention() + "), predicted "
                        + describe(contentMatch.source()));
                continue;
            }
            speakerCorrect++;
            if (g.party() != null) {
                partyChecked++;
                if (fullMatch.source() != null && g.party().equalsIgnoreCase(String.valueOf(fullMatch.source().party()))) {
                    partyCorrect++;
                } else {
                    misses.add(g.id() + " wrong party: gold " + g.party() + " for " + g.source() + ", predicted "
                            + (fullMatch.source() == null ? "none" : fullMatch.source().party()));
                }
            }
        }
        int predictedCorrect = 0;
        int predictedCounted = 0;
        List<String> falsePositives = new ArrayList<>();
        for (Attribution a : attributed) {
            boolean correct = gold.attributions().stream()
                    .anyMatch(g -> contentMatches(g.content(), a.content().text()) && speakerMatches(g, a.source()));
            if (correct) {
                predictedCorrect++;
                predictedCounted++;
                continue;
            }
            boolean optional = gold.optional().stream().anyMatch(g -> contentMatches(g.content(), a.content().text()));
            if (optional) {
                continue;
            }
            predictedCounted++;
            falsePositives.add(a.kind().code() + " [" + a.rule() + "] " + describe(a.source()) + ": " + a.content().text());
        }
        int unattributedFound = 0;
        for (String claim : gold.unattributedClaims()) {
            if (unattributed.stream().anyMatch(a -> contentMatches(claim, a.content().text()))) {
                unattributedFound++;
            } else {
                misses.add("unattributed claim not found: " + claim);
            }
        }
        return new EvalReport(gold.attributions().size(), contentFound, speakerCorrect, predictedCounted, predictedCorrect,
                partyChecked, partyCorrect, kindCorrect, goldDenials, denialsMarked, gold.unattributedClaims().size(),
                unattributedFound, misses, falsePositives);
    }

    /** At least half the gold content's tokens are in the prediction, and at least half the prediction's are gold. */
    static boolean contentMatches(String gold, String predicted) {
        List<String> g = words(gold, false);
        List<String> p = words(predicted, false);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        Map<String, Integer> counts = new HashMap<>();
        p.forEach(w -> counts.merge(w, 1, Integer::sum));
        int shared = 0;
        for (String w : g) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                shared++;
                counts.put(w, c - 1);
            }
        }
        return shared * 2 >= g.size() && shared * 2 >= p.size();
    }

    /** The predicted source's name, mention or an alias shares half the gold source's (or mention's) name words. */
    static boolean speakerMatches(GoldAnnotation.Item gold, SourceMention predicted) {
        if (predicted == null) {
            return false;
        }
        List<String> goldNames = new ArrayList<>();
        goldNames.add(gold.source());
        if (gold.mention() != null && !gold.mention().startsWith("(")) {
            goldNames.add(gold.mention());
        }
        List<String> names = new ArrayList<>();
        names.add(predicted.name());
        names.add(predicted.mention());
        names.addAll(predicted.aliases());
        for (String goldName : goldNames) {
            Set<String> goldWords = new HashSet<>(words(goldName, true));
            if (goldWords.isEmpty()) {
                continue;
            }
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                Set<String> shared = new HashSet<>(words(name, true));
                shared.retainAll(goldWords);
                if (shared.size() * 2 >= goldWords.size() && !shared.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(String s, boolean stem) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            out.add(stem && w.length() > 5 ? w.substring(0, 5) : w);
        }
        return out;
    }

    private static String describe(SourceMention s) {
        return s == null ? "(no source)" : s.name() + " (" + s.mention() + ", " + s.party() + ")";
    }
}
