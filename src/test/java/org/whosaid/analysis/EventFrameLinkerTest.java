package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;

class EventFrameLinkerTest {

    private final AttributionEngine engine = AttributionEngine.withLexicons((Path) null);

    private final EventFrameLinker linker = new EventFrameLinker(Lexicons.load(null), PartyGazetteer.withBundledLexicon());

    @Test
    void framesByWhatHappened() {
        assertThat(linker.frameOf("its air defences shot down two drones").type())
                .isEqualTo(EventFrameLinker.EventType.SHOOTDOWN);
        assertThat(linker.frameOf("its air defences shot down two drones").target()).isEqualTo("drone");
        assertThat(linker.frameOf("at least 17 people were killed").type())
                .isEqualTo(EventFrameLinker.EventType.CASUALTIES);
        assertThat(linker.frameOf("the rebels had agreed to a ceasefire").type())
                .isEqualTo(EventFrameLinker.EventType.CEASEFIRE);
        assertThat(linker.frameOf("Varnish forces carried out the strike").type())
                .isEqualTo(EventFrameLinker.EventType.ATTACK);
        assertThat(linker.frameOf("the harvest would be late this year")).isNull();
        assertThat(linker.frameOf("he was killed in action")).isNull(); // no figure: not a casualty count
        assertThat(linker.frameOf("the rebels had captured Sake").type()).isEqualTo(EventFrameLinker.EventType.CONTROL);
        assertThat(linker.frameOf("the attacks would continue")).isNull();
    }

    @Test
    void negatedEventsDenyIt() {
        assertThat(EventFrameLinker.denies("the vessel was not hit")).isTrue();
        assertThat(EventFrameLinker.denies("neither missile struck the ship")).isTrue();
        assertThat(EventFrameLinker.denies("the army's figures were exaggerated")).isTrue();
        assertThat(EventFrameLinker.denies("no civilian areas were targeted")).isFalse(); // a claim of its own
        assertThat(EventFrameLinker.denies("drones struck the depot")).isFalse();
    }

    @Test
    void twoArticlesAboutOneStrikeAnswerTheSameQuestions() {
        Analysis first = engine.analyze("Drones struck a fuel depot in Saltmere on Tuesday. "
                + "The Corvanian army said Varnish forces had attacked the depot in Saltmere. "
                + "Varnia's defence ministry denied that its forces had carried out any strike.");
        Analysis second = engine.analyze("A fire burned for hours at a depot near Saltmere. "
                + "Corvania's health ministry said 12 people were killed in the blast. "
                + "Varnia's foreign ministry said the attack was staged by Corvania.");
        assertThat(first.attributions()).extracting(Attribution::topic).contains("attack-saltmere");
        assertThat(second.attributions()).extracting(Attribution::topic)
                .contains("attack-saltmere", "casualties-saltmere");
        assertThat(first.attributions()).anyMatch(a -> "attack-saltmere".equals(a.topic()) && a.stance() == Stance.DENIES);
        assertThat(first.topics()).anyMatch(t -> t.key().equals("attack-saltmere")
                && t.label().equals("Who attacked Saltmere, and what was hit?"));
    }

    @Test
    void aSmallerPlaceBeforeTheStateAndActorsAreNoPlaces() {
        assertThat(linker.eventPlace("Missiles fell on Pakistan. Three hit a mosque in Bahawalpur, and one near "
                + "Bahawalpur station; Pakistan said.")).isEqualTo("Bahawalpur");
        assertThat(linker.eventPlace("Israel said it struck Hamas on Monday in Pakistan's Punjab")).isEqualTo("Punjab");
        assertThat(linker.eventPlace("no place at all")).isNull();
    }
}
