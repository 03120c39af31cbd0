package org.whosaid.analysis.eval;

import java.util.List;
import java.util.Locale;

/**
 * The scores of one parser run against one gold annotation, and what it missed or invented.
 * {@link #format(boolean)} prints one line per field; its last line is always {@code attribution F1 = 0.xxx}.
 */
public record EvalReport(int goldAttributions, int contentFound, int speakerCorrect, int predictedAttributed,
                         int predictedCorrect, int partyChecked, int partyCorrect, int kindCorrect, int goldDenials,
                         int denialsMarked, int goldUnattributed, int unattributedFound, List<String> misses,
                         List<String> falsePositives) {

    public EvalReport {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    /** Share of gold attributions found with the right speaker. */
    public double recall() {
        return ratio(speakerCorrect, goldAttributions);
    }

    /** Share of predicted quotes and claims that match a gold attribution (content and speaker). */
    public double precision() {
        return ratio(predictedCorrect, predictedAttributed);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String format(boolean verbose) {
        StringBuilder b = new StringBuilder();
        line(b, "content found", contentFound, goldAttributions);
        line(b, "speaker correct (recall)", speakerCorrect, goldAttributions);
        line(b, "precision of attributed statements", predictedCorrect, predictedAttributed);
        line(b, "party accuracy", partyCorrect, partyChecked);
        line(b, "quote/claim kind", kindCorrect, contentFound);
        line(b, "denials marked", denialsMarked, goldDenials);
        line(b, "unattributed claims found", unattributedFound, goldUnattributed);
        if (verbose) {
            b.append("misses:\n");
            misses.forEach(m -> b.append("  - ").append(m).append('\n'));
            b.append("false positives:\n");
            falsePositives.forEach(m -> b.append("  + ").append(m).append('\n'));
        }
        b.append(String.format(Locale.ROOT, "attribution F1 = %.3f", f1()));
        return b.toString();
    }

    private static void line(StringBuilder b, String label, int count, int of) {
        b.append(String.format(Locale.ROOT, "%-36s %3d / %-3d %.3f%n", label, count, of, ratio(count, of)));
    }

    private static double ratio(int count, int of) {
        return of == 0 ? 1.0 : (double) count / of;
    }
}
