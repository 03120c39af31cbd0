package org.whosaid.analysis.slavic;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.analysis.WriterVoice;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Language;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/**
 * Finds who says what in a Russian or Ukrainian article, with the same output as the English analysis:
 * quotes, reported claims, unattributed sentences, sources with their parties, stance and control-of-a-place
 * topics shared with English articles. The lexicon is loaded once; each analysis has its own state.
 */
public final class SlavicAnalyzer {
    private static final int MIN_UNATTRIBUTED_WORDS = 5;
    private static final String OTHER = "Other";

    private final JsonNode lexiconFile;
    private final SlavicLexicon russian;
    /** Keyed by Ukrainian lemmas, so built (and the dictionary read) on the first Ukrainian text only. */
    private volatile SlavicLexicon ukrainian;
    private final TopicLinker linker;

    private SlavicAnalyzer(JsonNode lexiconFile, TopicLinker linker) {
        this.lexiconFile = lexiconFile;
        this.russian = new SlavicLexicon(lexiconFile, new SlavicTokens(false));
        this.linker = linker;
    }

    /** An analyzer with the bundled lexicon, or {@code slavic.json} in {@code dataDir}; places come from {@code linker}. */
    public static SlavicAnalyzer withLexicon(Path dataDir, TopicLinker linker) {
        return new SlavicAnalyzer(SlavicLexicon.read(dataDir), linker);
    }

