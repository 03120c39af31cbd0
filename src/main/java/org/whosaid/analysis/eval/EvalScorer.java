package org.whosaid.analysis.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Scores predicted statements against a gold annotation the way the project's independent scorer does
 * ({@code score_attribution.py}), so that both print the same figures:
 * <ul>
 * <li>the gold article is the predicted article containing the most gold contents (their first 60 characters);</li>
 * <li>a gold item is found by the first unused predicted quote or claim with a source whose content shares at least
 * half of the gold's word tokens and half of its own (each prediction is matched once);</li>
 * <li>its speaker is right when at least half of the gold source's name words (source, mention or native source;
 * function words and pronouns left out; five-letter stems, four for Cyrillic) are among the prediction's name,
 * mention and aliases, which must hold more than pronouns; a gold item flagged {@code any-speaker} takes any source;</li>
 * <li>precision: a predicted statement is right when it matches some gold or optional item, content and speaker.</li>
 * </ul>
 * Unattributed claims, which the shared scorer leaves out, are scored on articles whose gold lists some.
 */
public final class EvalScorer {

    private static final Pattern CYRILLIC_START = Pattern.compile("^[\\u0400-\\u04ff]");
    /** Function words that name nobody: "the Russian army" and "the Russian Defense Ministry" share no name word. */
    static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "for", "on", "s", "’s", "'s", "by",
            "в", "во", "на", "по", "с", "со", "из", "от", "у", "и", "та", "і", "й", "до", "для", "за", "при");
    /** A pronoun names a speaker only through what it resolved to. */
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "он", "она", "оно", "они", "его", "её", "ее", "их", "він", "вона", "воно", "вони", "його", "її");
    private static final int ARTICLE_PROBE = 60;

    private EvalScorer() {
    }

    /** Scores one gold article against the predicted article among {@code predicted} that it annotates. */
    public static EvalReport score(GoldAnnotation gold, List<PredictedArticle> predicted) {
        PredictedArticle article = pick(gold, predicted);
        List<Attribution> attributed = new ArrayList<>();
        List<Attribution> unattributed = new ArrayList<>();
        if (article != null) {
            for (Attribution a : article.statements()) {
                if (a.kind() == StatementKind.UNATTRIBUTED) {
                    unattributed.add(a);
                } else if (a.source() != null) {
                    attributed.add(a);
                }
            }
        }
        EvalReport.Counts c = new EvalReport.Counts();
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[attributed.size()];
        for (GoldAnnotation.Item g : gold.attributions()) {
            c.gold++;
            int hit = -1;
            for (int i = 0; i < attributed.size() && hit < 0; i++) {
                if (!used[i] && contentMatches(g.content(), attributed.get(i).content().text())) {
                    hit = i;
                }
            }
            if (hit < 0) {
                misses.add(g.id() + " content not found: " + g.mention() + " / " + g.content());
                continue;
            }
            used[hit] = true;
            Attribution s = attributed.get(hit);
            c.found++;
            boolean speaker = speakerMatches(g, s.source());
            if (speaker) {
                c.speaker++;
                if (normParty(s.source().party()).equals(normParty(g.party()))) {
                    c.party++;
                } else {
                    misses.add(g.id() + " wrong party: gold " + g.party() + " for " + g.source() + ", predicted "
                            + s.source().party());
                }
            } else {
                misses.add(g.id() + " wrong speaker: gold " + g.source() + " (" + g.mention() + "), predicted "
                        + describe(s.source()));
            }
            if ((s.kind() == StatementKind.QUOTE) == g.direct()) {
                c.kind++;
            }
            if (g.disputes()) {
                c.goldDisputes++;
                if (s.stance() == Stance.DENIES || s.stance() == Stance.QUESTIONS) {
                    c.disputesMarked++;
                }
            }
        }
        List<GoldAnnotation.Item> all = new ArrayList<>(gold.attributions());
        all.addAll(gold.optional());
        List<String> falsePositives = new ArrayList<>();
        for (Attribution a : attributed) {
            c.predicted++;
            boolean good = all.stream().anyMatch(g -> contentMatches(g.content(), a.content().text())
                    && speakerMatches(g, a.source()));
            if (good) {
                c.predictedCorrect++;
            } else {
                falsePositives.add(a.kind().code() + " [" + a.rule() + "] " + describe(a.source()) + ": " + a.content().text());
            }
        }
        if (gold.unattributedAnnotated()) {
            scoreUnattributed(gold, unattributed, c, misses, falsePositives);
        }
        return new EvalReport(c, misses, falsePositives);
    }

    /** A prediction matching a borderline claim ({@code unattributed_optional}) counts neither for nor against. */
    private static void scoreUnattributed(GoldAnnotation gold, List<Attribution> predicted, EvalReport.Counts c,
                                          List<String> misses, List<String> falsePositives) {
        List<String> claims = gold.unattributedClaims();
        c.unattributedArticles++;
        for (String claim : claims) {
            c.goldUnattributed++;
            if (predicted.stream().anyMatch(a -> contentMatches(claim, a.content().text()))) {
                c.unattributedFound++;
            } else {
                misses.add("unattributed claim not found: " + claim);
            }
        }
        for (Attribution a : predicted) {
            boolean right = claims.stream().anyMatch(claim -> contentMatches(claim, a.content().text()));
            if (!right && gold.unattributedOptional().stream().anyMatch(o -> contentMatches(o, a.content().text()))) {
                continue;
            }
            c.predictedUnattributed++;
            if (right) {
                c.unattributedCorrect++;
            } else {
                falsePositives.add("unattributed [" + a.rule() + "]: " + a.content().text());
            }
        }
    }

    /**
     * The predicted article holding the most gold contents (first 60 characters of each attribution and unattributed
     * claim); the first on a tie; else null.
     */
    static PredictedArticle pick(GoldAnnotation gold, List<PredictedArticle> predicted) {
        List<String> probes = new ArrayList<>();
        gold.attributions().forEach(g -> probes.add(g.content() == null ? "" : g.content()));
        if (gold.unattributedAnnotated()) {
            probes.addAll(gold.unattributedClaims());
            probes.addAll(gold.unattributedOptional());
        }
        PredictedArticle best = null;
        int score = 0;
        for (PredictedArticle a : predicted) {
            int s = 0;
            for (String content : probes) {
                int end = content.codePointCount(0, content.length()) > ARTICLE_PROBE
                        ? content.offsetByCodePoints(0, ARTICLE_PROBE) : content.length();
                if (a.text().contains(content.substring(0, end))) {
                    s++;
                }
            }
            if (s > score) {
                best = a;
                score = s;
            }
        }
        return best;
    }

    /**
     * At least half the gold content's tokens are in the prediction, and at least half the prediction's are gold:
     * the rule by which two statements are the same one (also between two coders, in {@code agreement}).
     */
    public static boolean contentMatches(String gold, String predicted) {
        return WordOverlap.overlap(WordOverlap.tokens(gold), WordOverlap.tokens(predicted)) >= 0;
    }

    /** Whether the predicted source names the gold item's source (see the class comment). */
    static boolean speakerMatches(GoldAnnotation.Item gold, SourceMention predicted) {
        if (predicted == null) {
            return false;
        }
        if (gold.anySpeaker()) {
            return true;
        }
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {predicted.name(), predicted.mention()}) {
            if (s != null && !s.isEmpty()) {
                parts.add(s);
            }
        }
        predicted.aliases().stream().filter(s -> s != null && !s.isEmpty()).forEach(parts::add);
        Set<String> candidate = names(String.join(" ", parts));
        if (candidate.isEmpty() || PRONOUNS.containsAll(candidate)) {
            return false;
        }
        Set<String> candidateStems = new HashSet<>();
        candidate.forEach(t -> candidateStems.add(stem(t)));
        for (String ref : new String[] {gold.source(), gold.mention(), gold.sourceNative()}) {
            if (ref == null || ref.isEmpty() || ref.startsWith("(")) {
                continue;
            }
            Set<String> r = names(ref);
            r.removeAll(PRONOUNS);
            if (r.isEmpty()) {
                continue;
            }
            Set<String> refStems = new HashSet<>();
            r.forEach(t -> refStems.add(stem(t)));
            int shared = 0;
            for (String t : refStems) {
                if (candidateStems.contains(t)) {
                    shared++;
                }
            }
            if (shared * 2 >= refStems.size()) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(String s) {
        Set<String> out = new HashSet<>(WordOverlap.tokens(s));
        out.removeAll(STOP);
        return out;
    }

    /** Cyrillic words inflect early, so they keep four letters; others five ("russia" ~ "russian"). */
    private static String stem(String t) {
        int keep = CYRILLIC_START.matcher(t).find() ? 4 : 5;
        return t.codePointCount(0, t.length()) > keep ? t.substring(0, t.offsetByCodePoints(0, keep)) : t;
    }

    private static String normParty(String party) {
        return party == null ? "" : party.strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(SourceMention s) {
        return s == null ? "(no source)" : s.name() + " (" + s.mention() + ", " + s.party() + ")";
    }
}
