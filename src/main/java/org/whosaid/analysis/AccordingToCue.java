package org.whosaid.analysis;

import java.util.List;
import java.util.Optional;
import org.whosaid.model.StatementKind;

/** Statements credited with "according to X": opening the clause, after the content, or as a dash aside. */
final class AccordingToCue {

    private final ArticleText article;
    private final ContentBounds bounds;
    private final MentionTracker mentions;
    private final SpeakerResolver speakers;
    private final List<Quote> quotes;

    AccordingToCue(AttributionEngine.Stages stages, ArticleText article, ContentBounds bounds, MentionTracker mentions) {
        this.article = article;
        this.quotes = article.quotes();
        this.bounds = bounds;
        this.mentions = mentions;
        this.speakers = stages.speakers();
    }

    FrameDraft according(Tokens t, Cue cue, FrameDraft f, List<FrameDraft> accepted, FrameDraft container) {
        Optional<SpeakerPhrase> sp = speakers.sourceAfter(t, cue.last() + 1);
        if (sp.isEmpty()) {
            return null;
        }
        f.regionStart = f.cueStart;
        boolean opensClause = cue.first() == 0 || t.boundaryBefore(cue.first()) && leadingAdverbialOnly(t, cue.first());
        int afterAside = bounds.dashAsideEnd(f.cueStart, sp.get().end(), t.sentenceEnd);
        if (afterAside >= 0) {
            int q = article.quoteAt(afterAside);
            if (q >= 0 && article.onlyPunctuation(quotes.get(q).end(), t.sentenceEnd)) {
                article.markUsed(q); // "a code including — according to the notes of the Bill — “provision to ...”"
                f.kind = StatementKind.QUOTE;
                f.contentStart = quotes.get(q).contentStart();
                f.contentEnd = quotes.get(q).contentEnd();
            } else {
                f.kind = StatementKind.CLAIM;
                f.contentStart = afterAside;
                f.contentEnd = bounds.cutEnd(afterAside, t.sentenceEnd);
            }
            if (container != null) {
                bounds.cutContent(container, f.cueStart);
            }
            f.forward = true;
            f.rule = "according-to-aside";
            f.confidence = 0.8;
            f.source = mentions.resolve(sp.get());
            f.speakerEnd = sp.get().end();
            return f.contentEnd - f.contentStart > 1 && article.wordCount(f.contentStart, f.contentEnd) >= 3 ? f : null;
        }
        if (opensClause) {
            int comma = article.indexOf(',', sp.get().end(), t.sentenceEnd);
            if (comma < 0) {
                // "According to Reuters, three boats were missing": the clause was read as an apposition of the name
                comma = article.lastIndexOf(',', sp.get().nameEnd(), sp.get().end());
                if (comma >= 0) {
                    SpeakerPhrase whole = sp.get();
                    sp = Optional.of(new SpeakerPhrase(whole.start(), article.trimEnd(whole.start(), comma),
                            whole.nameStart(), whole.nameEnd(), whole.weak()));
                }
            }
            if (comma < 0) {
                return null;
            }
            f.contentStart = article.skipSpace(comma + 1);
            f.contentEnd = bounds.cutEnd(f.contentStart, t.sentenceEnd);
            f.kind = StatementKind.CLAIM;
            f.forward = true;
        } else {
            if (container != null) {
                bounds.cutContent(container, article.commaBefore(f.cueStart, container.contentStart));
                return null;
            }
            if (!bounds.backwardClaim(f, accepted, t.sentenceStart, f.cueStart, "according-to")) {
                return null;
            }
            bounds.extendParenthetical(t, f); // "Fundraising, according to the campaign, has surged"
        }
        f.rule = "according-to";
        f.confidence = 0.85;
        f.source = mentions.resolve(sp.get());
        f.speakerEnd = sp.get().end();
        return f;
    }

    private boolean leadingAdverbialOnly(Tokens t, int index) {
        return index > 0 && index <= 5 && ContentBounds.LEADING_ADVERBIALS.contains(t.lower(0));
    }
}
