package org.whosaid.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.whosaid.model.StatementKind;

/**
 * Turns one cue of a sentence into a statement frame, by the cue's shape: "X said (that) …", "…, X said", "…, said X",
 * a participle or coordinated cue ("…, adding that", "and warned that"), passive "X was quoted as saying", and
 * "according to" (see {@link AccordingToCue}). Frames of earlier cues of the same sentence may be cut short.
 */
final class CueAttribution {

    private static final Set<String> CONTRAST_OPENERS = Set.of("and", "but", "while", "whereas", "however", "meanwhile");
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "while", "when", "because",
            "since", "amid", "following", "despite", "although", "though", "whereas", "until");

    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** Lower-case words after a comma that continue a clause rather than open the main one. */
    private static final Set<String> NOT_MAIN_VERBS = Set.of("and", "but", "or", "nor", "not", "as", "if", "when",
            "while", "because", "since", "although", "though", "than", "so", "which", "who", "whose", "where", "that",
            "for", "of", "about", "into", "under", "against", "among", "despite", "including", "such", "even", "too",
            "also", "then", "now", "yet", "still", "perhaps", "unless", "until", "whether", "what", "how", "why");
    /** Words that may stand between a coordinator and its verb: "and has also insisted", "but later said". */
    private static final Set<String> COORDINATED_FILLERS = Set.of("also", "then", "later", "has", "had", "have", "again");

    private final AttributionEngine.Stages stages;
    private final ArticleText article;
    private final String text;
    private final List<Quote> quotes;
    private final ContentBounds bounds;
    private final ForwardContent forward;
    private final AccordingToCue according;
    private final MentionTracker mentions;

    CueAttribution(AttributionEngine.Stages stages, ArticleText article, MentionTracker mentions) {
        this.stages = stages;
        this.article = article;
        this.text = article.text();
        this.quotes = article.quotes();
        this.mentions = mentions;
        this.bounds = new ContentBounds(article);
        this.forward = new ForwardContent(stages, article, bounds);
        this.according = new AccordingToCue(stages, article, bounds, mentions);
    }

    /**
     * The coordinator of a second verb phrase before the cue ("and insisted", "and has also insisted"), over at most two
     * adverbs or auxiliaries; else -1.
     */
    private static int coordinatorBefore(Tokens t, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
            if (COORDINATORS.contains(t.lower(k))) {
                return k;
            }
            if (!COORDINATED_FILLERS.contains(t.lower(k))) {
                return -1;
            }
        }
        return -1;
    }

    FrameDraft frame(Tokens t, Cue cue, List<FrameDraft> accepted) {
        int cueOffset = t.get(cue.first()).start();
        FrameDraft container = null;
        for (FrameDraft a : accepted) {
            if (a.forward && cueOffset >= a.contentStart && cueOffset < a.contentEnd) {
                container = a;
            }
        }
        FrameDraft last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
        FrameDraft f = new FrameDraft();
        f.cueStart = cueOffset;
        f.cueEnd = t.get(cue.last()).end();
        f.stance = cue.stance();
        if (cue.lemma().equals("according to")) {
            return according.according(t, cue, f, accepted, container);
        }
        int coordinator = coordinatorBefore(t, cue.first());
        boolean coordinated = coordinator >= 0 && (last != null || cue.first() > 3)
                || cue.first() > 1 && last != null && t.lower(cue.first() - 1).equals("who") && t.gapContains(cue.first() - 1, ',')
                && last.speakerEnd > 0 && last.speakerEnd <= t.get(cue.first() - 1).start(); // "said the officials, who added that"
        boolean quotedAsSaying = cue.participle() && cue.first() > 0 && t.lower(cue.first() - 1).equals("as");
        int passive = quotedAsSaying ? passiveQuotedAt(t, cue.first() - 1) : -1;
        if (passive > 0) {
            // "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency": the subject of
            // "was quoted" is the speaker of everything before it, a report it relays included
            Optional<SpeakerPhrase> sp = stages.speakers().subjectBefore(t, passive).phrase();
            if (sp.isPresent() && sp.get().start() > t.sentenceStart) {
                if (container != null && container.cueStart < sp.get().start()) {
                    accepted.remove(container);
                }
                f.regionStart = sp.get().start();
                if (bounds.backwardClaim(f, accepted, t.sentenceStart, sp.get().start(), "claim-x-quoted-as-saying")) {
                    f.source = mentions.resolve(sp.get());
                    f.speakerEnd = sp.get().end();
                    f.cueStart = t.get(passive).start();
                    return f;
                }
                if (container != null && !accepted.contains(container)) {
                    accepted.add(container);
                }
            }
        }
        if (quotedAsSaying && container != null) {
            bounds.cutContent(container, article.clauseBreakBefore(cueOffset, container.contentStart));
            return null; // "..., the agency cited the spokesman as saying": a relay of the statement before
        }
        if (cue.participle() || coordinated) {
            Optional<SpeakerPhrase> relative = cue.participle() ? stages.speakers().relativeSubject(t, cue.first()) : Optional.empty();
            Optional<SourceNormalizer.Normalized> speaker = relative.isPresent() ? relative.map(mentions::resolve)
                    : last != null ? Optional.of(last.source)
                    : stages.speakers().sentenceSubject(t, cue.first()).map(mentions::resolve);
            if (speaker.isEmpty()) {
                return null;
            }
            int cutAt = coordinated && coordinator >= 0 ? t.get(coordinator).start() : cueOffset;
            if (container != null) {
                bounds.cutContent(container, cutAt);
            }
            f.source = speaker.get();
            f.regionStart = quotedAsSaying ? t.sentenceStart : cutAt;
            if (!forward.forwardContent(t, cue, f, true)
                    || f.kind == StatementKind.CLAIM && !cue.lemma().equals("call") && !forward.startsWithThat(t, cue)
                    && !forward.reportsSpeech(cue.lemma(), f)) {
                return null; // "and urged residents to stay calm": a request, not a statement
            }
            f.rule = cue.participle() ? (cue.lemma().equals("describe") ? "describing-as" : "participle-cue") : "coordinated-cue";
            f.confidence = 0.7;
            return f;
        }
        SpeakerResolver.Subject subject = stages.speakers().subjectBefore(t, cue.first());
        if (subject.phrase().isPresent()) {
            SpeakerPhrase sp = subject.phrase().get();
            f.regionStart = Math.min(sp.start(), cueOffset);
            int quoteBefore = article.quoteEndingBefore(sp.start(), t.sentenceStart);
            boolean hasForward = forward.forwardContent(t, cue, f, false);
            boolean relative = hasForward && opensRelativeClause(t, sp);
            if (relative) {
                // "Rebels, who experts say are backed by X, reached Y": the report is the relative clause only
                bounds.cutContent(f, text.indexOf(',', f.contentStart));
            }
            if (hasForward && f.kind == StatementKind.CLAIM && relativeBefore(t, cue.first())) {
                if (text.startsWith("not ", f.contentStart)) {
                    return null; // "an official, who asked not to be named, said": the request of an anonymous source
                }
                // "O'Donnell, who said he did not sign it, recalled that ...": the main clause's verb ends the report
                bounds.cutContent(f, mainVerbAfter(t, f.contentStart, f.contentEnd));
            }
            if (hasForward && sp.weak() && !opensSentence(t, sp) && !forward.startsWithThat(t, cue)
                    && !opensNewClause(t, sp) && !relative) {
                return null; // "..., a figure developing countries rejected as too low": no speaker mid-sentence
            }
            if (hasForward && f.kind == StatementKind.CLAIM && isTail(t, sp, f.contentStart)) {
                hasForward = false; // "..., the government said on Sunday as it declared ...": the content came first
            }
            boolean forwardIsExplicit = hasForward && (f.kind == StatementKind.QUOTE || forward.startsWithThat(t, cue));
            if (container != null && hasForward && opensNewClause(t, sp)) {
                bounds.cutContent(container, coordinatorBefore(t, sp, container.contentStart));
                container = null; // "X said A, and Y said B": two reports side by side
            }
            if (container != null && (hasForward && !forwardIsExplicit || hasForward && quoteBefore < 0)) {
                return null; // a report nested inside another report's content
            }
            if (quoteBefore >= 0 && !forwardIsExplicit) {
                useQuote(f, quoteBefore, "said-after-quote", 0.9);
            } else if (!hasForward) {
                if (container != null) {
                    bounds.cutContent(container, article.commaBefore(sp.start(), container.contentStart));
                }
                if (!bounds.backwardClaim(f, accepted, t.sentenceStart, sp.start(), "claim-x-said")) {
                    return null;
                }
                bounds.extendParenthetical(t, f);
            } else {
                if (f.kind == StatementKind.CLAIM && !forward.startsWithThat(t, cue) && !forward.reportsSpeech(cue.lemma(), f)) {
                    return null; // "rejected the offer", "announced plans to cut jobs": acts, not statements
                }
                f.rule = f.kind == StatementKind.QUOTE ? "x-said-quote" : "x-said-that";
                f.confidence = f.kind == StatementKind.QUOTE ? 0.9 : 0.85;
                if (f.kind == StatementKind.QUOTE && quoteBefore >= 0 && container == null) {
                    // "“The town has no choice,” she added, “because …”": one quote the cue interrupts
                    article.markUsed(quoteBefore);
                    f.contentStart = quotes.get(quoteBefore).contentStart();
                    f.regionStart = Math.min(f.regionStart, quotes.get(quoteBefore).start());
                    f.rule = "split-quote";
                }
            }
            f.source = mentions.resolve(sp);
            f.speakerEnd = sp.end();
            flagAnonymityAside(t, f);
            return f;
        }
        if (!subject.inverted() || container != null) {
            return null;
        }
        Optional<SpeakerPhrase> after = stages.speakers().phraseAfter(t, cue.last() + 1);
        if (after.isEmpty()) {
            return null;
        }
        f.regionStart = cueOffset;
        int quoteBefore = article.quoteEndingBefore(cueOffset, t.sentenceStart);
        if (quoteBefore >= 0) {
            useQuote(f, quoteBefore, "said-x-after-quote", 0.9);
        } else if (!bounds.backwardClaim(f, accepted, t.sentenceStart, cueOffset, "claim-said-x")) {
            return null;
        }
        f.source = mentions.resolve(after.get());
        f.speakerEnd = after.get().end();
        return f;
    }

    private void useQuote(FrameDraft f, int q, String rule, double confidence) {
        article.markUsed(q);
        Quote quote = quotes.get(q);
        f.kind = StatementKind.QUOTE;
        f.contentStart = quote.contentStart();
        f.contentEnd = quote.contentEnd();
        f.regionStart = Math.min(f.regionStart, quote.start());
        f.forward = false;
        f.rule = rule;
        f.confidence = confidence;
    }

    /** "..., the official said, speaking on condition of anonymity": the aside makes the source anonymous. */
    private void flagAnonymityAside(Tokens t, FrameDraft f) {
        String rest = text.substring(f.cueEnd, t.sentenceEnd).toLowerCase(Locale.ROOT);
        if (rest.contains("condition of anonymity") || rest.contains("not authorized to") || rest.contains("not authorised to")
                || rest.contains("not to be named") || rest.contains("not to be identified")) {
            if (!f.source.flags().contains(SourceNormalizer.ANONYMOUS)) {
                f.flags.add(SourceNormalizer.ANONYMOUS);
            }
        }
    }

    /** ", who said", ", who also told": a non-restrictive relative pronoun before the cue, over adverbs. */
    private static boolean relativeBefore(Tokens t, int cue) {
        for (int k = cue - 1; k >= Math.max(1, cue - 3); k--) {
            if (SpeakerResolver.CLAUSE_RELATIVES.contains(t.lower(k))) {
                return t.gapContains(k, ',');
            }
            if (!COORDINATED_FILLERS.contains(t.lower(k)) && !t.lower(k).endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the relative clause of a sentence's subject ends: at a comma followed by a lower-case word that can only be
     * the main clause's verb (", recalled that", ", took issue"); else {@code end}.
     */
    private static int mainVerbAfter(Tokens t, int from, int end) {
        for (int k = 1; k < t.size(); k++) {
            Tokens.Token tok = t.get(k);
            if (tok.start() <= from || tok.start() >= end || !t.gapContains(k, ',') || tok.capitalized()) {
                continue;
            }
            String w = tok.lower();
            if (!w.endsWith("ing") && !w.endsWith("ly") && !SpeakerResolver.DETERMINERS.contains(w)
                    && !SpeakerResolver.PRONOUNS.contains(w) && !ContentBounds.PREPOSITIONS.contains(w)
                    && !NOT_MAIN_VERBS.contains(w) && !SpeakerResolver.isQuantity(w)) {
                return t.get(k - 1).end();
            }
        }
        return end;
    }

    /** The phrase follows ", who" / ", which": the subject of a report inside a non-restrictive relative clause. */
    private static boolean opensRelativeClause(Tokens t, SpeakerPhrase sp) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == sp.start()) {
                return SpeakerResolver.CLAUSE_RELATIVES.contains(t.lower(k - 1)) && t.gapContains(k - 1, ',');
            }
        }
        return false;
    }

    /** The phrase starts the sentence, perhaps after "And" or "But" ("And engineers say ..."). */
    private static boolean opensSentence(Tokens t, SpeakerPhrase sp) {
        return sp.start() <= t.get(0).start()
                || t.size() > 1 && sp.start() == t.get(1).start() && COORDINATORS.contains(t.lower(0));
    }

    private boolean opensNewClause(Tokens t, SpeakerPhrase sp) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == sp.start()) {
                String before = t.lower(k - 1);
                boolean shortSubject = (before.equals("and") || before.equals("but"))
                        && sp.end() - sp.start() < 40 && !t.gapContains(k, Tokens.MASK);
                return CONTRAST_OPENERS.contains(before)
                        && (t.gapContains(k - 1, ',') || t.gapContains(k - 1, ';') || shortSubject);
            }
        }
        return false;
    }

    /** Where the report before "and/but Y said" ends: at the comma before the coordinator, else at the coordinator. */
    private int coordinatorBefore(Tokens t, SpeakerPhrase sp, int floor) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == sp.start()) {
                if (!t.gapContains(k - 1, ',') && !t.gapContains(k - 1, ';') && t.get(k - 1).start() > floor) {
                    return t.get(k - 1).start();
                }
                break;
            }
        }
        return article.clauseBreakBefore(sp.start(), floor);
    }

    /** The speaker follows a comma after a clause, and what follows the cue opens a subordinate clause. */
    private boolean isTail(Tokens t, SpeakerPhrase sp, int contentStart) {
        int end = contentStart;
        while (end < t.sentenceEnd && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (!SUBORDINATORS.contains(text.substring(contentStart, end).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int comma = article.commaBefore(sp.start(), t.sentenceStart);
        return comma < sp.start() && article.wordCount(t.sentenceStart, comma) >= 4;
    }

    /** The index of "was" in "X was quoted [by Y] as saying" / "were cited as saying", searching back from "as"; else -1. */
    private static int passiveQuotedAt(Tokens t, int as) {
        for (int k = as - 1; k >= Math.max(1, as - 6); k--) {
            String w = t.lower(k);
            if (w.equals("quoted") || w.equals("cited")) {
                String be = t.lower(k - 1);
                return be.equals("was") || be.equals("were") ? k - 1 : -1;
            }
        }
        return -1;
    }
}
