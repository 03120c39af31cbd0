package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/** One invented sentence per cue-verb rule of {@link SlavicCueFrames}. */
class SlavicCueFramesTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<Attribution> said(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    @Test
    void anObjectBeforeAClosingDenialCue() {
        List<Attribution> ru = said("В МИД Казахстана эти слухи опровергли.", "ru");
        assertThat(ru).singleElement().satisfies(a -> {
            assertThat(a.content().text()).isEqualTo("эти слухи");
            assertThat(a.stance()).isEqualTo(Stance.DENIES);
            assertThat(a.source().party()).isEqualTo("Kazakhstan");
            assertThat(a.rule()).isEqualTo("slavic-object-before-cue");
        });
        List<Attribution> uk = said("У штабі бригади ці повідомлення спростували.", "uk");
        assertThat(uk).singleElement().satisfies(a -> {
            assertThat(a.content().text()).isEqualTo("ці повідомлення");
            assertThat(a.stance()).isEqualTo(Stance.DENIES);
        });
    }

    @Test
    void inTheOrganADenialCueBeforeItsObjectDeniesIt() {
        List<Attribution> ru = said("Однако в МИД Казахстана опровергли эти утверждения.", "ru");
        assertThat(ru).singleElement().satisfies(a -> {
            assertThat(a.content().text()).isEqualTo("эти утверждения");
            assertThat(a.stance()).isEqualTo(Stance.DENIES);
            assertThat(a.source().party()).isEqualTo("Kazakhstan");
        });
        List<Attribution> uk = said("Проте у штабі бригади спростували ці повідомлення.", "uk");
        assertThat(uk).singleElement().satisfies(a -> assertThat(a.stance()).isEqualTo(Stance.DENIES));
    }

    @Test
    void remindingAndInformingAreReports() {
        assertThat(said("В МИД Казахстана напомнили, что граница закрыта с весны.", "ru"))
                .singleElement().satisfies(a -> assertThat(a.content().text()).isEqualTo("граница закрыта с весны"));
        assertThat(said("У штабі бригади нагадали, що міст зруйновано ще в березні.", "uk"))
                .singleElement().satisfies(a -> assertThat(a.content().text()).isEqualTo("міст зруйновано ще в березні"));
        assertThat(said("О взятии под контроль села Ольховка 13 июля проинформировали военные Telegram-каналы.", "ru"))
                .singleElement().satisfies(a -> assertThat(a.source().name()).containsIgnoringCase("telegram"));
    }

    @Test
    void aDenialWithItsObjectThenAParticipleCueGiveTwoStatements() {
        List<Attribution> found = said("Губернатор области Павел Смирнов опроверг слухи об эвакуации, заявив, что"
                + " ситуация в городе спокойная.", "ru");
        assertThat(found).extracting(a -> a.content().text())
                .containsExactly("слухи об эвакуации", "ситуация в городе спокойная");
        assertThat(found).extracting(Attribution::stance).containsExactly(Stance.DENIES, Stance.ASSERTS);
        assertThat(found).allMatch(a -> a.source().name().equals("Pavel Smirnov"));
    }

    @Test
    void aCueAboutSomethingTakesWhatItIsAbout() {
        List<Attribution> found = said("Мерія міста повідомила про відновлення водопостачання в усіх районах.", "uk");
        assertThat(found).singleElement().satisfies(a -> {
            assertThat(a.content().text()).isEqualTo("про відновлення водопостачання в усіх районах");
            assertThat(a.rule()).isEqualTo("slavic-cue-about");
        });
    }

    @Test
    void namingAClaimSomethingDeniesIt() {
        Attribution ru = said("Посол Ирана назвал обвинения Лондона абсурдными.", "ru").get(0);
        assertThat(ru.stance()).isEqualTo(Stance.DENIES);
        assertThat(ru.source().party()).isEqualTo("Iran");
        Attribution uk = said("Речник МЗС назвав ці публікації вкидом.", "uk").get(0);
        assertThat(uk.stance()).isEqualTo(Stance.DENIES);
        Attribution named = said("Президент назвал встречу продуктивной и полезной.", "ru").get(0);
        assertThat(named.stance()).as("naming what is no claim").isEqualTo(Stance.ASSERTS);
    }

    @Test
    void aCallOnSomeoneIsACue() {
        Attribution a = said("Генсек ООН закликав сторони негайно припинити вогонь.", "uk").get(0);
        assertThat(a.content().text()).isEqualTo("сторони негайно припинити вогонь");
        assertThat(a.source().party()).isEqualTo("United Nations");
    }
}
