package org.whosaid.analysis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.whosaid.analysis.slavic.SlavicAnalyzer;
import org.whosaid.model.Analysis;
import org.whosaid.model.Language;

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
    private final SlavicAnalyzer slavic;
    private final EventFrameLinker events;
    private final ContextParties contextParties;

    private AttributionEngine(Lexicons lexicons, Path dataDir) {
        PartyGazetteer gazetteer = new PartyGazetteer(lexicons);
        this.events = new EventFrameLinker(lexicons, gazetteer);
        this.contextParties = new ContextParties(lexicons, gazetteer);
        this.stages = new Stages(lexicons, new QuoteFinder(), new SentenceSplitter(lexicons), new CueFinder(lexicons),
                new SpeakerResolver(lexicons), new SourceNormalizer(lexicons, gazetteer), new StanceClassifier(lexicons),
                new TopicLinker(lexicons), new UnattributedClaimFinder(lexicons));
        this.slavic = SlavicAnalyzer.withLexicon(dataDir, stages.topics());
    }

    /** An engine with the lexicons bundled in the jar, overridden by files in {@code dataDir} when given. */
    public static AttributionEngine withLexicons(Path dataDir) {
        return new AttributionEngine(Lexicons.load(dataDir), dataDir);
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

    /** The shared stages, for the per-article stages built on them. */
    Stages stages() {
        return stages;
    }

    /**
     * The statements and topics of {@code text} (an article body) in the language {@link LanguageDetector} finds;
     * never null, empty for empty text.
     */
    public Analysis analyze(String text) {
        return analyzeArticle(text, null);
    }

    /**
     * As {@link #analyze(String)}, for an article body whose wire dateline the importer cut from it into metadata
     * ("BAMAKO (Reuters)"; null when it had none): officials named without their state take the dateline's.
     */
    public Analysis analyzeArticle(String text, String dateline) {
        if (text == null || text.isBlank()) {
            return Analysis.empty();
        }
        return analyze(text, LanguageDetector.detect(text), dateline);
    }

    /**
     * The statements and topics of {@code text} in {@code language} (a code as {@link LanguageDetector} gives):
     * English, Russian and Ukrainian are analysed; any other language yields nothing, since rules made for
     * another language would only invent statements.
     */
    public Analysis analyze(String text, String language) {
        return analyze(text, language, null);
    }

    private Analysis analyze(String text, String language, String dateline) {
        if (text == null || text.isBlank() || !Language.isAnalysed(language)) {
            return Analysis.empty();
        }
        String code = language == null ? Language.ENGLISH : Language.normalise(language);
        boolean slavicText = code.equals(Language.RUSSIAN) || code.equals(Language.UKRAINIAN);
        if (LanguageDetector.isMixedScript(text)) {
            Analysis english = english(text, dateline);
            Analysis cyrillic = slavic.analyze(text, slavicText ? code : Language.RUSSIAN);
            return slavicText ? MixedScript.merge(cyrillic, english) : MixedScript.merge(english, cyrillic);
        }
        if (slavicText) {
            return slavic.analyze(text, code);
        }
        return english(text, dateline);
    }

    /**
     * English: the attribution stages, then only the check-worthy of the unattributed candidates are kept, officials
     * get the party of their context, and event topics are linked.
     */
    private Analysis english(String text, String dateline) {
        Analysis found = stages.unattributed().keepCheckWorthy(text, new ArticleAnalyzer(stages, text).analyze());
        return events.link(text, contextParties.fill(text, dateline, found));
    }
}
