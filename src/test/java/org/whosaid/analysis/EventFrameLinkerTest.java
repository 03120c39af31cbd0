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

    private final EventFrames frames = new EventFrames(Lexicons.load(null));

    @Test
    void framesByWhatHappened() {
        assertThat(frames.frameOf("its air defences shot down two drones").type())
                .isEqualTo(EventFrames.EventType.SHOOTDOWN);
        assertThat(frames.frameOf("its air defences shot down two drones").target()).isEqualTo("drone");
        assertThat(frames.frameOf("at least 17 people were killed").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES);
        assertThat(frames.frameOf("the rebels had agreed to a ceasefire").type())
                .isEqualTo(EventFrames.EventType.CEASEFIRE);
        assertThat(frames.frameOf("Varnish forces carried out the strike").type())
                .isEqualTo(EventFrames.EventType.ATTACK);
        assertThat(frames.frameOf("the harvest would be late this year")).isNull();
        assertThat(frames.frameOf("he was killed in action")).isNull(); // no figure: not a casualty count
        assertThat(frames.frameOf("the rebels had captured Sake").type()).isEqualTo(EventFrames.EventType.CONTROL);
        assertThat(frames.frameOf("the attacks would continue")).isNull();
    }

    @Test
    void negatedEventsDenyIt() {
        assertThat(EventFrames.denies("the vessel was not hit")).isTrue();
        assertThat(EventFrames.denies("neither missile struck the ship")).isTrue();
        assertThat(EventFrames.denies("the army's figures were exaggerated")).isTrue();
        assertThat(EventFrames.denies("no civilian areas were targeted")).isFalse(); // a claim of its own
        assertThat(EventFrames.denies("drones struck the depot")).isFalse();
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
        assertThat(linker.eventPlace("Shells fell near the Azerbaijani border, in Vardashat")).isEqualTo("Vardashat");
    }

    @Test
    void newFramesReadWhoStruckTollsAndTroops() {
        assertThat(frames.frameOf("the Varnish militia had fired rockets at the depot and killed 9 workers").type())
                .isEqualTo(EventFrames.EventType.ATTACK); // an actor striking: who did it, though a toll follows
        assertThat(frames.frameOf("a rocket strike hit the depot, killing 9 workers").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES);
        assertThat(frames.frameOf("the death toll was expected to rise").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES);
        assertThat(frames.frameOf("the figures given by the militia were false").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES);
        assertThat(frames.frameOf("some workers may have died in the fire").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES); // a hedged report, no forecast
        assertThat(frames.frameOf("Saltmere, May 4 - Varnish drones struck a depot").type())
                .isEqualTo(EventFrames.EventType.ATTACK); // the month is no "may"
        assertThat(frames.frameOf("31 militants had been neutralised").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES);
        assertThat(frames.frameOf("there were no losses among its personnel").type())
                .isEqualTo(EventFrames.EventType.CASUALTIES); // none is a count too
        assertThat(frames.frameOf("any Corvanian aircraft had been lost").type())
                .isEqualTo(EventFrames.EventType.SHOOTDOWN);
        assertThat(frames.frameOf("Varnia was sending troops to fight alongside the militia").type())
                .isEqualTo(EventFrames.EventType.INVOLVEMENT);
        assertThat(frames.frameOf("the militia had destroyed two bridges").type())
                .isEqualTo(EventFrames.EventType.ATTACK);
        assertThat(EventFrames.denies("the depot had no link to the army")).isTrue();
        assertThat(EventFrames.denies("no soldiers had been in the building")).isTrue();
        assertThat(EventFrames.denies("it had pushed the militia back")).isTrue();
        assertThat(EventFrames.denies("the depot stored grain")).isFalse();
    }

    @Test
    void aStatementWithoutAnEventWordJoinsTheArticlesEventWhenItSpeaksOfIt() {
        Analysis a = engine.analyze("Varnish drones struck a fuel depot in Saltmere on Tuesday, the Corvanian army said. "
                + "The Varnish defence ministry said the depot had no link to the civilian economy. "
                + "The Corvanian army said its soldiers were guarding the depot. "
                + "The Corvanian army said the harvest had been good.");
        assertThat(a.attributions()).anyMatch(s -> s.content().text().contains("no link")
                && "attack-saltmere".equals(s.topic()) && s.stance() == Stance.DENIES);
        assertThat(a.attributions()).anyMatch(s -> s.content().text().contains("guarding")
                && "attack-saltmere".equals(s.topic()));
        assertThat(a.attributions()).anyMatch(s -> s.content().text().contains("harvest") && s.topic() == null);
    }

    @Test
    void aStatesTroopsAreOneQuestionKeyedByTheState() {
        Analysis a = engine.analyze("The Cameroonian government said Chad was sending troops to fight alongside the "
                + "militia near Saltmere. Chad's army said Chadian troops were in Saltmere only on exercises. "
                + "The Chadian foreign minister, Ali Mahamat, said Yaounde was blaming Chad for its own defeats.");
        assertThat(a.attributions()).filteredOn(s -> "involvement-chad".equals(s.topic())).hasSize(3);
    }

    @Test
    void aSeaOrRegionRanksBelowThePortInIt() {
        assertThat(linker.eventPlace("Missiles were fired in the Red Sea. The ship was hit in the Red Sea, off "
                + "Hodeidah; the Red Sea was calm.")).isEqualTo("Hodeidah");
    }
}
