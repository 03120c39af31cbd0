package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whosaid.analysis.TopicLinker;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;

/** A speaker named in any case is stored in the nominative (invented sentences and names). */
class SlavicNamesTest {
    private static final SlavicAnalyzer ANALYZER = SlavicAnalyzer.withLexicon(null, TopicLinker.withBundledLexicon());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "По словам военного эксперта Андрея Марочко, противник отступил. | ru | Андрей Марочко",
            "По словам Ивана Петрова, переговоры отложены. | ru | Иван Петров",
            "По мнению Марии Захаровой, это провокация. | ru | Мария Захарова",
            "По словам Натальи Ковальской, обстрел продолжался час. | ru | Наталья Ковальская",
            "Как сообщил Олег Смирнов, колонна вышла утром. | ru | Олег Смирнов",
            "Анна Петрова заявила, что эвакуация завершена. | ru | Анна Петрова",
            "По словам Игоря Сергеевича Ломакина, атака отражена. | ru | Игорь Сергеевич Ломакин",
            "За словами Олександра Мельницького, ситуація складна. | uk | Олександр Мельницький",
            "За словами Кирила Степанова, розвідка має дані. | uk | Кирило Степанов",
            "За даними Миколи Коваленка, ворог відступив. | uk | Микола Коваленко",
            "Як зазначила Олена Петренко, світла немає. | uk | Олена Петренко",
    })
    void aNameInAnyCaseIsStoredInTheNominative(String sentence, String language, String nominative) {
        Attribution a = said(sentence, language).get(0);
        assertThat(a.source().aliases()).as(a.source().toString()).contains(nominative);
        assertThat(a.source().mention()).as("the mention stays as written").isNotBlank();
        assertThat(sentence).contains(a.source().mention());
    }

    @Test
    void theLatinNameIsTheNominativesTransliteration() {
        Attribution a = said("По словам военного эксперта Андрея Марочко, противник отступил.", "ru").get(0);
        assertThat(a.source().name()).isEqualTo("Andrey Marochko");
        Attribution b = said("За словами речника Сергія Братчука, десант відбито.", "uk").get(0);
        assertThat(b.source().aliases()).contains("Сергій Братчук");
    }

    @Test
    void theGenitiveAndTheNominativeAreOnePerson() {
        List<Attribution> all = said("По словам Андрея Марочко, противник отступил. Марочко добавил, что бои"
                + " продолжаются.", "ru");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).source().name()).isEqualTo(all.get(0).source().name());
    }

    @Test
    void anIndeclinableSurnameStaysAsWritten() {
        Attribution a = said("По словам Сергея Шойгу, наступление идёт по плану.", "ru").get(0);
        assertThat(a.source().aliases()).contains("Сергей Шойгу");
    }

    private static List<Attribution> said(String text, String language) {
        return ANALYZER.analyze(text, language).attributions().stream()
                .filter(x -> x.kind() != StatementKind.UNATTRIBUTED).toList();
    }
}
