package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/**
 * What real Russian and Ukrainian news pages broke on their first import (aif.ru, news.ru, patrioty.org.ua,
 * bukvy.org), each as an invented sentence of the same build.
 */
class SlavicRealPagesTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    private static List<Attribution> said(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }

    @Test
    void moAloneIsTheDefenceMinistry() {
        Attribution a = said("«Бойцы заняли окраину села, сейчас идёт разминирование», — добавили в МО.", "ru").get(0);
        assertThat(a.source().name()).isEqualTo("Russian Defence Ministry");
    }

    @Test
    void aQuoteOfSeveralSentencesWithItsCueAfterIsOneQuote() {
        List<Attribution> uk = said("“Ситуація на напрямку складна. Ворог атакує щодня. Ми тримаємо позиції”, – йдеться"
                + " у заяві Генштабу.", "uk");
        assertThat(uk).hasSize(1);
        assertThat(uk.get(0).kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(uk.get(0).source().name()).isEqualTo("Ukrainian General Staff");
        assertThat(uk.get(0).content().text()).startsWith("Ситуація").endsWith("позиції");
    }

    @Test
    void straightQuotesNestAndAHyphenIntroducesTheCue() {
        List<Attribution> uk = said("Речник бригади Іван Петренко написав допис у Facebook. \"Нас не питали, але ми"
                + " скажемо. Не публікуйте \"гарячі\" адреси позицій\", - зазначив Петренко.", "uk");
        Attribution quote = uk.get(uk.size() - 1);
        assertThat(quote.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(quote.source().name()).isEqualTo("Ivan Petrenko");
        assertThat(quote.content().text()).startsWith("Нас не питали").endsWith("адреси позицій");
    }

    @Test
    void theStatementNamedByItsReportSpeaksForTheLastSpeaker() {
        List<Attribution> ru = said("Войска заняли высоту у реки, сообщает Министерство обороны России. Подразделения"
                + " продвинулись на два километра, — говорится в сообщении.", "ru");
        assertThat(ru).hasSize(2);
        assertThat(ru.get(1).source().name()).isEqualTo("Russian Defence Ministry");
        assertThat(ru.get(1).content().text()).startsWith("Подразделения продвинулись");
    }

    @Test
    void continuingIsACue() {
        List<Attribution> uk = said("Речник бригади Іван Петренко заявив, що резерви підійшли. \"Ми тримаємо позиції"
                + " і не відступимо\", - продовжив речник.", "uk");
        Attribution quote = uk.get(uk.size() - 1);
        assertThat(quote.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(quote.source().name()).isEqualTo("Ivan Petrenko");
        List<Attribution> ru = said("«Мы держим позиции и не отступим», — продолжил Иван Петров.", "ru");
        assertThat(ru).hasSize(1);
        assertThat(ru.get(0).source().name()).isEqualTo("Ivan Petrov");
    }

    @Test
    void aRoleOfAKnownBodyIsThePersonNamedWithItEarlier() {
        List<Attribution> uk = said("Речник Генштабу ЗСУ Іван Петренко прокоментував новину видання. \"Ми не"
                + " коментуємо чутки про втрати і не будемо\", - продовжив речник Генштабу.", "uk");
        Attribution quote = uk.get(uk.size() - 1);
        assertThat(quote.source().name()).isEqualTo("Ivan Petrenko");
        assertThat(quote.source().party()).isEqualTo("Ukraine");
        List<Attribution> known = said("Речник Генштабу ЗСУ Дмитро Лиховій прокоментував новину. \"Ми не коментуємо"
                + " чутки про втрати\", - продовжив речник Генштабу.", "uk");
        assertThat(known.get(known.size() - 1).source().name()).as("a gazetteer person").isEqualTo("Dmytro Lykhovii");
        List<Attribution> alone = said("\"Ми не коментуємо чутки про втрати\", - заявив речник Генштабу.", "uk");
        assertThat(alone.get(0).source().name()).as("no one named: the body").isEqualTo("Ukrainian General Staff");
    }
}
