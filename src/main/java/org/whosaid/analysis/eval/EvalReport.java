package org.whosaid.analysis.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scores of one parser run against a gold annotation (one article, a document set, or a total), and what it
 * missed or invented. {@link #format(boolean)} prints one line per figure, the last always {@code attribution F1 = 0.xxx}.
 */
public record EvalReport(Counts counts, List<String> misses, List<String> falsePositives) {

    /** The tallies behind the figures; the scorer fills them, {@link #plus} adds two reports. */
    public static final class Counts {
        int gold;
        int found;
        int speaker;
        int party;
        int kind;
        int goldDisputes;
        int disputesMarked;
        int predicted;
        int predictedCorrect;
        /** Articles whose unattributed claims were annotated (possibly as none). */
        int unattributedArticles;
        int goldUnattributed;
        int unattributedFound;
        int predictedUnattributed;
        int unattributedCorrect;

        Counts copy() {
            return new Counts().add(this);
        }

        Counts add(Counts o) {
            gold += o.gold;
            found += o.found;
            speaker += o.speaker;
            party += o.party;
            kind += o.kind;
            goldDisputes += o.goldDisputes;
            disputesMarked += o.disputesMarked;
            predicted += o.predicted;
            predictedCorrect += o.predictedCorrect;
            unattributedArticles += o.unattributedArticles;
            goldUnattributed += o.goldUnattributed;
            unattributedFound += o.unattributedFound;
            predictedUnattributed += o.predictedUnattributed;
            unattributedCorrect += o.unattributedCorrect;
            return this;
        }
    }

    public EvalReport {
        counts = counts.copy();
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    /** A report with nothing scored: the start of a sum. */
    public static EvalReport empty() {
        return new EvalReport(new Counts(), List.of(), List.of());
    }

    /** This report and {@code other} together (counts added, lists joined). */
    public EvalReport plus(EvalReport other) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(other.misses);
        List<String> fp = new ArrayList<>(falsePositives);
        fp.addAll(other.falsePositives);
        return new EvalReport(counts.copy().add(other.counts), m, fp);
    }

    public int goldAttributions() {
        return counts.gold;
    }

    public int contentFound() {
        return counts.found;
    }

    public int speakerCorrect() {
        return counts.speaker;
    }

    public int partyCorrect() {
        return counts.party;
    }

    public int kindCorrect() {
        return counts.kind;
    }

    /** Gold items that deny or question. */
    public int goldDisputes() {
        return counts.goldDisputes;
    }

    /** Of {@link #goldDisputes()}, those found and marked as denying or questioning. */
    public int disputesMarked() {
        return counts.disputesMarked;
    }

    public int predictedAttributed() {
        return counts.predicted;
    }

    public int predictedCorrect() {
        return counts.predictedCorrect;
    }

    public int goldUnattributed() {
        return counts.goldUnattributed;
    }

    public int unattributedFound() {
        return counts.unattributedFound;
    }

    public int predictedUnattributed() {
        return counts.predictedUnattributed;
    }

    public int unattributedCorrect() {
        return counts.unattributedCorrect;
    }

    /** Share of gold attributions found with the right speaker. */
    public double recall() {
        return ratio(counts.speaker, counts.gold);
    }

    /** Share of predicted quotes and claims with a source that match a gold or optional item (content and speaker). */
    public double precision() {
        return ratio(counts.predictedCorrect, counts.predicted);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of correctly attributed statements whose source has the gold party. */
    public double partyAccuracy() {
        return ratio(counts.party, counts.speaker);
    }

    public String format(boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-40s %d%n", "gold attributions", counts.gold));
        line(b, "content found", counts.found, counts.gold);
        line(b, "speaker correct (recall)", counts.speaker, counts.gold);
        line(b, "precision", counts.predictedCorrect, counts.predicted);
        line(b, "party correct (of gold)", counts.party, counts.gold);
        line(b, "party accuracy (of correctly attributed)", counts.party, counts.speaker);
        line(b, "quote/claim kind right (of found)", counts.kind, counts.found);
        line(b, "denials and doubts marked", counts.disputesMarked, counts.goldDisputes);
        if (counts.unattributedArticles > 0) {
            line(b, "unattributed claims precision", counts.unattributedCorrect, counts.predictedUnattributed);
            line(b, "unattributed claims recall", counts.unattributedFound, counts.goldUnattributed);
        } else {
            b.append(String.format(Locale.ROOT, "%-40s not annotated%n", "unattributed claims"));
        }
        if (verbose) {
            b.append("misses:\n");
            misses.forEach(m -> b.append("  - ").append(m).append('\n'));
            b.append("false positives:\n");
            falsePositives.forEach(m -> b.append("  + ").append(m).append('\n'));
        }
        b.append(String.format(Locale.ROOT, "attribution F1 = %.3f", f1()));
        return b.toString();
    }

    /** One line for a table of document sets: F1, precision, recall, party accuracy, unattributed P/R. */
    public String summary(String name) {
        String unattributed = counts.unattributedArticles == 0 ? "" : String.format(Locale.ROOT, "  unattributed P %.3f R %.3f",
                ratio(counts.unattributedCorrect, counts.predictedUnattributed), ratio(counts.unattributedFound, counts.goldUnattributed));
        return String.format(Locale.ROOT, "%-36s gold %4d  F1 %.3f  P %.3f  R %.3f  party %.3f%s", name, counts.gold,
                f1(), precision(), recall(), partyAccuracy(), unattributed);
    }

    private static void line(StringBuilder b, String label, int count, int of) {
        b.append(String.format(Locale.ROOT, "%-40s %d/%d = %.3f%n", label, count, of, ratio(count, of)));
    }

    /** As the shared scorer: a share of nothing is 0. */
    private static double ratio(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
