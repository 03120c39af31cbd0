package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Mechanisms found missing on real Russian and Ukrainian war reports, each shown on invented sentences: reminding and
 * informing cues, a denial with a direct object after "в X", a cue with a direct object and no "что" clause.
 */
class SlavicTrialBugsTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<Attribution> said(String text, String language) {
        Analysis a = ANALYZER.analyze(text, language);
        return a.attributions().stream().filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    private static Attribution one(String text, String language) {
        List<Attribution> found = said(text, language);
        assertThat(found).as("attributions of %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void remindingCuesInBothLanguages() {
        Attribution uk = one("У Міноборони України нагадали, що евакуація з прикордонних сіл триває.", "uk");
        assertThat(uk.source().name()).isEqualTo("Ukrainian Defence Ministry");
        assertThat(uk.content().text()).isEqualTo("евакуація з прикордонних сіл триває");
        Attribution ru = one("В Минобороны России напомнили, что учения продлятся до конца месяца.", "ru");
        assertThat(ru.source().name()).isEqualTo("Russian Defence Ministry");
        assertThat(ru.content().text()).isEqualTo("учения продлятся до конца месяца");
    }

    @Test
    void informingCuesWithTheSubjectAfterThem() {
        Attribution ru = one("О переходе под контроль села Лесное вчера проинформировали военные блогеры.", "ru");
        assertThat(ru.cue().text()).isEqualTo("проинформировали");
        assertThat(ru.content().text()).contains("переходе под контроль села Лесное");
        Attribution po = one("Генштаб ВСУ поинформировал, что атаки отбиты.", "ru");
        assertThat(po.source().name()).isEqualTo("Ukrainian General Staff");
        Attribution uk = one("Генштаб ЗСУ проінформував, що наступ зупинено.", "uk");
        assertThat(uk.source().name()).isEqualTo("Ukrainian General Staff");
    }

    @Test
    void denialWithADirectObjectAfterInX() {
        Attribution a = one("Впрочем, в Минобороны России опровергли эти сообщения.", "ru");
        assertThat(a.source().name()).isEqualTo("Russian Defence Ministry");
        assertThat(a.stance()).isEqualTo(Stance.DENIES);
        Attribution b = one("Однако в Генштабе ЗСУ спростували ці дані.", "uk");
        assertThat(b.source().name()).isEqualTo("Ukrainian General Staff");
        assertThat(b.stance()).isEqualTo(Stance.DENIES);
    }

    @Test
    void cueWithADirectObjectTakesTheSubjectBeforeItNotAPlaceAtTheEnd() {
        Attribution a = one("Командувач угруповання Олег Савченко у доповіді міністру вчора заявив нібито повне "
                + "звільнення сіл Лозова та Степове на Харківщині.", "uk");
        assertThat(a.source().name()).isEqualTo("Oleh Savchenko");
        assertThat(a.content().text()).startsWith("нібито повне звільнення сіл Лозова та Степове");
        Attribution c = one("Речник угруповання Ігор Кравець в ефірі телемарафону сьогодні, 3 березня, заявив повне "
                + "оточення села Вербове у Запорізькій області.", "uk");
        assertThat(c.source().name()).isEqualTo("Ihor Kravets");
        assertThat(c.content().text()).startsWith("повне оточення села Вербове");
        Attribution g = one("Начальник генштабу РФ Валерій Герасімов у виступі вчора, 20 листопада, заявив повне "
                + "оточення села Вербове.", "uk");
        assertThat(g.source().name()).as("the Ukrainian spelling of a known name").isEqualTo("Valery Gerasimov");
        assertThat(g.source().party()).isEqualTo("Russia");
        Attribution b = one("Губернатор Иван Петренко на совещании заявил полный контроль над поселком Ольховка в Курской области.",
                "ru");
        assertThat(b.source().name()).isEqualTo("Ivan Petrenko");
        assertThat(b.content().text()).startsWith("полный контроль над поселком Ольховка");
    }

    @Test
    void aTimeBetweenCommasBeforeTheCueClosesNoContentButAnInvertedCueStillDoes() {
        Attribution inverted = one("Атаку на село Вербове отбили, сегодня, 3 марта, сообщили в Генштабе ВСУ.", "ru");
        assertThat(inverted.source().name()).isEqualTo("Ukrainian General Staff");
        assertThat(inverted.content().text()).startsWith("Атаку на село Вербове отбили");
    }

    @Test
    void aNewsAgencyAloneIsTheSourceAndAfterASpeakerOnlyTheMedium() {
        // found trying common agency phrasing: "Как сообщает ТАСС, …" was credited to "Kak", "ТАСС сообщает, что …"
        // to nobody
        Attribution as = one("Как сообщает ТАСС, переговоры продолжатся в пятницу.", "ru");
        assertThat(as.source().name()).isEqualTo("TASS");
        assertThat(as.source().party()).isEqualTo("Media");
        assertThat(as.content().text()).isEqualTo("переговоры продолжатся в пятницу");
        assertThat(one("ТАСС сообщает, что переговоры продолжатся в пятницу.", "ru").source().name()).isEqualTo("TASS");
        assertThat(one("Як повідомляє Укрінформ, переговори продовжаться у п'ятницю.", "uk").source().name())
                .isEqualTo("Ukrinform");
        Attribution told = one("Губернатор Иван Петренко сообщил ТАСС, что эвакуация завершена.", "ru");
        assertThat(told.source().name()).as("the agency is only who was told").isEqualTo("Ivan Petrenko");
    }

    @Test
    void aCapitalisedWordAfterAnInstitutionIsWhoseItIsNotAPersonsName() {
        Attribution a = one("У Міністерстві оборони Литви повідомили, що навчання завершено.", "uk");
        assertThat(a.source().kind()).isEqualTo(org.whosaid.model.SourceKind.ORGANISATION);
        assertThat(a.source().name()).isNotEqualTo("Lytvy");
    }

    @Test
    void officialsOfStatesBeyondTheFormerSovietUnionTakeTheirStatesSide() {
        String[][] cases = {
            {"ru", "Министр иностранных дел Литвы Кястутис Будрис заявил, что Вильнюс закроет еще два пункта пропуска.", "Lithuania"},
            {"uk", "Прем'єр-міністр Фінляндії Петтері Орпо заявив, що кордон залишиться закритим.", "Finland"},
            {"ru", "Министерство обороны Японии сообщило, что китайские корабли вошли в территориальные воды.", "Japan"},
            {"uk", "Міністр закордонних справ Угорщини Петер Сійярто заявив, що Будапешт не підтримає нові санкції.", "Hungary"},
            {"ru", "Армия Пакистана заявила, что индийские беспилотники были сбиты над Лахором.", "Pakistan"},
        };
        for (String[] c : cases) {
            assertThat(one(c[1], c[0]).source().party()).as(c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void theUkrainianWordForDataIsNoDenmark() {
        Attribution a = one("За даними прикордонників, ці дані ще перевіряють.", "uk");
        assertThat(a.source().party()).isNotEqualTo("Denmark");
    }

    @Test
    void aColumnsWriterIsNoSourceAndBritainInUkrainianIsTheUnitedKingdom() {
        assertThat(said("Вчора я написав великий текст про те, що варто очікувати від зустрічі.", "uk")).isEmpty();
        assertThat(said("Мы писали, что переговоры зайдут в тупик.", "ru")).isEmpty();
        Attribution starmer = one("Прем'єр Британії Кір Стармер заявляє: \"Існує реальний шанс на припинення вогню\".", "uk");
        assertThat(starmer.source().party()).isEqualTo("United Kingdom");
    }

    @Test
    void aQuotedClaimEndsAtItsClosingMarkWhenTheWriterGoesOn() {
        Attribution uk = one("Канцлер Німеччини Фрідріх Мерц у своєму дописі пише, що \"є реальна надія на мир\", але у версії"
                + " твіту українською слово \"реальна\" вже опускає.", "uk");
        assertThat(uk.content().text()).isEqualTo("є реальна надія на мир");
        Attribution ru = one("Министр заявил, что «сделка почти готова», однако через час его пресс-служба это опровергла.", "ru");
        assertThat(ru.content().text()).isEqualTo("сделка почти готова");
    }
}
