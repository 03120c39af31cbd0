package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/** One invented sentence per mechanism of the Russian and Ukrainian analysis. */
class SlavicAnalyzerTest {
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
    void quoteWithCueAfterItInEveryGender() {
        for (String cue : List.of("заявил", "заявила", "заявили", "сообщил", "подчеркнула", "добавили")) {
            Attribution a = one("«Наши подразделения продолжают наступление на всех направлениях», — " + cue
                    + " Игорь Конашенков.", "ru");
            assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
            assertThat(a.content().text()).isEqualTo("Наши подразделения продолжают наступление на всех направлениях");
            assertThat(a.source().name()).isEqualTo("Igor Konashenkov");
            assertThat(a.source().party()).isEqualTo("Russia");
            assertThat(a.cue().text()).isEqualTo(cue);
        }
    }

    @Test
    void quoteAfterColonInUkrainian() {
        Attribution a = one("Речник угруповання Віктор Трегубов наголосив: „Місто залишається під нашим контролем“.", "uk");
        assertThat(a.kind()).isEqualTo(StatementKind.QUOTE);
        assertThat(a.content().text()).isEqualTo("Місто залишається під нашим контролем");
        assertThat(a.source().name()).isEqualTo("Viktor Tregubov");
        assertThat(a.source().party()).isEqualTo("Ukraine");
    }

    @Test
    void dashIntroducedDirectSpeech() {
        String text = "Командир роты Андрей Кузнецов заявил, что бой длился всю ночь.\n"
                + "— Противник пытался прорваться ночью, — сказал Кузнецов. — Атака была отбита к утру.";
        List<Attribution> found = said(text, "ru").stream().filter(x -> x.kind() == StatementKind.QUOTE).toList();
        assertThat(found).extracting(x -> x.content().text())
                .containsExactly("Противник пытался прорваться ночью", "Атака была отбита к утру");
        assertThat(found).allMatch(x -> x.source().name().equals("Andrey Kuznetsov"));
    }

    @Test
    void reportedClaimWithThatAndCaseInflectedSource() {
        Attribution a = one("В Генштабе ВСУ заявили, что противник потерял за сутки более тысячи военнослужащих.", "ru");
        assertThat(a.kind()).isEqualTo(StatementKind.CLAIM);
        assertThat(a.source().name()).isEqualTo("Ukrainian General Staff");
        assertThat(a.source().mention()).isEqualTo("Генштабе ВСУ");
        assertThat(a.content().text()).isEqualTo("противник потерял за сутки более тысячи военнослужащих");
    }

    @Test
    void accordingToFramesInBothLanguages() {
        Attribution ru = one("По словам Дмитрия Пескова, переговоры пока не запланированы.", "ru");
        assertThat(ru.source().name()).isEqualTo("Dmitry Peskov");
        assertThat(ru.content().text()).isEqualTo("переговоры пока не запланированы");
        Attribution uk = one("За даними Генштабу ЗСУ, ворог здійснив сорок атак.", "uk");
        assertThat(uk.source().name()).isEqualTo("Ukrainian General Staff");
        Attribution how = one("Як повідомляє Офіс президента, зустріч відбудеться наступного тижня.", "uk");
        assertThat(how.source().name()).isEqualTo("Ukrainian Presidential Office");
        Attribution per = one("Согласно Минобороны России, удар был нанесен высокоточным оружием.", "ru");
        assertThat(per.source().name()).isEqualTo("Russian Defence Ministry");
    }

    @Test
    void aboutThisCreditsTheSentenceBefore() {
        List<Attribution> found = said("Над регионом сбиты шесть беспилотников. Об этом сообщили в Минобороны России.", "ru");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().text()).isEqualTo("Над регионом сбиты шесть беспилотников");
        assertThat(found.get(0).source().name()).isEqualTo("Russian Defence Ministry");
    }

    @Test
    void telegramAndOpinionCues() {
        Attribution a = one("Губернатор Белгородской области Вячеслав Гладков в Telegram написал, что пострадавших нет.", "ru");
        assertThat(a.source().name()).isEqualTo("Vyacheslav Gladkov");
        assertThat(a.content().text()).isEqualTo("пострадавших нет");
        Attribution b = one("Військовий експерт Олег Жданов вважає, що наступ триватиме до осені.", "uk");
        assertThat(b.source().name()).isEqualTo("Oleh Zhdanov");
    }

    @Test
    void denialsAreMarked() {
        Attribution a = one("Генштаб ЗСУ спростував інформацію про захоплення Торецька.", "uk");
        assertThat(a.stance()).isEqualTo(Stance.DENIES);
        assertThat(a.topic()).isEqualTo("toretsk-control");
        Attribution b = one("Пресс-секретарь Кремля назвал фейком сообщения о переговорах.", "ru");
        assertThat(b.stance()).isEqualTo(Stance.DENIES);
        assertThat(b.source().name()).isEqualTo("Dmitry Peskov");
    }

    @Test
    void invertedCueAfterTheContent() {
        Attribution a = one("Российские войска освободили населенный пункт Дзержинск, сообщило Минобороны России.", "ru");
        assertThat(a.content().text()).isEqualTo("Российские войска освободили населенный пункт Дзержинск");
        assertThat(a.topic()).isEqualTo("toretsk-control");
        assertThat(a.stance()).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void anonymousAndVagueSourcesAreFlagged() {
        Attribution a = one("Источник в силовых структурах сообщил, что задержаны двое подозреваемых.", "ru");
        assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
        assertThat(a.flags()).contains(SlavicSpeakers.ANONYMOUS);
        Attribution b = one("Военкоры утверждают, что бои идут на окраинах города.", "ru");
        assertThat(b.flags()).contains(SlavicSpeakers.VAGUE);
        assertThat(b.source().party()).isEqualTo("Russia");
    }

    @Test
    void pronounsAndInflectedNamesResolveToTheSameSource() {
        List<Attribution> found = said("Сырский заявил, что фронт стабилен. Он также отметил, что резервы подходят. "
                + "По словам Сырского, ситуация под контролем.", "ru");
        assertThat(found).hasSize(3).allMatch(x -> x.source().name().equals("Oleksandr Syrskyi"));
    }

    @Test
    void latinLookAlikesInsideCyrillicWordsStillMatch() {
        // "Минoбороны" with a Latin o, "заявилo" with a Latin o
        Attribution a = one("В Минoбороны России заявилo, что удар отражен.", "ru");
        assertThat(a.source().name()).isEqualTo("Russian Defence Ministry");
    }

    @Test
    void sentencesWithoutASourceAreUnattributed() {
        Analysis a = ANALYZER.analyze("Бои в районе города продолжаются уже третью неделю.", "ru");
        assertThat(a.attributions()).singleElement().extracting(Attribution::kind).isEqualTo(StatementKind.UNATTRIBUTED);
    }
}
