package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/**
 * The parties of states beyond Europe and the former Soviet Union in Russian and Ukrainian (invented sentences),
 * and the state names whose forms are also common words, listed only in forms that cannot be read as those words.
 */
class SlavicWorldPartiesTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<Attribution> said(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    private static String partyOf(String text, String language) {
        List<Attribution> found = said(text, language);
        assertThat(found).as(text).isNotEmpty();
        return found.get(0).source().party();
    }

    @Test
    void anAfricanMinistryInRussianSpeaksForItsState() {
        assertThat(partyOf("Представитель МИД Нигерии заявил, что переговоры с соседями продолжатся.", "ru"))
                .isEqualTo("Nigeria");
        assertThat(partyOf("Кенийский министр обороны сообщил, что патрули усилены на границе.", "ru"))
                .isEqualTo("Kenya");
    }

    @Test
    void aLatinAmericanMinistryInUkrainianSpeaksForItsState() {
        assertThat(partyOf("Міністерство оборони Бразилії повідомило, що навчання завершилися.", "uk"))
                .isEqualTo("Brazil");
        assertThat(partyOf("Речник уряду Аргентини заявив, що інфляція сповільнилася.", "uk"))
                .isEqualTo("Argentina");
    }

    @Test
    void asianStatesInBothLanguages() {
        assertThat(partyOf("Министр иностранных дел Индонезии заявил, что Джакарта готова к диалогу.", "ru"))
                .isEqualTo("Indonesia");
        assertThat(partyOf("Посольство В'єтнаму повідомило, що громадян евакуйовано.", "uk"))
                .isEqualTo("Vietnam");
    }

    @Test
    void anOceanianGovernmentSpeaksForItsState() {
        assertThat(partyOf("Премьер-министр Австралии заявил, что визит состоится в марте.", "ru"))
                .isEqualTo("Australia");
        assertThat(partyOf("Уряд Нової Зеландії повідомив, що допомогу вже надіслано.", "uk"))
                .isEqualTo("New Zealand");
    }

    @Test
    void aStateOnlyItsAdjectiveNamesIsStillFound() {
        assertThat(partyOf("Тоголезский министр заявил, что выборы пройдут в срок.", "ru")).isEqualTo("Togo");
        assertThat(partyOf("Чадський військовий командувач заявив, що бойовиків відтіснено.", "uk")).isEqualTo("Chad");
    }

    @Test
    void aPronounOrACommonWordLikeAStateNameIsNoParty() {
        // "Того" (Togo) is the pronoun, "омана" (Oman in Ukrainian) a delusion, "ліві" (Лівія) the left
        assertThat(said("Житель того района заявил, что вода пропала ещё утром.", "ru"))
                .isNotEmpty().noneMatch(a -> a.source().party().equals("Togo"));
        assertThat(said("Постраждалі від омани вкладники заявили, що вимагають розслідування.", "uk"))
                .isNotEmpty().noneMatch(a -> a.source().party().equals("Oman"));
        assertThat(said("Ліві депутати заявили, що законопроєкт не підтримають.", "uk"))
                .isNotEmpty().noneMatch(a -> a.source().party().equals("Libya"));
    }

    @Test
    void maliIsNamedOnlyInFormsNoSmallOrMotherMatches() {
        // "Мали" stems to "мал" (малого, small) and Ukrainian "мати" (mother, had) lemmatises to it
        assertThat(said("Представители малого бизнеса заявили, что налоги выросли.", "ru"))
                .isNotEmpty().noneMatch(a -> "Mali".equals(a.source().party()));
        assertThat(said("Мати загиблого бійця заявила, що чекає на розслідування.", "uk"))
                .isNotEmpty().noneMatch(a -> "Mali".equals(a.source().party()));
        assertThat(partyOf("Малийский министр обороны заявил, что колонна вернулась в Бамако.", "ru")).isEqualTo("Mali");
    }

    @Test
    void armedGroupsInBothLanguages() {
        assertThat(partyOf("Речник Сил швидкого реагування заявив, що бійці контролюють більшу частину міста.", "uk"))
                .isEqualTo("Rapid Support Forces");
        assertThat(partyOf("Представитель талибов заявил, что делегация прибудет на переговоры в среду.", "ru"))
                .isEqualTo("Taliban");
        assertThat(partyOf("Представитель движения «Техрик-е Талибан Пакистан» заявил, что перемирие окончено.", "ru"))
                .isEqualTo("Tehreek-e-Taliban Pakistan");
        assertThat(partyOf("Речник Катаїб Хезболла заявив, що атаки на бази припинено.", "uk")).isEqualTo("Kataib Hezbollah");
    }

    @Test
    void aGroupSpokesmanWithoutANameSpeaksForTheGroupNamedBefore() {
        assertThat(partyOf("Бойовики «Боко Харам» напали на село. Речник угруповання заявив, що напад був помстою.", "uk"))
                .isEqualTo("Boko Haram");
    }

    @Test
    void internationalOrganisationsAndMonitors() {
        assertThat(partyOf("В МАГАТЭ заявили, что уровень радиации у станции остаётся в норме.", "ru"))
                .isEqualTo("International Atomic Energy Agency");
        assertThat(partyOf("Правозахисники з Amnesty International заявили, що затриманих катували.", "uk"))
                .isEqualTo("Amnesty International");
        assertThat(partyOf("У «Міжнародній амністії» заявили, що вирок є політично вмотивованим.", "uk"))
                .isEqualTo("Amnesty International");
        assertThat(partyOf("Прокурор Международного уголовного суда заявил, что расследование продолжится.", "ru"))
                .isEqualTo("International Criminal Court");
        assertThat(partyOf("Представник «Лікарів без кордонів» повідомив, що лікарня переповнена.", "uk"))
                .isEqualTo("Doctors Without Borders");
    }

    @Test
    void aNameOrCommonWordLikeAnOrganisationsShortNameIsNoParty() {
        // "МУС" (the ICC) would stem as "Муса" does, "Фано" as "фаны" (fans): neither is listed alone
        assertThat(said("Муса Ахмед заявил, что его дом разрушен при обстреле.", "ru"))
                .isNotEmpty().noneMatch(a -> "International Criminal Court".equals(a.source().party()));
        assertThat(said("Фаны клуба заявили, что бойкотируют следующий матч.", "ru"))
                .isNotEmpty().noneMatch(a -> "Fano".equals(a.source().party()));
        assertThat(partyOf("Представитель ополчения Фано заявил, что колонна вошла в город.", "ru")).isEqualTo("Fano");
    }
}
