package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/** The analysis of one article: holds the per-article state (sources seen so far, last place) for one call. */
final class ArticleAnalyzer {

    static final String PRONOUN_SPEAKER = "pronoun-speaker";
    static final String SPEAKER_FROM_CONTEXT = "speaker-from-context";
    /** Marks a speaker phrase that could not be resolved to a source: its statement becomes unattributed. */
    static final String UNRESOLVED_SPEAKER = "unresolved-speaker";

    /** Content ends before these: a new clause, an aside, a dash, a trailing attribution. */
    private static final Pattern CONTENT_CUT = Pattern.compile(
            ", (?:while|whereas|but(?! that\\b)|although|though|even as|even though) |; | [—–] | -- |, according to |, an? (?:development|move|step|claim|sign|figure|decision|reference) (?:that|which)"
                    + "|, and (?=\\p{Ll}+ed\\b)"
                    + "| and (?=(?:urged|vowed|promised|pledged|demanded|asked|appealed|threatened|welcomed|condemned|praised|called on)\\b)");
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "while", "when", "because",
            "since", "amid", "following", "despite", "although", "though", "whereas", "until");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "earlier", "later", "also", "again", "separately", "privately", "publicly");
    private static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "during", "via", "with", "to", "from", "after",
            "before", "by", "over");
    private static final Set<String> LEADING_ADVERBIALS = Set.of("in", "on", "at", "after", "before", "meanwhile",
            "however", "separately", "earlier", "later", "hours", "days", "ahead", "elsewhere", "overnight");
    /** Longer "sentences" (run-on text without punctuation) are not read for cues: no real sentence is this long. */
    private static final int MAX_SENTENCE_CHARS = 2_000;
    private static final int MAX_CUES_PER_SENTENCE = 24;
    private static final int HISTORY_REACH = 40;
    private static final int MAX_LIST_ITEMS = 12;
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("to", "for", "during", "despite", "amid", "since", "until",
            "under", "but", "and", "so", "yet", "however", "as");
    private static final Set<String> FINITE_AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /**
     * A pull quote: a paragraph that is only a quote, followed by a paragraph that is only a person's name
     * (credentials after a comma allowed), "“…”\nMichael Shadlen, Ph.D.".
     */
    private SourceNormalizer.Normalized bylineAfter(Quote quote) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, quote.start() - 1)) + 1;
        if (!text.substring(lineStart, quote.start()).isBlank()) {
            return null;
        }
        int i = quote.end();
        while (i < text.length() && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i))) {
                return null;
            }
            i++;
        }
        if (i >= text.length()) {
            return null;
        }
        int next = text.indexOf('\n', i + 1);
        String line = text.substring(i + 1, next < 0 ? text.length() : next).strip();
        if (line.length() > 80) {
            return null;
        }
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        SourceNormalizer.Normalized n = narrated(m.group(1));
        return n != null && n.source().kind() == SourceKind.PERSON ? n : null;
    }

    /**
     * A quote that is the predicate of a bare name, the speaker quoting the words said about that person:
     * "Palestinian Authority President Mahmoud Abbas “has put aside efforts to …”" after "…,” Obama said in his speech."
     */
    private boolean quotedPredicate(int s, Quote quote) {
        int start = sentences.get(s).start();
        if (quote.start() - start > 80 || quote.start() <= start || quote.contentStart() >= text.length()
                || !Character.isLowerCase(text.charAt(quote.contentStart()))) {
            return false;
        }
        for (Frame f : frames) {
            if (f.sentence == s) {
                return false;
            }
        }
        return NAME_ONLY.matcher(text.substring(start, quote.start())).matches();
    }

    /** The possessive opener of a quote: "In Dr. Shadlen's words, “…”". */
    private static final Pattern IN_WORDS = Pattern.compile(
            "\\s*In ((?:\\p{Lu}[\\p{L}.\\-]*\\s){0,3}\\p{Lu}[\\p{L}\\-]*)['’]s? (own )?(words),?\\s*");
    /** A paragraph that is only a name, with optional credentials: "Michael Shadlen, Ph.D.". */
    private static final Pattern BYLINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}’'\\-]*(?: \\p{Lu}\\.?)?(?: \\p{Lu}[\\p{L}’'\\-]*){1,2})(?:, [\\p{L}.]{2,12}(?: [\\p{L}.]{2,12}){0,2})?");
    /** Only capitalised words (titles and a name) before a quote. */
    private static final Pattern NAME_ONLY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.’'\\-]*\\s+){1,7}");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)^(?:the|its|his|her|their) ([\\p{L}’']+)$");

    private final AttributionEngine.Stages stages;
    private final String text;
    private final char[] masked;
    private final List<Quote> quotes;
    private final List<Sentence> sentences;
    private final List<SourceNormalizer.Normalized> history = new ArrayList<>();
    /** People named as the subject of a narrative sentence ("President Tayyip Erdogan declared ..."): pronoun antecedents. */
    private SourceNormalizer.Normalized lastNarratedPerson;
    private int lastNarratedAt = -1;
    private int lastSourceAt = -1;
    /** Surname → the last "First Last" written so far, for one-word subjects ("Bankman-Fried, 32, addressed ..."). */
    private final Map<String, String> fullNames = new java.util.HashMap<>();
    private SourceNormalizer.Normalized lastNarratedGroup;
    private int lastNarratedGroupAt = -1;
    private final List<Frame> frames = new ArrayList<>();
    /** Sentence regions used by a statement whose content lies elsewhere ("X also said:" before a list). */
    private final List<int[]> extraCovered = new ArrayList<>();
    /** Normalised sentence subjects, by phrase: the same names open many sentences of one article. */
    private final Map<String, SourceNormalizer.Normalized> narratedCache = new java.util.HashMap<>();
    private final boolean[] usedQuote;
    private final int[] quoteStarts;
    private final int[] quoteEnds;

    /** A statement found in a sentence, before it becomes an {@link Attribution}. */
    private static final class Frame {
        int sentence;
        StatementKind kind;
        int contentStart;
        int contentEnd;
        int cueStart;
        int cueEnd;
        int regionStart;
        int speakerEnd;
        SourceNormalizer.Normalized source;
        List<String> flags = new ArrayList<>();
        Stance stance;
        String rule;
        double confidence;
        boolean forward;
        /** Further items of a list introduced by "X said:" (start, end pairs), each its own statement. */
        List<int[]> listItems = List.of();
    }

    ArticleAnalyzer(AttributionEngine.Stages stages, String text) {
        this.stages = stages;
        this.text = text;
        this.quotes = stages.quotes().find(text);
        this.masked = text.toCharArray();
        for (Quote q : quotes) {
            for (int i = q.contentStart(); i < q.contentEnd(); i++) {
                if (masked[i] != '\n') {
                    masked[i] = Tokens.MASK;
                }
            }
        }
        this.sentences = stages.splitter().split(text, quotes);
        this.usedQuote = new boolean[quotes.size()];
        this.quoteStarts = quotes.stream().mapToInt(Quote::start).toArray();
        this.quoteEnds = quotes.stream().mapToInt(Quote::end).toArray();
    }

    Analysis analyze() {
        for (int s = 0; s < sentences.size(); s++) {
            analyzeSentence(s);
        }
        List<Frame> contextQuotes = quotesFromContext();
        frames.addAll(contextQuotes);
        frames.sort((a, b) -> Integer.compare(a.contentStart, b.contentStart));
        List<Frame> unattributed = unattributed();
        List<Frame> all = new ArrayList<>(frames);
        all.addAll(unattributed);
        all.sort((a, b) -> Integer.compare(a.contentStart, b.contentStart));
        return toAnalysis(all);
    }

    private void analyzeSentence(int s) {
        Sentence sentence = sentences.get(s);
        if (sentence.end() - sentence.start() > MAX_SENTENCE_CHARS) {
            return;
        }
        Tokens t = Tokens.of(text, masked, sentence.start(), sentence.end());
        List<Frame> accepted = new ArrayList<>();
        rememberNarratedSubject(t);
        rememberFullNames(t);
        List<Cue> cues = stages.cues().find(t);
        for (Cue cue : cues.subList(0, Math.min(cues.size(), MAX_CUES_PER_SENTENCE))) {
            Frame f = frame(t, cue, accepted);
            if (f == null || f.contentEnd - f.contentStart < 2 || wordCount(f.contentStart, f.contentEnd) < 2
                    && f.kind != StatementKind.QUOTE) {
                continue;
            }
            f.sentence = s;
            accepted.add(f);
        }
        for (Frame f : accepted) {
            if (f.listItems.isEmpty()) {
                frames.add(f);
                continue;
            }
            extraCovered.add(new int[] {s, Math.min(f.regionStart, f.cueStart), Math.max(f.cueEnd, f.speakerEnd)});
            for (int[] item : f.listItems) {
                Frame i = new Frame();
                i.sentence = Math.max(0, sentenceAt(item[0]));
                i.kind = StatementKind.CLAIM;
                i.contentStart = item[0];
                i.contentEnd = item[1];
                i.regionStart = item[0];
                i.cueStart = f.cueStart;
                i.cueEnd = f.cueEnd;
                i.source = f.source;
                i.flags = new ArrayList<>(f.flags);
                i.stance = f.stance;
                i.rule = "said-colon-list";
                i.confidence = 0.7;
                frames.add(i);
            }
        }
    }

    private Frame frame(Tokens t, Cue cue, List<Frame> accepted) {
        int cueOffset = t.get(cue.first()).start();
        Frame container = null;
        for (Frame a : accepted) {
            if (a.forward && cueOffset >= a.contentStart && cueOffset < a.contentEnd) {
                container = a;
            }
        }
        Frame last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
        Frame f = new Frame();
        f.cueStart = cueOffset;
        f.cueEnd = t.get(cue.last()).end();
        f.stance = cue.stance();
        if (cue.lemma().equals("according to")) {
            return according(t, cue, f, accepted, container);
        }
        boolean coordinated = cue.first() > 0 && COORDINATORS.contains(t.lower(cue.first() - 1))
                && (last != null || cue.first() > 3)
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
                if (backwardClaim(f, accepted, t.sentenceStart, sp.get().start(), "claim-x-quoted-as-saying")) {
                    f.source = resolve(sp.get());
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
            cutContent(container, clauseBreakBefore(cueOffset, container.contentStart));
            return null; // "..., the agency cited the spokesman as saying": a relay of the statement before
        }
        if (cue.participle() || coordinated) {
            Optional<SourceNormalizer.Normalized> speaker = last != null ? Optional.of(last.source)
                    : stages.speakers().sentenceSubject(t, cue.first()).map(this::resolve);
            if (speaker.isEmpty()) {
                return null;
            }
            int cutAt = coordinated ? t.get(cue.first() - 1).start() : cueOffset;
            if (container != null) {
                cutContent(container, cutAt);
            }
            f.source = speaker.get();
            f.regionStart = quotedAsSaying ? t.sentenceStart : cutAt;
            if (!forwardContent(t, cue, f, true)) {
                return null;
            }
            f.rule = cue.participle() ? (cue.lemma().equals("describe") ? "describing-as" : "participle-cue") : "coordinated-cue";
            f.confidence = 0.7;
            return f;
        }
        SpeakerResolver.Subject subject = stages.speakers().subjectBefore(t, cue.first());
        if (subject.phrase().isPresent()) {
            SpeakerPhrase sp = subject.phrase().get();
            f.regionStart = Math.min(sp.start(), cueOffset);
            int quoteBefore = quoteEndingBefore(sp.start(), t.sentenceStart);
            boolean hasForward = forwardContent(t, cue, f, false);
            if (hasForward && sp.weak() && sp.start() > t.get(0).start() && !startsWithThat(t, cue)) {
                return null; // "..., a figure developing countries rejected as too low": no speaker mid-sentence
            }
            if (hasForward && f.kind == StatementKind.CLAIM && isTail(t, sp, f.contentStart)) {
                hasForward = false; // "..., the government said on Sunday as it declared ...": the content came first
            }
            boolean forwardIsExplicit = hasForward && (f.kind == StatementKind.QUOTE || startsWithThat(t, cue));
            if (container != null && hasForward && opensNewClause(t, sp)) {
                cutContent(container, coordinatorBefore(t, sp, container.contentStart));
                container = null; // "X said A, and Y said B": two reports side by side
            }
            if (container != null && (hasForward && !forwardIsExplicit || hasForward && quoteBefore < 0)) {
                return null; // a report nested inside another report's content
            }
            if (quoteBefore >= 0 && !forwardIsExplicit) {
                useQuote(f, quoteBefore, "said-after-quote", 0.9);
            } else if (!hasForward) {
                if (container != null) {
                    cutContent(container, commaBefore(sp.start(), container.contentStart));
                }
                if (!backwardClaim(f, accepted, t.sentenceStart, sp.start(), "claim-x-said")) {
                    return null;
                }
                extendParenthetical(t, f);
            } else {
                if (f.kind == StatementKind.CLAIM && !startsWithThat(t, cue) && !reportsSpeech(cue.lemma(), f)) {
                    return null; // "rejected the offer", "announced plans to cut jobs": acts, not statements
                }
                f.rule = f.kind == StatementKind.QUOTE ? "x-said-quote" : "x-said-that";
                f.confidence = f.kind == StatementKind.QUOTE ? 0.9 : 0.85;
            }
            f.source = resolve(sp);
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
        int quoteBefore = quoteEndingBefore(cueOffset, t.sentenceStart);
        if (quoteBefore >= 0) {
            useQuote(f, quoteBefore, "said-x-after-quote", 0.9);
        } else if (!backwardClaim(f, accepted, t.sentenceStart, cueOffset, "claim-said-x")) {
            return null;
        }
        f.source = resolve(after.get());
        f.speakerEnd = after.get().end();
        return f;
    }

    private Frame according(Tokens t, Cue cue, Frame f, List<Frame> accepted, Frame container) {
        Optional<SpeakerPhrase> sp = stages.speakers().phraseAfter(t, cue.last() + 1);
        if (sp.isEmpty()) {
            return null;
        }
        f.regionStart = f.cueStart;
        boolean opensClause = cue.first() == 0 || t.boundaryBefore(cue.first()) && leadingAdverbialOnly(t, cue.first());
        int afterAside = dashAsideEnd(f.cueStart, sp.get().end(), t.sentenceEnd);
        if (afterAside >= 0) {
            int q = quoteAt(afterAside);
            if (q >= 0 && onlyPunctuation(quotes.get(q).end(), t.sentenceEnd)) {
                usedQuote[q] = true; // "a code including — according to the notes of the Bill — “provision to ...”"
                f.kind = StatementKind.QUOTE;
                f.contentStart = quotes.get(q).contentStart();
                f.contentEnd = quotes.get(q).contentEnd();
            } else {
                f.kind = StatementKind.CLAIM;
                f.contentStart = afterAside;
                f.contentEnd = cutEnd(afterAside, t.sentenceEnd);
            }
            if (container != null) {
                cutContent(container, f.cueStart);
            }
            f.forward = true;
            f.rule = "according-to-aside";
            f.confidence = 0.8;
            f.source = resolve(sp.get());
            f.speakerEnd = sp.get().end();
            return f.contentEnd - f.contentStart > 1 && wordCount(f.contentStart, f.contentEnd) >= 3 ? f : null;
        }
        if (opensClause) {
            int from = sp.get().end();
            int comma = indexOf(',', from, t.sentenceEnd);
            if (comma < 0) {
                return null;
            }
            f.contentStart = skipSpace(comma + 1);
            f.contentEnd = cutEnd(f.contentStart, t.sentenceEnd);
            f.kind = StatementKind.CLAIM;
            f.forward = true;
        } else {
            if (container != null) {
                cutContent(container, commaBefore(f.cueStart, container.contentStart));
                return null;
            }
            if (!backwardClaim(f, accepted, t.sentenceStart, f.cueStart, "according-to")) {
                return null;
            }
        }
        f.rule = "according-to";
        f.confidence = 0.85;
        f.source = resolve(sp.get());
        f.speakerEnd = sp.get().end();
        return f;
    }

    /** "..., the official said, speaking on condition of anonymity": the aside makes the source anonymous. */
    private void flagAnonymityAside(Tokens t, Frame f) {
        String rest = text.substring(f.cueEnd, t.sentenceEnd).toLowerCase(Locale.ROOT);
        if (rest.contains("condition of anonymity") || rest.contains("not authorized to") || rest.contains("not authorised to")
                || rest.contains("not to be named") || rest.contains("not to be identified")) {
            if (!f.source.flags().contains(SourceNormalizer.ANONYMOUS)) {
                f.flags.add(SourceNormalizer.ANONYMOUS);
            }
        }
    }

    /** "The attack, Russia said, included six battalions": the content runs on after the parenthetical cue. */
    private void extendParenthetical(Tokens t, Frame f) {
        int words = wordCount(f.contentStart, f.contentEnd);
        boolean adverbialOnly = words <= 8 && opensWithAdverbial(f.contentStart, f.contentEnd);
        if (words >= 5 && !adverbialOnly) {
            return;
        }
        int limit = Math.min(t.sentenceEnd, f.cueEnd + 30);
        for (int i = f.cueEnd; i < limit; i++) {
            char c = masked[i];
            if (c == ',') {
                int from = skipSpace(i + 1);
                int end = cutEnd(from, t.sentenceEnd);
                for (int k = from; k < end; k++) {
                    if (masked[k] == Tokens.MASK || "“\"«„".indexOf(masked[k]) >= 0) {
                        int q = quoteAt(k);
                        if (q >= 0 && !onlyPunctuation(quotes.get(q).end(), t.sentenceEnd)) {
                            end = trimEnd(from, k); // a quote with its own cue follows: "..., “so they cannot ...,” X said"
                        }
                        break;
                    }
                }
                if (wordCount(i + 1, end) >= 3) {
                    if (adverbialOnly) {
                        f.contentStart = from; // "For days after a storm, Con Edison officials say, they often deal ..."
                    }
                    f.contentEnd = end;
                    f.rule = "parenthetical-cue";
                }
                return;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ')) {
                return;
            }
        }
    }

    /** For cues that also take plain objects: is the content a claim (a claim noun, or a clause)? */
    private boolean reportsSpeech(String lemma, Frame f) {
        String need = stages.lexicons().objectTakingCues.get(lemma);
        if (need == null) {
            return true;
        }
        List<String> words = new ArrayList<>();
        for (String w : text.substring(f.contentStart, f.contentEnd).toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (need.equals("claimNoun")) {
            for (int i = 0; i < Math.min(words.size(), 6); i++) {
                if (stages.lexicons().claimNouns.contains(words.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!words.isEmpty() && SpeakerResolver.PRONOUNS.contains(words.get(0))) {
            return true;
        }
        return words.stream().anyMatch(w -> Set.of("is", "was", "were", "are", "will", "would", "had", "has", "have").contains(w));
    }

    /** The subject follows ", and" / ", but" / "; while": it opens a clause of its own. */
    /** For "— according to X —" written as a dash aside, where the text after the closing dash starts; else -1. */
    private int dashAsideEnd(int cueStart, int speakerEnd, int sentenceEnd) {
        int b = cueStart;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        if (b == 0 || "—–".indexOf(text.charAt(b - 1)) < 0) {
            return -1;
        }
        int a = speakerEnd;
        while (a < sentenceEnd && text.charAt(a) == ' ') {
            a++;
        }
        if (a >= sentenceEnd || "—–".indexOf(text.charAt(a)) < 0) {
            return -1;
        }
        int from = a + 1;
        while (from < sentenceEnd && text.charAt(from) == ' ') {
            from++;
        }
        return from < sentenceEnd ? from : -1;
    }

    private boolean opensNewClause(Tokens t, SpeakerPhrase sp) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).start() == sp.start()) {
                String before = t.lower(k - 1);
                boolean shortSubject = (before.equals("and") || before.equals("but"))
                        && sp.end() - sp.start() < 40 && !t.gapContains(k, Tokens.MASK);
                return Set.of("and", "but", "while", "whereas", "however", "meanwhile").contains(before)
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
        return clauseBreakBefore(sp.start(), floor);
    }

    private int clauseBreakBefore(int offset, int floor) {
        for (int i = offset - 1; i > floor; i--) {
            if (masked[i] == ',' || masked[i] == ';') {
                return i;
            }
        }
        return offset;
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
        int comma = commaBefore(sp.start(), t.sentenceStart);
        return comma < sp.start() && wordCount(t.sentenceStart, comma) >= 4;
    }

    private boolean leadingAdverbialOnly(Tokens t, int index) {
        return index > 0 && index <= 5 && LEADING_ADVERBIALS.contains(t.lower(0));
    }

    /** Fills the content that follows the cue; false when nothing follows it. */
    private boolean forwardContent(Tokens t, Cue cue, Frame f, boolean participle) {
        int k = cue.last() + 1;
        if (participle && (cue.lemma().equals("describe") || cue.lemma().equals("call"))) {
            for (int m = k; m < Math.min(t.size(), k + 6); m++) {
                if (t.lower(m).equals("as")) {
                    k = m + 1;
                    break;
                }
                if (SpeakerResolver.containsQuoteMark(t.get(m).gapBefore()) || m + 1 >= t.size()) {
                    int q = quoteStartingIn(t.get(m - 1 < k ? k : m - 1).end(), t.sentenceEnd);
                    if (q >= 0) {
                        usedQuote[q] = true;
                        f.contentStart = quotes.get(q).contentStart();
                        f.contentEnd = quotes.get(q).contentEnd();
                        f.kind = StatementKind.CLAIM;
                        f.forward = true;
                        return true;
                    }
                }
            }
        }
        int colonQuote = quoteAfterColon(f.cueEnd, t.sentenceEnd);
        if (colonQuote >= 0) {
            Quote quote = quotes.get(colonQuote);
            usedQuote[colonQuote] = true;
            f.kind = StatementKind.QUOTE;
            f.contentStart = quote.contentStart();
            f.contentEnd = quote.contentEnd();
            f.forward = true;
            return true;
        }
        k = skipIntro(t, cue, k);
        int from = k > cue.last() + 1 ? t.get(k - 1).end() : t.get(cue.last()).end();
        from = skipSpaceAndColon(from, t.sentenceEnd);
        int q = quoteAt(from);
        if (q < 0 && from >= t.sentenceEnd && text.substring(t.get(Math.max(k - 1, cue.last())).end(), t.sentenceEnd).contains(":")) {
            q = quoteAt(skipAllSpace(t.sentenceEnd));
        }
        if (q >= 0) {
            Quote quote = quotes.get(q);
            if (onlyPunctuation(quote.end(), t.sentenceEnd) || quote.start() >= t.sentenceEnd) {
                usedQuote[q] = true;
                f.kind = StatementKind.QUOTE;
                f.contentStart = quote.contentStart();
                f.contentEnd = quote.contentEnd();
                f.forward = true;
                if (quote.start() >= t.sentenceEnd) {
                    f.rule = "x-said-colon-quote";
                }
                return true;
            }
        }
        if (q < 0 && k >= t.size() && text.substring(t.get(t.size() - 1).end(), t.sentenceEnd).strip().equals(":")) {
            List<int[]> items = listItemsAfter(t.sentenceEnd);
            if (!items.isEmpty()) {
                f.kind = StatementKind.CLAIM;
                f.contentStart = items.get(0)[0];
                f.contentEnd = items.get(0)[1];
                f.listItems = items;
                f.forward = true;
                return true;
            }
        }
        if (k >= t.size() && q < 0 || k < t.size() && t.boundaryBefore(k) && !t.gapContains(k, Tokens.MASK)
                && !SpeakerResolver.containsQuoteMark(t.get(k).gapBefore()) && q < 0) {
            return false;
        }
        if (k < t.size() && Set.of("this", "it", "so", "that").contains(t.lower(k)) && onlyIntroWordsFrom(t, k + 1)) {
            return false; // "stated this in his nightly address": the content was given before
        }
        if (k + 1 < t.size() && t.lower(k).equals("as") && (t.lower(k + 1).equals("much") || t.lower(k + 1).equals("such"))) {
            return false; // "has effectively admitted as much by agreeing ...": the content was given before
        }
        f.kind = StatementKind.CLAIM;
        f.contentStart = from;
        f.contentEnd = cutEnd(from, t.sentenceEnd);
        f.forward = true;
        return f.contentEnd > f.contentStart;
    }

    /** "said in televised remarks: “…”": a colon shortly after the cue, then a quote running to the sentence end. */
    /**
     * The items of a list that follows "X also said:": the next lines, each a short clause without final punctuation
     * (the way pages render bullet points), up to the first line that ends like a sentence.
     */
    private List<int[]> listItemsAfter(int from) {
        List<int[]> items = new ArrayList<>();
        int start = from;
        while (start < text.length() && text.charAt(start) != '\n') {
            if (!Character.isWhitespace(text.charAt(start)) && text.charAt(start) != ':') {
                return items; // the colon is followed by text on the same line
            }
            start++;
        }
        while (items.size() < MAX_LIST_ITEMS && start < text.length()) {
            start = skipAllSpace(start);
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int words = wordCount(start, e);
            if (e <= start || words < 3 || words > 40 || ".!?:;\"”’…".indexOf(text.charAt(e - 1)) >= 0) {
                break;
            }
            items.add(new int[] {start, e});
            start = end;
        }
        return items.size() >= 2 ? items : List.of();
    }

    private int quoteAfterColon(int from, int sentenceEnd) {
        int limit = Math.min(sentenceEnd, from + 80);
        for (int i = from; i < limit; i++) {
            char c = masked[i];
            if (c == ':') {
                int q = quoteAt(skipAllSpace(i + 1));
                return q >= 0 && (onlyPunctuation(quotes.get(q).end(), sentenceEnd) || quotes.get(q).start() >= sentenceEnd) ? q : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '’' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    /** Skips what stands between a cue and its content: recipient, time and place adverbials, "that". */
    private int skipIntro(Tokens t, Cue cue, int k) {
        int limit = Math.min(t.size(), k + 11);
        boolean prepositional = PREPOSITIONS.contains(t.lower(k));
        boolean recipient = cue.takesRecipient();
        for (int m = k; m < limit; m++) {
            if (m > k && t.boundaryBefore(m)) {
                break;
            }
            if (t.lower(m).equals("that")) {
                return m + 2 < t.size() && !t.boundaryBefore(m + 2) ? m + 1 : m; // "rejected that claim": a determiner
            }
            if (!isIntroWord(t.get(m)) && !(prepositional && isPlainWord(t.lower(m)))
                    && !(recipient && stages.cues().isNotCue(t.lower(m)) && !Set.of("is", "was", "were", "are", "had", "has").contains(t.lower(m)))) {
                break;
            }
        }
        int p = k;
        if (cue.takesRecipient()) {
            if (t.lower(p).equals("to")) {
                p++;
            }
            int r = p;
            while (r < t.size() && r - p < 5 && (r == p || !t.boundaryBefore(r)) && isRecipientWord(t.get(r))
                    && (r == p || !SpeakerResolver.DETERMINERS.contains(t.lower(r)))) {
                r++;
            }
            p = r;
        }
        int s = p;
        while (s < t.size() && (s == p || !t.boundaryBefore(s)) && isIntroWord(t.get(s))) {
            s++;
        }
        if (s >= t.size() || s > p && t.boundaryBefore(s)) {
            return s;
        }
        while (p < t.size() && (p == k || !t.boundaryBefore(p)) && DAYS.contains(t.lower(p))
                || p + 1 < t.size() && t.lower(p).equals("on") && DAYS.contains(t.lower(p + 1))
                || p + 1 < t.size() && (t.lower(p).equals("last") || t.lower(p).equals("this"))
                && Set.of("week", "month", "year", "night").contains(t.lower(p + 1))) {
            p += t.lower(p).equals("on") || t.lower(p).equals("last") || t.lower(p).equals("this") ? 2 : 1;
        }
        return p;
    }

    private boolean onlyIntroWordsFrom(Tokens t, int k) {
        if (k >= t.size() || t.boundaryBefore(k)) {
            return true;
        }
        if (!PREPOSITIONS.contains(t.lower(k))) {
            return false;
        }
        for (int m = k; m < t.size(); m++) {
            if (t.boundaryBefore(m) && m > k) {
                return true;
            }
            if (!isIntroWord(t.get(m)) && !isPlainWord(t.lower(m))) {
                return false;
            }
        }
        return true;
    }

    /** A word that can sit in a setting phrase ("after the hearing"); plural nouns are objects ("accusations ... that"). */
    private boolean isPlainWord(String w) {
        return stages.cues().isNotCue(w) && !(w.endsWith("s") && !w.endsWith("ss")) && !Set.of("is", "was", "were", "are", "has", "have", "had", "will", "would")
                .contains(w) && !w.endsWith("ed");
    }

    private boolean isIntroWord(Tokens.Token tok) {
        String w = tok.lower();
        return stages.lexicons().timeWords.contains(w) || stages.lexicons().mediaNouns.contains(w) || PREPOSITIONS.contains(w)
                || tok.capitalized() || isRecipientWord(tok);
    }

    private boolean isRecipientWord(Tokens.Token tok) {
        String w = tok.lower();
        if (tok.capitalized() || SpeakerResolver.DETERMINERS.contains(w)) {
            return true;
        }
        for (String r : stages.lexicons().recipients) {
            if (r.equals(w) || r.endsWith(" " + w)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithThat(Tokens t, Cue cue) {
        int limit = Math.min(t.size(), cue.last() + 10);
        for (int m = cue.last() + 1; m < limit; m++) {
            if (t.lower(m).equals("that")) {
                return true;
            }
            if (!isIntroWord(t.get(m)) || m > cue.last() + 1 && t.boundaryBefore(m)) {
                return false;
            }
        }
        return false;
    }

    /** Content before the speaker: from the clause start to the comma before {@code before}. */
    /** Whether [start, end) reads as an opening adverbial: a preposition or infinitive and no verb of its own. */
    private boolean opensWithAdverbial(int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String first = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (!(PREPOSITIONS.contains(first) || ADVERBIAL_OPENERS.contains(first))) {
            return false;
        }
        for (String w : NON_LETTERS.split(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            if (FINITE_AUX.contains(w)) {
                return false;
            }
        }
        return true;
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

    private boolean backwardClaim(Frame f, List<Frame> accepted, int sentenceStart, int before, String rule) {
        int clauseStart = sentenceStart;
        for (Frame a : accepted) {
            clauseStart = Math.max(clauseStart, Math.max(a.contentEnd, a.cueEnd));
        }
        int end = commaBefore(before, clauseStart);
        if (end <= clauseStart) {
            return false;
        }
        int start = skipLeadingAdverbial(clauseStart, end);
        start = skipPunctuation(start, end);
        for (Frame a : accepted) {
            if (a.cueStart >= start && a.cueStart < end) {
                return false;
            }
        }
        int enclosing = lastQuoteStartingAtOrBefore(start);
        if (enclosing >= 0 && quotes.get(enclosing).end() >= end) {
            return false;
        }
        f.kind = StatementKind.CLAIM;
        f.contentStart = start;
        f.contentEnd = trimEnd(start, end);
        f.forward = false;
        f.regionStart = Math.min(f.regionStart, start);
        f.rule = rule;
        f.confidence = 0.8;
        return true;
    }

    private void useQuote(Frame f, int q, String rule, double confidence) {
        usedQuote[q] = true;
        Quote quote = quotes.get(q);
        f.kind = StatementKind.QUOTE;
        f.contentStart = quote.contentStart();
        f.contentEnd = quote.contentEnd();
        f.regionStart = Math.min(f.regionStart, quote.start());
        f.forward = false;
        f.rule = rule;
        f.confidence = confidence;
    }

    private void cutContent(Frame container, int at) {
        if (at > container.contentStart && at < container.contentEnd) {
            container.contentEnd = trimEnd(container.contentStart, at);
        }
    }

    /** Quotes with no cue of their own: the speaker comes from the neighbouring sentence. */
    /** "In Dr. Shadlen's words, “…”": a quote credited by a possessive opener instead of a verb. */
    private Frame inWordsQuote(int s, Quote quote) {
        int start = sentences.get(s).start();
        if (quote.start() - start > 80 || quote.start() <= start) {
            return null;
        }
        Matcher m = IN_WORDS.matcher(text.substring(start, quote.start()));
        if (!m.matches()) {
            return null;
        }
        SourceNormalizer.Normalized speaker = narrated(m.group(1));
        if (speaker == null || speaker.source().kind() != SourceKind.PERSON) {
            return null;
        }
        Frame f = new Frame();
        f.sentence = s;
        f.kind = StatementKind.QUOTE;
        f.contentStart = quote.contentStart();
        f.contentEnd = quote.contentEnd();
        f.cueStart = start + m.start(0);
        f.cueEnd = start + m.end(3);
        f.source = speaker;
        f.stance = Stance.ASSERTS;
        f.rule = "in-x-words-quote";
        f.confidence = 0.8;
        history.add(speaker);
        return f;
    }

    private List<Frame> quotesFromContext() {
        List<Frame> out = new ArrayList<>();
        Map<Integer, List<Frame>> bySentence = new java.util.HashMap<>();
        for (Frame f : frames) {
            if (f.source != null) {
                bySentence.computeIfAbsent(f.sentence, k -> new ArrayList<>()).add(f);
            }
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (usedQuote[q]) {
                continue;
            }
            Quote quote = quotes.get(q);
            int s = sentenceAt(quote.start());
            Frame own = s < 0 ? null : inWordsQuote(s, quote);
            if (own != null) {
                usedQuote[q] = true;
                out.add(own);
                continue;
            }
            if (s < 0 || (quote.start() - sentences.get(s).start() > 3 || !onlyPunctuation(sentences.get(s).start(), quote.start()))
                    && !quotedPredicate(s, quote)) {
                continue;
            }
            int e = sentenceAt(Math.max(quote.start(), quote.end() - 1));
            if (e < 0 || sentences.get(e).end() - quote.end() > 3 || !onlyPunctuation(quote.end(), sentences.get(e).end()) || wordCount(quote.contentStart(), quote.contentEnd()) < 2) {
                continue;
            }
            SourceNormalizer.Normalized byline = bylineAfter(quote);
            if (byline != null) {
                Frame f = new Frame();
                f.sentence = s;
                f.kind = StatementKind.QUOTE;
                f.contentStart = quote.contentStart();
                f.contentEnd = quote.contentEnd();
                f.cueStart = -1;
                f.source = byline;
                f.flags.add(SPEAKER_FROM_CONTEXT);
                f.stance = Stance.ASSERTS;
                f.rule = "pull-quote-byline";
                f.confidence = 0.7;
                usedQuote[q] = true;
                out.add(f);
                continue;
            }
            Frame neighbour = null;
            for (int k = s - 1; k >= Math.max(0, s - 2) && neighbour == null; k--) {
                List<Frame> in = bySentence.getOrDefault(k, List.of());
                neighbour = in.isEmpty() ? null : in.get(in.size() - 1);
            }
            if (neighbour == null && !bySentence.getOrDefault(e + 1, List.of()).isEmpty()) {
                neighbour = bySentence.get(e + 1).get(0);
            }
            if (neighbour == null) {
                continue;
            }
            Frame f = new Frame();
            f.sentence = s;
            f.kind = StatementKind.QUOTE;
            f.contentStart = quote.contentStart();
            f.contentEnd = quote.contentEnd();
            f.cueStart = -1;
            f.source = neighbour.source;
            f.flags.add(SPEAKER_FROM_CONTEXT);
            f.stance = Stance.ASSERTS;
            f.rule = "quote-from-context";
            f.confidence = 0.6;
            usedQuote[q] = true;
            out.add(f);
        }
        return out;
    }

    /** Factual sentences (or what is left of them) that nobody is credited with. */
    private List<Frame> unattributed() {
        UnattributedClaimFinder.Covered[] covered = new UnattributedClaimFinder.Covered[sentences.size()];
        for (Frame f : frames) {
            UnattributedClaimFinder.Covered c = covered[f.sentence];
            int start = Math.min(f.regionStart, f.contentStart);
            int end = Math.max(f.contentEnd, Math.max(f.cueEnd, f.speakerEnd));
            covered[f.sentence] = c == null ? new UnattributedClaimFinder.Covered(start, end)
                    : new UnattributedClaimFinder.Covered(Math.min(c.start(), start), Math.max(c.end(), end));
        }
        for (int[] e : extraCovered) {
            UnattributedClaimFinder.Covered c = covered[e[0]];
            covered[e[0]] = c == null ? new UnattributedClaimFinder.Covered(e[1], e[2])
                    : new UnattributedClaimFinder.Covered(Math.min(c.start(), e[1]), Math.max(c.end(), e[2]));
        }
        List<Frame> out = new ArrayList<>();
        for (UnattributedClaimFinder.Found found : stages.unattributed().find(text, sentences, quotes, covered)) {
            Frame f = new Frame();
            f.sentence = found.sentence();
            f.kind = StatementKind.UNATTRIBUTED;
            f.contentStart = found.start();
            f.contentEnd = found.end();
            f.cueStart = -1;
            f.stance = Stance.ASSERTS;
            f.rule = found.wholeSentence() ? "unattributed-sentence" : "unattributed-clause";
            f.confidence = found.wholeSentence() ? 0.6 : 0.5;
            out.add(f);
        }
        return out;
    }

    private Analysis toAnalysis(List<Frame> all) {
        List<Attribution> out = new ArrayList<>();
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        TopicLinker linker = stages.topics();
        Optional<TopicLinker.PlaceRef> lastPlace = Optional.empty();
        int sentenceSeen = -1;
        Optional<TopicLinker.PlaceRef> here = Optional.empty();
        for (Frame f : all) {
            String content = text.substring(f.contentStart, f.contentEnd);
            String sentenceText = sentences.get(f.sentence).text(text);
            if (f.sentence != sentenceSeen) {
                sentenceSeen = f.sentence;
                here = linker.placeIn(sentenceText);
            }
            String topic = null;
            if (linker.isAboutControl(content)) {
                Optional<TopicLinker.PlaceRef> place = linker.placeIn(content);
                // "the city" means the place of this sentence, else the last one named; other words mean none.
                if (place.isEmpty() && linker.refersToPlace(content)) {
                    place = here.isPresent() ? here : lastPlace;
                }
                if (place.isPresent()) {
                    topic = place.get().key();
                    String claimant = f.source != null && f.stance == Stance.ASSERTS ? f.source.source().party() : null;
                    TopicDef existing = topics.get(topic);
                    if (existing == null || existing.label().startsWith("Who") && claimant != null
                            && !TopicLinker.label(place.get().canonical(), claimant).startsWith("Who")) {
                        topics.put(topic, new TopicDef(topic, TopicLinker.label(place.get().canonical(), claimant)));
                    }
                }
            }
            if (here.isPresent()) {
                lastPlace = here;
            }
            Span cue = f.cueStart >= 0 ? Span.of(text, f.cueStart, f.cueEnd) : null;
            List<String> flags = new ArrayList<>(f.flags);
            SourceMention source = null;
            Stance stance = f.stance;
            StatementKind kind = f.kind;
            double confidence = f.confidence;
            if (f.source != null && f.source.flags().contains(UNRESOLVED_SPEAKER)) {
                kind = StatementKind.UNATTRIBUTED; // nobody named: the editor sees the statement without a speaker
                confidence = Math.min(confidence, 0.3);
                flags.add(UNRESOLVED_SPEAKER);
            } else if (f.source != null) {
                source = f.source.source();
                for (String flag : f.source.flags()) {
                    if (!flags.contains(flag)) {
                        flags.add(flag);
                    }
                }
                stance = stages.stance().classify(f.stance, content);
            }
            out.add(new Attribution(kind, Span.of(text, f.contentStart, f.contentEnd), cue, source, stance, topic,
                    flags, f.rule, confidence));
        }
        return new Analysis(out, List.copyOf(topics.values()));
    }

    /** Resolves pronouns, back-references and surnames against the sources seen so far, else normalises. */
    private SourceNormalizer.Normalized resolve(SpeakerPhrase sp) {
        String rawMention = text.substring(sp.start(), sp.end());
        String rawName = text.substring(sp.nameStart(), sp.nameEnd());
        String name = SpeakerNames.clean(rawName, stages.lexicons());
        String mention = rawMention.equals(rawName) || rawMention.startsWith(rawName) && name.isEmpty() ? name
                : SpeakerNames.clean(rawMention, stages.lexicons());
        if (mention.isEmpty()) {
            mention = name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        SourceNormalizer.Normalized result = null;
        if (name.isEmpty() || !SpeakerResolver.PRONOUNS.contains(lower) && !SpeakerNames.canName(name, stages.lexicons())) {
            lastSourceAt = sp.start();
            return unresolved(name.isEmpty() ? rawName : name, rawMention);
        }
        if (SpeakerResolver.PRONOUNS.contains(lower)) {
            SourceNormalizer.Normalized antecedent = antecedent(lower);
            if ((lower.equals("he") || lower.equals("she")) && lastNarratedPerson != null && lastNarratedAt > lastSourceAt) {
                antecedent = lastNarratedPerson;
            }
            if (lower.equals("they") && lastNarratedGroup != null && lastNarratedGroupAt > lastSourceAt) {
                antecedent = lastNarratedGroup;
            }
            if (antecedent != null) {
                result = withMention(antecedent, mention, PRONOUN_SPEAKER);
            } else {
                lastSourceAt = sp.start();
                return unresolved(name, mention); // an unresolved pronoun is no source, and no antecedent for the next one
            }
        } else {
            Matcher back = BACK_REFERENCE.matcher(name);
            if (back.matches() && isGenericNoun(back.group(1))) {
                String stem = stem(back.group(1));
                for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH) && result == null; i--) {
                    SourceMention h = history.get(i).source();
                    if (wordsStems(h.name()).contains(stem) || wordsStems(h.mention()).contains(stem)) {
                        result = withMention(history.get(i), mention, null);
                    }
                }
            } else if (!name.contains(" ") && Character.isUpperCase(name.charAt(0))) {
                for (int i = history.size() - 1; i >= 0 && result == null; i--) {
                    SourceMention h = history.get(i).source();
                    if (h.kind() == SourceKind.PERSON && h.name().endsWith(" " + name)) {
                        result = withMention(history.get(i), mention, null);
                    }
                }
            }
        }
        if (result == null) {
            result = stages.normalizer().normalize(mention, name);
            SourceNormalizer.Normalized full = fullNameOf(result);
            if (full != null) {
                result = withMention(full, mention, null);
            }
        }
        history.add(result);
        lastSourceAt = sp.start();
        return result;
    }

    /**
     * A person named by a surname alone ("Reeves", "Mr. Reeves", "President Obama" → "Obama") is the person written
     * earlier in the article with that surname ("Eric Reeves"), or the full name seen earlier in the text.
     */
    private SourceNormalizer.Normalized fullNameOf(SourceNormalizer.Normalized n) {
        String canonical = n.source().name();
        if (n.source().kind() != SourceKind.PERSON || canonical.isEmpty() || canonical.indexOf(' ') >= 0
                || !Character.isUpperCase(canonical.charAt(0))) {
            return null;
        }
        String lowerName = canonical.toLowerCase(Locale.ROOT);
        if (stages.lexicons().titles.contains(lowerName) || stages.lexicons().roles.contains(lowerName)) {
            return null; // "Minister" is a role, not a surname
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            SourceMention h = history.get(i).source();
            if (h.kind() == SourceKind.PERSON && (h.name().endsWith(" " + canonical) || surnameFirst(h.name(), canonical))) {
                return history.get(i);
            }
        }
        String seen = fullNames.get(canonical);
        if (seen == null) {
            return null;
        }
        String full = SpeakerNames.clean(seen, stages.lexicons()); // "Was Bartleby" → "Bartleby": no full name
        if (full.indexOf(' ') < 0 || !SpeakerNames.canName(full, stages.lexicons())) {
            return null;
        }
        SourceNormalizer.Normalized f = stages.normalizer().normalize(full, full);
        return f.source().kind() == SourceKind.PERSON && f.source().name().equals(full) ? f : null;
    }

    /** East Asian order, surname first: "Yoon" of "Yoon Suk Yeol", "Lee" of "Lee Jae-myung" (not "Lee" of "Lee Smith"). */
    private static boolean surnameFirst(String full, String surname) {
        if (!full.startsWith(surname + " ")) {
            return false;
        }
        String rest = full.substring(surname.length() + 1);
        return rest.indexOf('-') > 0 || rest.split(" ").length == 2;
    }

    /** A speaker phrase that names nobody ("I" of the narrator, an unresolved "they", "What"): no source. */
    private static SourceNormalizer.Normalized unresolved(String name, String mention) {
        return new SourceNormalizer.Normalized(new SourceMention(name, mention, SourceKind.PERSON, PartyGazetteer.OTHER,
                List.of()), List.of(UNRESOLVED_SPEAKER));
    }

    private void rememberFullNames(Tokens t) {
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).capitalized() && t.get(k - 1).capitalized() && !t.boundaryBefore(k)
                    && !stages.lexicons().titles.contains(t.lower(k - 1))
                    && !stages.lexicons().notNameWords.contains(t.lower(k - 1))
                    && !SpeakerResolver.PRONOUNS.contains(t.lower(k)) && !SpeakerResolver.PRONOUNS.contains(t.lower(k - 1))) {
                fullNames.put(t.get(k).text(), t.get(k - 1).text() + " " + t.get(k).text());
            }
        }
    }

    private void rememberNarratedSubject(Tokens t) {
        Optional<SpeakerPhrase> subject = t.size() > 2 ? stages.speakers().sentenceSubject(t, t.size()) : Optional.empty();
        if (subject.isPresent() && subject.get().end() - subject.get().start() < 80) {
            String phrase = text.substring(subject.get().start(), subject.get().end());
            if (phrase.contains(" ")) {
                SourceNormalizer.Normalized n = narrated(phrase);
                if (n != null && n.source().kind() == SourceKind.PERSON) {
                    lastNarratedPerson = n;
                    lastNarratedAt = subject.get().start();
                    return;
                }
            }
        }
        int k = 0;
        if (t.size() > 2 && !t.get(0).capitalized()) {
            return;
        }
        for (int m = 1; m < Math.min(t.size(), 6); m++) {
            if (t.gapContains(m, ',') && LEADING_ADVERBIALS.contains(t.lower(0))) {
                k = m;
                break;
            }
        }
        int e = k;
        while (e < t.size() && t.get(e).capitalized() && (e == k || !t.boundaryBefore(e))) {
            e++;
        }
        if (e == k || e >= t.size() || !stages.cues().isNotCue(t.lower(e))) {
            return;
        }
        if (e - k == 1) {
            for (int m = e; m < Math.min(t.size() - 1, 12); m++) {
                if (t.get(m).capitalized() && t.get(m + 1).capitalized() && !t.boundaryBefore(m + 1)) {
                    int r = m + 1; // the whole run: "Climate Change Minister Sherry Rehman", not "Change Minister"
                    while (r + 1 < t.size() && r - m < 6 && t.get(r + 1).capitalized() && !t.boundaryBefore(r + 1)) {
                        r++;
                    }
                    String pair = text.substring(t.get(m).start(), t.get(r).end());
                    SourceNormalizer.Normalized n = narrated(pair);
                    if (n != null && n.source().kind() == SourceKind.PERSON) {
                        lastNarratedPerson = n; // "Overnight, Ukraine's president, Volodymyr Zelensky, released ..."
                        lastNarratedAt = t.get(m).start();
                        return;
                    }
                    m = r;
                }
            }
        }
        String phrase = text.substring(t.get(k).start(), t.get(e - 1).end());
        SourceNormalizer.Normalized n = e - k == 1 ? surnameOf(phrase, t.get(k).start()) : narrated(phrase);
        if (n != null && n.source().kind() == SourceKind.PERSON) {
            lastNarratedPerson = n;
            lastNarratedAt = t.get(k).start();
        } else if (n != null && n.source().kind() == SourceKind.GROUP) {
            lastNarratedGroup = n;
            lastNarratedGroupAt = t.get(k).start();
        }
    }

    /** The subject of a narrative sentence as a possible antecedent: cleaned, refused if it names nobody. */
    private SourceNormalizer.Normalized narrated(String phrase) {
        String name = SpeakerNames.clean(phrase, stages.lexicons());
        if (name.isEmpty() || SpeakerResolver.PRONOUNS.contains(name.toLowerCase(Locale.ROOT))
                || !SpeakerNames.canName(name, stages.lexicons())) {
            return null;
        }
        boolean titleFragment = true;
        for (String w : SpeakerNames.SPACES.split(name)) {
            String lower = w.toLowerCase(Locale.ROOT);
            titleFragment &= Character.isUpperCase(w.charAt(0))
                    && (stages.lexicons().titles.contains(lower) || stages.lexicons().roles.contains(lower));
        }
        if (titleFragment) {
            return null; // "Change Minister" out of "Climate Change Minister Sherry Rehman": a piece of a title
        }
        SourceNormalizer.Normalized n = narratedCache.computeIfAbsent(name, k -> stages.normalizer().normalize(k, k));
        SourceNormalizer.Normalized full = fullNameOf(n);
        return full != null ? full : n;
    }

    /** A one-word sentence subject: a surname of a known source or of a full name written earlier, or a group. */
    private SourceNormalizer.Normalized surnameOf(String name, int before) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH); i--) {
            SourceMention h = history.get(i).source();
            if (h.kind() == SourceKind.PERSON && h.name().endsWith(" " + name)) {
                return history.get(i);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (stages.lexicons().groups.contains(lower)) {
            return stages.normalizer().normalize(name, name);
        }
        if (SpeakerResolver.PRONOUNS.contains(lower) || stages.lexicons().notNameWords.contains(lower)) {
            return null;
        }
        String full = fullNames.get(name);
        if (full == null) {
            return null;
        }
        SourceNormalizer.Normalized n = narrated(full);
        return n != null && n.source().kind() == SourceKind.PERSON ? n : null;
    }

    private boolean isGenericNoun(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return stages.lexicons().roles.contains(lower) || stages.lexicons().organisationWords.contains(lower)
                || stages.lexicons().groups.contains(lower);
    }

    private SourceNormalizer.Normalized antecedent(String pronoun) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - HISTORY_REACH); i--) {
            SourceNormalizer.Normalized n = history.get(i);
            SourceKind kind = n.source().kind();
            boolean plural = n.source().name().toLowerCase(Locale.ROOT).endsWith("s") && kind != SourceKind.PERSON;
            boolean ok = switch (pronoun) {
                case "he", "she" -> kind == SourceKind.PERSON || kind == SourceKind.ANONYMOUS && !plural;
                case "it" -> kind == SourceKind.ORGANISATION;
                case "they" -> kind == SourceKind.GROUP || kind == SourceKind.ORGANISATION || plural;
                default -> false;
            };
            if (ok) {
                return n;
            }
        }
        return null;
    }

    private static SourceNormalizer.Normalized withMention(SourceNormalizer.Normalized n, String mention, String flag) {
        SourceMention s = n.source();
        List<String> flags = new ArrayList<>();
        if (flag != null) {
            flags.add(flag);
        }
        n.flags().stream().filter(x -> !x.equals(PRONOUN_SPEAKER) && !x.equals(SPEAKER_FROM_CONTEXT)).forEach(flags::add);
        return new SourceNormalizer.Normalized(new SourceMention(s.name(), mention, s.kind(), s.party(), s.aliases()), flags);
    }

    private static String stem(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.length() > 5 ? lower.substring(0, 5) : lower;
    }

    private static List<String> wordsStems(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private int quoteEndingBefore(int offset, int sentenceStart) {
        int q = lastIndexAtOrBefore(quoteEnds, offset);
        if (q < 0) {
            return -1;
        }
        Quote quote = quotes.get(q);
        if (quote.end() <= sentenceStart) {
            return -1; // the quote belongs to an earlier sentence
        }
        for (int i = quote.end(); i < offset; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == '—' || c == '–')) {
                return -1;
            }
        }
        return usedQuote[q] ? -1 : q;
    }

    private int quoteAt(int offset) {
        int q = lastQuoteStartingAtOrBefore(offset);
        return q >= 0 && quoteStarts[q] == offset ? q : -1;
    }

    private int quoteStartingIn(int from, int to) {
        int q = lastQuoteStartingAtOrBefore(from - 1) + 1;
        return q < quotes.size() && quoteStarts[q] >= from && quoteStarts[q] < to ? q : -1;
    }

    private int lastQuoteStartingAtOrBefore(int offset) {
        return lastIndexAtOrBefore(quoteStarts, offset);
    }

    /** Index of the last value ≤ {@code offset} in a sorted array, or -1. */
    private static int lastIndexAtOrBefore(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int cutEnd(int from, int sentenceEnd) {
        if (from >= sentenceEnd) {
            return from;
        }
        String region = new String(masked, from, sentenceEnd - from);
        Matcher m = CONTENT_CUT.matcher(region);
        int end = sentenceEnd;
        while (m.find()) {
            int close = pairedDashClose(region, m);
            if (close < 0) {
                end = from + m.start();
                break;
            }
            m.region(close, region.length()); // "in addition to the slain foreigners — from Italy, ... — a local worker"
        }
        return trimEnd(from, end);
    }

    /** For a dash that opens a short aside closed by a second dash, the index after the closing dash; else -1. */
    private static int pairedDashClose(String region, Matcher m) {
        String dash = m.group();
        if (!(dash.equals(" — ") || dash.equals(" – ") || dash.equals(" -- "))) {
            return -1;
        }
        int close = region.indexOf(dash, m.end());
        if (close < 0 || close - m.end() > 90 || region.indexOf(';', m.end()) >= 0 && region.indexOf(';', m.end()) < close) {
            return -1;
        }
        int after = close + dash.length();
        return region.length() - after > 12 ? after : -1;
    }

    private int trimEnd(int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '.' && (end - 1 == start || text.charAt(end - 2) != '.')) {
            end--;
        }
        return end;
    }

    private int commaBefore(int offset, int floor) {
        for (int i = offset - 1; i >= floor; i--) {
            char c = masked[i];
            if (c == ',') {
                return i;
            }
            if (!(Character.isWhitespace(c))) {
                return offset;
            }
        }
        return offset;
    }

    private int skipLeadingAdverbial(int start, int end) {
        int i = skipAllSpace(start);
        int wordEnd = i;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        if (!LEADING_ADVERBIALS.contains(first)) {
            return start;
        }
        int comma = indexOf(',', i, Math.min(end, i + 40));
        return comma < 0 ? start : comma + 1;
    }

    private int skipPunctuation(int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || ",;:".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        return start;
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (masked[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private int skipSpace(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private int skipAllSpace(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipSpaceAndColon(int i, int end) {
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int wordCount(int from, int to) {
        return UnattributedClaimFinder.wordCount(text, from, to);
    }
}
