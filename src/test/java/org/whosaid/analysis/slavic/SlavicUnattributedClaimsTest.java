package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/**
 * Which Russian and Ukrainian sentences nobody is credited with are listed as unattributed claims: checkable facts,
 * not the writer's opinion, hedges, addresses to the reader or non-events (invented sentences, one per feature).
 */
class SlavicUnattributedClaimsTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<String> claims(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(a -> a.kind() == StatementKind.UNATTRIBUTED).map(a -> a.content().text()).toList();
    }

    @Test
    void checkableFactsAreListedWithTheirScoreAsConfidence() {
        String ru = "Ночью в Тамбовской области в результате падения обломков дрона загорелся склад.";
        String uk = "У Житомирському районі пошкоджено три приватні будинки, постраждали двоє людей.";
        assertThat(claims(ru, "ru")).containsExactly(ru);
        assertThat(claims(uk, "uk")).containsExactly(uk);
        Attribution a = ANALYZER.analyze(uk, "uk").attributions().get(0);
        assertThat(a.confidence()).isGreaterThanOrEqualTo(SlavicCheckWorthiness.THRESHOLD).isLessThanOrEqualTo(1.0);
    }

    @Test
    void courtAndParliamentFactsAreCheckableToo() {
        assertThat(claims("Областной суд приговорил бывшего мэра к восьми годам колонии.", "ru")).hasSize(1);
        assertThat(claims("За законопроєкт у цілому проголосували 241 народний депутат.", "uk")).hasSize(1);
    }

    @Test
    void theWritersOpinionAndVerdictsAreNot() {
        assertThat(claims("Это очень тяжелый и болезненный выбор для всего общества.", "ru")).isEmpty();
        assertThat(claims("Це – справжня ганебна поразка всієї західної дипломатії.", "uk")).isEmpty();
    }

    @Test
    void theFirstPersonAndAnAddressToTheReaderAreNot() {
        assertThat(claims("Мы давно предупреждали об этом наших читателей в прошлом году.", "ru")).isEmpty();
        assertThat(claims("Ми справді хочемо вірити в швидке завершення війни.", "uk")).isEmpty();
        assertThat(claims("Підписуйтесь на наш канал у Telegram, щоб першими дізнаватися новини.", "uk")).isEmpty();
    }

    @Test
    void hedgesAndForecastsAreNot() {
        assertThat(claims("Судя по всему, переговоры могут затянуться до весны.", "ru")).isEmpty();
        assertThat(claims("Ймовірність зустрічі двох лідерів найближчим часом є надзвичайно низькою.", "uk")).isEmpty();
    }

    @Test
    void nonEventsAreNot() {
        assertThat(claims("Украинская сторона эти сообщения пока не комментировала.", "ru")).isEmpty();
        assertThat(claims("Інформація щодо загиблих та поранених наразі уточнюється.", "uk")).isEmpty();
    }

    @Test
    void quotedWordsDoNotCountAsTheWritersOwn() {
        assertThat(SlavicCheckWorthiness.unquoted("Он назвал это «нашей победой» вчера")).isEqualTo("Он назвал это «" + " ".repeat("нашей победой".length()) + "» вчера");
        assertThat(SlavicCheckWorthiness.unquoted("пишуть \"ми\" і „ми“")).isEqualTo("пишуть \"  \" і „  “");
    }

    @Test
    void inAColumnOnlyTheClearestFactsPass() {
        String column = String.join(" ",
                "Война давно стала для многих привычным фоном.", "Это печальная правда нашего времени.",
                "Мы привыкли к новостям и перестали их замечать.", "Наверное, так уж устроен любой человек.",
                "Но привычка опасна, и об этом стоит помнить.", "Общество устало, и это видно каждому.",
                "Политики говорят одно, а думают другое.", "Никто уже не верит громким обещаниям.",
                "Кажется, надежда уходит от нас медленно.", "Нам остается только ждать и надеяться.",
                "Вчера в Курской области при обстреле погибли три человека.");
        assertThat(claims(column, "ru")).containsExactly("Вчера в Курской области при обстреле погибли три человека.");
    }

    @Test
    void aUnitAbbreviationBeforeACapitalEndsTheSentence() {
        List<SlavicSentences.Sentence> s = new SlavicSentences().split(
                "Выделено 324,7 млрд грн. За решение проголосовали 297 депутатов. Собрали 5 тыс. человек.");
        assertThat(s).hasSize(3);
    }

    @Test
    void anAnswerAndAForecastCreditTheirSpeakerSoTheyAreNoUnattributedClaims() {
        String answer = "После паузы вице-премьер Юлия Свириденко ответила: «У нас нет выбора, война идет третий год».";
        String forecast = "По прогнозу регулятора, годовая инфляция снизится до 4% в 2026 году.";
        assertThat(claims(answer, "ru")).isEmpty();
        assertThat(claims(forecast, "ru")).isEmpty();
        assertThat(ANALYZER.analyze(answer, "ru").attributions()).singleElement()
                .satisfies(a -> assertThat(a.source().name()).contains("Sviridenko"));
        assertThat(ANALYZER.analyze(forecast, "ru").attributions()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(StatementKind.CLAIM));
    }
}
