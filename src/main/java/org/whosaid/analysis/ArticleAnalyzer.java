package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.whosaid.model.Analysis;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * The analysis of one article, stage by stage: each sentence's cues become statement frames ({@link CueAttribution}),
 * quotes without a cue are credited from their context ({@link ContextQuotes}), what is left of the facts becomes
 * unattributed claims, and {@link AnalysisAssembler} builds the {@link Analysis}. {@link MentionTracker} carries the
 * speakers seen so far through the article. One instance serves one call.
 */
final class ArticleAnalyzer {

    /** Longer "sentences" (run-on text without punctuation) are not read for cues: no real sentence is this long. */
    private static final int MAX_SENTENCE_CHARS = 2_000;
    private static final int MAX_CUES_PER_SENTENCE = 24;
    private static final Comparator<StatementFrame> BY_CONTENT = Comparator.comparingInt(StatementFrame::contentStart);

    private final AttributionEngine.Stages stages;
    private final ArticleText article;
    private final MentionTracker mentions;
    private final CueAttribution cueAttribution;
    private final List<StatementFrame> frames = new ArrayList<>();
    /** Sentence regions used by a statement whose content lies elsewhere ("X also said:" before a list). */
    private final List<int[]> extraCovered = new ArrayList<>();

    ArticleAnalyzer(AttributionEngine.Stages stages, String text) {
        this.stages = stages;
        this.article = new ArticleText(stages, text);
        this.mentions = new MentionTracker(stages, text);
        this.cueAttribution = new CueAttribution(stages, article, mentions);
    }

    Analysis analyze() {
        for (int s = 0; s < article.sentences().size(); s++) {
            analyzeSentence(s);
        }
        frames.addAll(new ContextQuotes(article, mentions).quotesFromContext(frames));
        frames.sort(BY_CONTENT);
        List<StatementFrame> all = new ArrayList<>(frames);
        all.addAll(unattributed());
        all.sort(BY_CONTENT);
        return new AnalysisAssembler(stages, article).toAnalysis(all);
    }

    private void analyzeSentence(int s) {
        Sentence sentence = article.sentences().get(s);
        if (sentence.end() - sentence.start() > MAX_SENTENCE_CHARS) {
            return;
        }
        Tokens t = Tokens.of(article.text(), article.masked(), sentence.start(), sentence.end());
        List<FrameDraft> accepted = new ArrayList<>();
        mentions.rememberNarratedSubject(t);
        mentions.rememberFullNames(t);
        List<Cue> cues = stages.cues().find(t);
        for (Cue cue : cues.subList(0, Math.min(cues.size(), MAX_CUES_PER_SENTENCE))) {
            FrameDraft f = cueAttribution.frame(t, cue, accepted);
            if (f == null || f.contentEnd - f.contentStart < 2 || article.wordCount(f.contentStart, f.contentEnd) < 2
                    && f.kind != StatementKind.QUOTE) {
                continue;
            }
            f.sentence = s;
            accepted.add(f);
        }
        for (FrameDraft f : accepted) {
            if (f.listItems.isEmpty()) {
                frames.add(f.freeze());
                continue;
            }
            extraCovered.add(new int[] {s, Math.min(f.regionStart, f.cueStart), Math.max(f.cueEnd, f.speakerEnd)});
            for (int[] item : f.listItems) {
                frames.add(new StatementFrame(Math.max(0, article.sentenceAt(item[0])), StatementKind.CLAIM, item[0], item[1],
                        f.cueStart, f.cueEnd, item[0], 0, f.source, f.flags, f.stance, "said-colon-list", 0.7));
            }
        }
    }

    /** Factual sentences (or what is left of them) that nobody is credited with. */
    private List<StatementFrame> unattributed() {
        UnattributedClaimFinder.Covered[] covered = new UnattributedClaimFinder.Covered[article.sentences().size()];
        for (StatementFrame f : frames) {
            UnattributedClaimFinder.Covered c = covered[f.sentence()];
            int start = Math.min(f.regionStart(), f.contentStart());
            int end = Math.max(f.contentEnd(), Math.max(f.cueEnd(), f.speakerEnd()));
            covered[f.sentence()] = c == null ? new UnattributedClaimFinder.Covered(start, end)
                    : new UnattributedClaimFinder.Covered(Math.min(c.start(), start), Math.max(c.end(), end));
        }
        for (int[] e : extraCovered) {
            UnattributedClaimFinder.Covered c = covered[e[0]];
            covered[e[0]] = c == null ? new UnattributedClaimFinder.Covered(e[1], e[2])
                    : new UnattributedClaimFinder.Covered(Math.min(c.start(), e[1]), Math.max(c.end(), e[2]));
        }
        List<StatementFrame> out = new ArrayList<>();
        for (UnattributedClaimFinder.Found found
                : stages.unattributed().find(article.text(), article.sentences(), article.quotes(), covered)) {
            boolean whole = found.wholeSentence();
            out.add(new StatementFrame(found.sentence(), StatementKind.UNATTRIBUTED, found.start(), found.end(), -1, 0,
                    0, 0, null, List.of(), Stance.ASSERTS, whole ? "unattributed-sentence" : "unattributed-clause",
                    whole ? 0.6 : 0.5));
        }
        return out;
    }
}
