package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceMention;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/** Turns an article's statement frames into the {@link Analysis}: sources, stances, flags, topics of control. */
final class AnalysisAssembler {

    private final AttributionEngine.Stages stages;
    private final String text;
    private final List<Sentence> sentences;

    AnalysisAssembler(AttributionEngine.Stages stages, ArticleText article) {
        this.stages = stages;
        this.text = article.text();
        this.sentences = article.sentences();
    }

    Analysis toAnalysis(List<StatementFrame> all) {
        List<Attribution> out = new ArrayList<>();
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        TopicLinker linker = stages.topics();
        Optional<TopicLinker.PlaceRef> lastPlace = Optional.empty();
        int sentenceSeen = -1;
        Optional<TopicLinker.PlaceRef> here = Optional.empty();
        for (StatementFrame f : all) {
            String content = text.substring(f.contentStart(), f.contentEnd());
            String sentenceText = sentences.get(f.sentence()).text(text);
            if (f.sentence() != sentenceSeen) {
                sentenceSeen = f.sentence();
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
                    String claimant = f.source() != null && f.stance() == Stance.ASSERTS ? f.source().source().party() : null;
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
            Span cue = f.cueStart() >= 0 ? Span.of(text, f.cueStart(), f.cueEnd()) : null;
            List<String> flags = new ArrayList<>(f.flags());
            SourceMention source = null;
            Stance stance = f.stance();
            StatementKind kind = f.kind();
            double confidence = f.confidence();
            if (f.source() != null && f.source().flags().contains(MentionTracker.UNRESOLVED_SPEAKER)) {
                kind = StatementKind.UNATTRIBUTED; // nobody named: the editor sees the statement without a speaker
                confidence = Math.min(confidence, 0.3);
                flags.add(MentionTracker.UNRESOLVED_SPEAKER);
            } else if (f.source() != null) {
                source = f.source().source();
                for (String flag : f.source().flags()) {
                    if (!flags.contains(flag)) {
                        flags.add(flag);
                    }
                }
                stance = stages.stance().classify(f.stance(), content);
            }
            out.add(new Attribution(kind, Span.of(text, f.contentStart(), f.contentEnd()), cue, source, stance, topic,
                    flags, f.rule(), confidence));
        }
        return new Analysis(out, List.copyOf(topics.values()));
    }
}
