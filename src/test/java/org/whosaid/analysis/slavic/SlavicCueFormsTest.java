package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.model.Stance;

/**
 * Every form of the cue verbs issue 14 names (gender, number, tense, aspect, participles) reaches its cue: Russian
 * through the Snowball stemmer, Ukrainian through the dictionary's lemma. Most forms here are not in slavic.json.
 */
class SlavicCueFormsTest {
    private static final JsonNode FILE = SlavicLexicon.read(null);
    private static final SlavicLexicon RUSSIAN = new SlavicLexicon(FILE, new SlavicTokens(false));
    private static final SlavicLexicon UKRAINIAN = new SlavicLexicon(FILE, new SlavicTokens(true));

    private static Stance russian(String form) {
        return RUSSIAN.cueStems.get(new SlavicTokens(false).keyOf(form));
    }

    private static Stance ukrainian(String form) {
        return UKRAINIAN.cueStems.get(new SlavicTokens(true).keyOf(form));
    }

    @ParameterizedTest
    @ValueSource(strings = {"заявил", "заявила", "заявило", "заявили", "заявляет", "заявляют", "заявлял", "заявляла",
        "заявит", "заявят", "заявив", "заявивший", "заявившая", "заявившие", "сообщил", "сообщила", "сообщили",
        "сообщает", "сообщают", "сообщал", "сообщит", "сообщив", "сообщивший", "отметил", "отметила", "отметили",
        "отмечает", "отмечал", "отметив", "подчеркнул", "подчеркнула", "подчеркнули", "подчеркивает", "подчеркнув",
        "добавил", "добавила", "добавили", "добавляет", "добавив", "уточнил", "уточнила", "уточнили", "уточняет",
        "уточнив", "пояснил", "пояснила", "пояснили", "поясняет", "пояснив", "назвал", "назвала", "назвали",
        "называет", "назвав", "обвинил", "обвинила", "обвинили", "обвиняет", "обвинив"})
    void russianAssertingCuesInEveryForm(String form) {
        assertThat(russian(form)).as(form).isEqualTo(Stance.ASSERTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"опроверг", "опровергла", "опровергло", "опровергли", "опровергает", "опровергают",
        "опровергал", "опровергнул", "опровергнув", "отрицает", "отрицают", "отрицал", "отрицала", "отрицали", "отверг",
        "отвергла", "отвергли"})
    void russianDenialCuesInEveryForm(String form) {
        assertThat(russian(form)).as(form).isEqualTo(Stance.DENIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"заявив", "заявила", "заявило", "заявили", "заявляє", "заявляють", "заявляв", "заявляла",
        "заявить", "заявлятиме", "заявивши", "повідомив", "повідомила", "повідомили", "повідомило", "повідомляє",
        "повідомляють", "повідомляв", "повідомивши", "зазначив", "зазначила", "зазначили", "зазначає", "зазначають",
        "зазначивши", "наголосив", "наголосила", "наголосили", "наголошує", "наголошують", "наголосивши", "додав",
        "додала", "додали", "додає", "додають", "додавши", "уточнив", "уточнила", "уточнили", "уточнює", "уточнивши",
        "пояснив", "пояснила", "пояснили", "пояснює", "назвав", "назвала", "назвали", "називає", "назвавши",
        "звинуватив", "звинуватила", "звинуватили", "звинувачує", "звинувачують", "каже", "кажуть", "казав", "сказала"})
    void ukrainianAssertingCuesInEveryForm(String form) {
        assertThat(ukrainian(form)).as(form).isEqualTo(Stance.ASSERTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"спростував", "спростувала", "спростували", "спростовує", "спростовують", "спростувавши",
        "заперечив", "заперечила", "заперечили", "заперечує", "заперечують", "відкинув", "відкинула", "відкинули"})
    void ukrainianDenialCuesInEveryForm(String form) {
        assertThat(ukrainian(form)).as(form).isEqualTo(Stance.DENIES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"напомнил", "напомнила", "напомнили", "напоминает", "напомнив", "проинформировал",
        "проинформировали", "проинформировала", "поинформировал", "поинформировали", "информируют"})
    void russianRemindingAndInformingCues(String form) {
        assertThat(russian(form)).as(form).isEqualTo(Stance.ASSERTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"нагадав", "нагадала", "нагадали", "нагадує", "нагадують", "проінформував",
        "проінформували", "поінформував", "поінформувала", "повідомили"})
    void ukrainianRemindingAndInformingCues(String form) {
        assertThat(ukrainian(form)).as(form).isEqualTo(Stance.ASSERTS);
    }

    @Test
    void nounsThatShareACueVerbsRootAreNoCue() {
        for (String noun : List.of("заяви", "заява", "заявою", "повідомлення", "спростування")) {
            assertThat(ukrainian(noun)).as(noun).isNull();
        }
        for (String noun : List.of("заявление", "заявления", "сообщение", "сообщения")) {
            assertThat(russian(noun)).as(noun).isNull();
        }
    }

    @Test
    void ukrainianCasesOfOneNounShareTheirLemma() {
        SlavicTokens t = new SlavicTokens(true);
        assertThat(List.of("Генштаб", "Генштабу", "Генштабом").stream().map(w -> t.keyOf(w)))
                .containsOnly("генштаб");
        assertThat(List.of("Торецьк", "Торецька", "Торецьку").stream().map(w -> t.keyOf(w)))
                .containsOnly("торецьк");
    }
}