    /** The statements and topics of a Russian ({@code ru}) or Ukrainian ({@code uk}) text. */
    public Analysis analyze(String text, String language) {
        boolean uk = Language.UKRAINIAN.equals(language);
        SlavicLexicon lexicon = uk ? ukrainianLexicon() : russian;
        SlavicTokens tokens = new SlavicTokens(uk);
        SlavicSpeakers speakers = new SlavicSpeakers(lexicon, tokens, uk);
        SlavicFrames rules = new SlavicFrames(text, lexicon, tokens, speakers);
        SlavicPlaces places = new SlavicPlaces(linker, lexicon);
        List<SlavicSentences.Sentence> sentences = new SlavicSentences().split(text);
        List<SlavicFrames.Frame> frames = new ArrayList<>();
        boolean[] attributed = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            SlavicSentences.Sentence previous = i > 0 && !attributed[i - 1] ? sentences.get(i - 1) : null;
            List<SlavicFrames.Frame> found = rules.find(sentences.get(i), previous);
            for (SlavicFrames.Frame f : found) {
                attributed[i] = true;
                if (previous != null && f.start() == previous.start()) {
                    attributed[i - 1] = true;
                }
            }
            frames.addAll(found);
        }
        frames.sort(Comparator.comparingInt(SlavicFrames.Frame::start));
        String house = houseParty(frames, language);
        List<Attribution> out = new ArrayList<>();
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        Optional<TopicLinker.PlaceRef> lastPlace = Optional.empty();
        for (SlavicFrames.Frame f : frames) {
            List<SlavicTokens.Token> content = tokens.tokens(text, f.start(), f.end());
            Stance stance = stance(lexicon, f.stance(), content);
            Optional<TopicLinker.PlaceRef> place = places.placeIn(content);
            String topic = null;
            if (places.isAboutControl(content) && (place.isPresent() || lastPlace.isPresent())) {
                TopicLinker.PlaceRef ref = place.isPresent() ? place.get() : lastPlace.get();
                topic = ref.key();
                String claimant = stance == Stance.ASSERTS ? f.speaker().source().party() : null;
                String label = TopicLinker.label(ref.canonical(), claimant);
                TopicDef existing = topics.get(topic);
                if (existing == null || existing.label().startsWith("Who") && !label.startsWith("Who")) {
                    topics.put(topic, new TopicDef(topic, label));
                }
            }
            if (place.isPresent()) {
                lastPlace = place;
            }
            SourceMention source = f.speaker().source();
            if (source.party().equals(OTHER) && source.kind() != SourceKind.GROUP && house != null) {
                source = new SourceMention(source.name(), source.mention(), source.kind(), house, source.aliases());
            }
            out.add(new Attribution(f.kind(), Span.of(text, f.start(), f.end()),
                    f.cueStart() >= 0 ? Span.of(text, f.cueStart(), f.cueEnd()) : null, source, stance,
                    topic, f.speaker().flags(), f.rule(), f.confidence()));
        }
        out.addAll(unattributedClaims(text, sentences, attributed, frames.size(), lexicon, tokens));
        out.sort(Comparator.comparingInt(a -> a.content().start()));
        return new Analysis(out, List.copyOf(topics.values()));
    }

    /**
     * Who a Russian ({@code ru}) or Ukrainian ({@code uk}) statement about control of a place says holds it
     * ("под контролем ВСУ" → Ukraine), {@code side} when it names nobody, null when the taking failed or was undone.
     */
    public String holderIn(String text, String language, String side) {
        boolean uk = Language.UKRAINIAN.equals(language);
        SlavicLexicon lexicon = uk ? ukrainianLexicon() : russian;
        SlavicTokens tokens = new SlavicTokens(uk);
        return new SlavicHolders(lexicon, new SlavicSpeakers(lexicon, tokens, uk))
                .holderIn(tokens.tokens(text, 0, text.length()), side);
    }

    private SlavicLexicon ukrainianLexicon() {
        SlavicLexicon built = ukrainian;
        if (built == null) {
            synchronized (this) {
                built = ukrainian;
                if (built == null) {
                    built = new SlavicLexicon(lexiconFile, new SlavicTokens(true));
                    ukrainian = built;
                }
            }
        }
        return built;
    }

    /**
     * The side a speaker with no party marker of its own most likely speaks for: the side most heard among the
     * article's identified speakers, else the side whose language the article is in. Agency copy names its own
     * side's officials by bare title ("губернатор области", "мер міста"), so this is right far more often than
     * "Other"; the Reader shows the party and the user corrects it in one click.
     */
    private static String houseParty(List<SlavicFrames.Frame> frames, String language) {
        Map<String, Integer> heard = new LinkedHashMap<>();
        for (SlavicFrames.Frame f : frames) {
            String party = f.speaker().source().party();
            if (!party.equals(OTHER) && !party.equals("Analysts")) {
                heard.merge(party, 1, Integer::sum);
            }
        }
        return heard.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Language.UKRAINIAN.equals(language) ? "Ukraine" : Language.RUSSIAN.equals(language) ? "Russia" : null);
    }

    /** The cue's stance, or "denies" when the content calls something a fake or says it is untrue. */
    private static Stance stance(SlavicLexicon lexicon, Stance cue, List<SlavicTokens.Token> content) {
        if (cue != Stance.ASSERTS) {
            return cue;
        }
        for (int i = 0; i < content.size(); i++) {
            if (lexicon.denialStems.contains(content.get(i).stem())) {
                return Stance.DENIES;
            }
            for (SlavicLexicon.Phrase p : lexicon.denialPhrases) {
                if (SlavicLexicon.stemsAt(p, content, i)) {
                    return Stance.DENIES;
                }
            }
        }
        return cue;
    }

    /**
     * The sentences nobody is credited with that are check-worthy, each with its score as confidence. A column's
     * sentences need more to pass, as in English ({@link WriterVoice}): the writer's share of the article lowers all.
     */
    private static List<Attribution> unattributedClaims(String text, List<SlavicSentences.Sentence> sentences,
                                                        boolean[] attributed, int statements, SlavicLexicon lexicon,
                                                        SlavicTokens tokens) {
        List<SlavicSentences.Sentence> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int opinion = 0;
        for (int i = 0; i < sentences.size(); i++) {
            SlavicSentences.Sentence s = sentences.get(i);
            if (!attributed[i] && unattributedClaim(text, s, tokens)) {
                double score = lexicon.checkWorthiness.score(text, s.start(), s.end(), tokens);
                candidates.add(s);
                scores.add(score);
                opinion += score < SlavicCheckWorthiness.THRESHOLD ? 1 : 0;
            }
        }
        double penalty = WriterVoice.penalty(statements, candidates.size(), opinion);
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double score = WriterVoice.lowered(scores.get(i), penalty);
            if (score >= SlavicCheckWorthiness.THRESHOLD) {
                SlavicSentences.Sentence s = candidates.get(i);
                out.add(new Attribution(StatementKind.UNATTRIBUTED, Span.of(text, s.start(), s.end()), null, null,
                        Stance.ASSERTS, null, List.of(), "unattributed-sentence", Math.round(score * 100) / 100.0));
            }
        }
        return out;
    }

    /** A statement nobody is credited with: a full sentence of a few words, not a question or a heading. */
    private static boolean unattributedClaim(String text, SlavicSentences.Sentence s, SlavicTokens tokens) {
        String t = s.text(text);
        char last = t.charAt(t.length() - 1);
        boolean ends = last == '.' || last == '»' || last == '"' || last == '!';
        return ends && tokens.tokens(text, s.start(), s.end()).size() >= MIN_UNATTRIBUTED_WORDS
                && !t.startsWith("—") && !t.startsWith("–");
    }
}
