package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.StatementKind;

/** Speakers and their parties in Russian and Ukrainian: cases, other states, trimmed mentions (invented sentences). */
class SlavicSpeakersTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<Attribution> said(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    @Test
    void everyCaseOfAGazetteerNameIsOneSource() {
        List<Attribution> ru = said("Минобороны России сообщило, что отражены три атаки. В Минобороны уточнили, что"
                + " потерь нет. По данным Министерства обороны России, сбиты два беспилотника.", "ru");
        assertThat(ru).hasSize(3).allMatch(a -> a.source().name().equals("Russian Defence Ministry"))
                .allMatch(a -> a.source().aliases().contains("Минобороны России"));
        List<Attribution> uk = said("Генштаб ЗСУ повідомив, що ворог атакував дванадцять разів. За даними Генштабу,"
                + " атаки відбито. У Генштабі зазначили, що бої тривають.", "uk");
        assertThat(uk).hasSize(3).allMatch(a -> a.source().name().equals("Ukrainian General Staff"))
                .allMatch(a -> a.source().party().equals("Ukraine"));
    }

    @Test
    void aMinistryOfAnotherStateIsNotRussias() {
        Attribution a = said("Минобороны Грузии заявило, что учения пройдут по плану.", "ru").get(0);
        assertThat(a.source().name()).isNotEqualTo("Russian Defence Ministry");
        assertThat(a.source().kind()).isEqualTo(SourceKind.ORGANISATION);
        assertThat(a.source().party()).isEqualTo("Georgia");
    }

    @Test
    void theLongestPartyNameWins() {
        Attribution a = said("Підконтрольне ХАМАС міністерство охорони здоров'я Гази повідомило, що загинули"
                + " двоє людей.", "uk").get(0);
        assertThat(a.source().party()).isEqualTo("Gaza Health Ministry");
        assertThat(a.source().kind()).as("Гази is Gaza, no surname").isNotEqualTo(SourceKind.PERSON);
    }

    @Test
    void aSurnameLikeAGazetteerNameIsAnotherPerson() {
        Attribution a = said("Представитель штаба Андрей Коваль заявил, что резервы подошли.", "ru").get(0);
        assertThat(a.source().name()).isEqualTo("Andrey Koval");
    }

    @Test
    void aMentionEndsWhereTheNameEnds() {
        Attribution a = said("Депутат Госдумы Олег Морозов в свою очередь заявил, что санкции не работают.", "ru").get(0);
        assertThat(a.source().mention()).isEqualTo("Депутат Госдумы Олег Морозов");
        Attribution b = said("Телеканал CNN со ссылкой на чиновников пишет, что переговоры отложены.", "ru").get(0);
        assertThat(b.source().mention()).isEqualTo("Телеканал CNN");
        Attribution c = said("Командир взвода с позывным «Лис» уточнил: «Мы удержали высоту до рассвета».", "ru").get(0);
        assertThat(c.source().mention()).isEqualTo("Командир взвода с позывным «Лис»");
    }

    @Test
    void theGroupsSpokesmanSpeaksForTheGroupNamedBefore() {
        List<Attribution> ru = said("Хуситы атаковали танкер в Красном море, сообщили британские военные."
                + " Представитель группировки заявил, что удары продолжатся.", "ru");
        assertThat(ru.get(ru.size() - 1).source().party()).isEqualTo("Houthis");
        assertThat(ru.get(ru.size() - 1).source().mention()).isEqualTo("Представитель группировки");
        assertThat(ru.get(ru.size() - 1).flags()).contains(SlavicSpeakers.FROM_CONTEXT);
        List<Attribution> uk = said("Бойовики ХАМАС обстріляли позиції армії, повідомили в Армії оборони Ізраїлю."
                + " Речник угруповання заявив, що переговори тривають.", "uk");
        assertThat(uk.get(uk.size() - 1).source().party()).isEqualTo("Hamas");
        assertThat(uk.get(uk.size() - 1).source().name()).isEqualTo("Hamas");
    }

    @Test
    void aGroupsSpokesmanWithNoGroupNamedIsNobodysGroup() {
        Attribution a = said("Сегодня представитель группировки заявил, что удары продолжатся.", "ru").get(0);
        assertThat(a.source().party()).isNotIn("Houthis", "Hamas", "Hezbollah");
    }
}
