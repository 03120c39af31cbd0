package org.whosaid.analysis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.whosaid.model.Analysis;

/**
 * Finds who says what in an article's text: quotes, reported claims, unattributed claims, sources, topics.
 * Lexicons are loaded once; the engine holds no per-article state, so one instance can serve many threads.
 */
public final class AttributionEngine {

    /** The pipeline stages, built once from the lexicons and shared by every analysis. */
    record Stages(Lexicons lexicons, QuoteFinder quotes, SentenceSplitter splitter, CueFinder cues,
                  SpeakerResolver speakers, SourceNormalizer normalizer, StanceClassifier stance, TopicLinker topics,
                  UnattributedClaimFinder unattributed) {
    }

    private final Stages stages;
    private final EventFrameLinker events;

    private AttributionEngine(Lexicons lexicons) {
        PartyGazetteer gazetteer = new PartyGazetteer(lexicons);
        this.events = new EventFrameLinker(lexicons, gazetteer);
        this.stages = new Stages(lexicons, new QuoteFinder(), new SentenceSplitter(lexicons), new CueFinder(lexicons),
                new SpeakerResolver(lexicons), new SourceNormalizer(lexicons, gazetteer), new StanceClassifier(lexicons),
                new TopicLinker(lexicons), new UnattributedClaimFinder());
    }

    /** An engine with the lexicons bundled in the jar, overridden by files in {@code dataDir} when given. */
    public static AttributionEngine withLexicons(Path dataDir) {
        return new AttributionEngine(Lexicons.load(dataDir));
    }

    /** The gazetteer's parties with their colours (#rrggbb), in its order; a party without a colour is left out. */
    public Map<String, String> partyColours() {
        Map<String, String> colours = new LinkedHashMap<>();
        for (Lexicons.PartyEntry party : stages.lexicons().parties) {
            if (party.colour() != null) {
                colours.put(party.name(), party.colour());
            }
        }
        return colours;
    }

    /** The statements and topics of {@code text} (an article body); never null, empty for empty text. */
    public Analysis analyze(String text) {
        if (text == null || text.isBlank()) {
            return Analysis.empty();
        }
        return events.link(text, new ArticleAnalyzer(stages, text).analyze());
    }
}
