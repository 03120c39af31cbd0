package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.ENGINE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

class TopicLinkerTest {

    private final TopicLinker linker = TopicLinker.withBundledLexicon();

    @Test
    void placeAliasesShareOneKey() {
        assertThat(linker.placeIn("the city of Dzerzhinsk has been liberated")).map(TopicLinker.PlaceRef::key).contains("toretsk-control");
        assertThat(linker.placeIn("completed the liberation of Artemivsk")).map(TopicLinker.PlaceRef::key).contains("bakhmut-control");
        assertThat(linker.placeIn("forces captured the village of Novohrodivka")).map(TopicLinker.PlaceRef::key).contains("novohrodivka-control");
    }

    @Test
    void controlWords() {
        assertThat(linker.isAboutControl("its forces had taken control of Toretsk")).isTrue();
        assertThat(linker.isAboutControl("the city had fallen")).isTrue();
        assertThat(linker.isAboutControl("the city had been reduced to ruins")).isFalse();
        assertThat(linker.isAboutControl("Russian forces had fully taken control of the city")).isTrue();
        assertThat(linker.isAboutControl("full Russian control over the city")).isTrue();
        assertThat(linker.isAboutControl("its population had fallen by 90% due to the fighting")).isFalse();
        assertThat(linker.isAboutControl("talks were held in Wellington last week")).isFalse();
        assertThat(linker.isAboutControl("Russia’s capture of the mining town would help it disrupt supply routes"))
                .isFalse();
        assertThat(linker.isAboutControl("The Russian army is likely to use the capture of Toretsk to advance"))
                .isFalse();
    }

    @Test
    void underTheControlOfSomeoneIsAboutControlWhenAPlaceIsNamedAnywhere() {
        assertThat(linker.isAboutControl("the city of Kupiansk remained under the control of Ukrainian forces"))
                .isTrue();
        assertThat(linker.isAboutControl("Kupiansk is still firmly under Ukrainian control")).isTrue();
        assertThat(linker.isAboutControl("the fire at the depot was brought under control by Sunday"))
                .as("no place: a fire brought under control").isFalse();
    }

    @Test
    void aControlClaimWithoutAPlaceOrAPlaceNounGetsNoTopic() {
        Analysis analysis = ENGINE.analyze("Officials in Auckland said on Monday that strict border controls had"
                + " been taken seriously by travellers.");
        assertThat(analysis.topics()).isEmpty();
    }

    @Test
    void labels() {
        assertThat(TopicLinker.label("Toretsk", "Russia")).isEqualTo("Does Russia control Toretsk?");
        assertThat(TopicLinker.label("El Fasher", "Other")).isEqualTo("Who controls El Fasher?");
    }

    @Test
    void claimsAndDenialsAboutOnePlaceShareATopicAcrossArticles() {
        Analysis first = ENGINE.analyze("Russia said Friday its forces had taken control of the city of Toretsk. Kyiv denied the city had been captured.");
        Analysis second = ENGINE.analyze("“The city of Dzerzhinsk has been liberated,” the Russian Defense Ministry said.");
        List<String> keys = first.attributions().stream().filter(a -> a.kind() != StatementKind.UNATTRIBUTED).map(Attribution::topic).toList();
        assertThat(keys).containsExactly("toretsk-control", "toretsk-control");
        assertThat(second.attributions()).extracting(Attribution::topic).contains("toretsk-control");
        assertThat(first.topics()).extracting(t -> t.label()).containsExactly("Does Russia control Toretsk?");
    }
}
