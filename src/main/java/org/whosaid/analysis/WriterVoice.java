package org.whosaid.analysis;

/**
 * The writer's voice across one article, as check-worthiness sees it: where much of what the article says is the
 * writer's own opinion, analysis or rhetoric (a column, an explainer), the few sentences that look factual are steps
 * of the same argument, so every candidate of that article needs more to pass. A news report, whose sentences mostly
 * carry a source or a fact, is left as it is. Shared by the English and the Russian and Ukrainian analyses.
 */
public final class WriterVoice {

    /** Fewer prose sentences than this say too little about the genre of a piece. */
    static final int MIN_SENTENCES = 10;
    /** The share of non-factual unsourced sentences a news report has anyway (background, transitions). */
    private static final double USUAL_SHARE = 0.45;
    /** Raw feature points taken per unit of share above the usual one. */
    private static final double WEIGHT = 6.0;

    private WriterVoice() {
    }

    /**
     * How many raw feature points every candidate of an article loses, given its {@code attributed} statements and its
     * {@code prose} unsourced whole sentences (headlines, captions and the like left out), of which {@code opinion}
     * scored under the threshold: the writer's share of what the article says.
     */
    public static double penalty(int attributed, int prose, int opinion) {
        int said = attributed + prose;
        if (said < MIN_SENTENCES) {
            return 0;
        }
        return Math.max(0, (double) opinion / said - USUAL_SHARE) * WEIGHT;
    }

    /** {@code score} (a {@link CheckWorthiness} score) after taking {@code penalty} raw points off it. */
    public static double lowered(double score, double penalty) {
        if (penalty == 0) {
            return score;
        }
        double logit = Math.log(score / (1 - score));
        return 1 / (1 + Math.exp(-(logit - 2 * penalty)));
    }
}
