package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences in each language the detector tells apart. */
class LanguageDetectorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia's Defence Ministry said on Sunday that its forces had taken the town. | en",
        "Министерство обороны России сообщило, что подразделения заняли выгодные рубежи. | ru",
        "Генеральний штаб ЗСУ повідомив, що оборонці відбили шість атак біля міста. | uk",
        "Das Verteidigungsministerium teilte mit, dass die Stadt nicht eingenommen wurde und die Lage ruhig ist. | de",
        "Le ministère a déclaré que la ville est toujours sous le contrôle des forces et que les combats continuent. | fr",
        "Ministerstvo oborony Rossii zayavilo, chto vojska vzyali gorod, soobshchil istochnik, eto bylo uzhe vo vtornik. | ru-Latn",
        "Η κυβέρνηση ανακοίνωσε σήμερα ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα. | el",
        "Ок. | und",
    })
    void tellsLanguagesApart(String text, String code) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Po slovam Peskova, peregovory na etoy nedele ne planiruyutsya, a pozitsiya Moskvy ostayotsya prezhney. | ru-Latn",
        "Minoborony Rossii zayavilo, chto podrazdeleniya zanyali vygodnyye rubezhi na Donetskom napravlenii. | ru-Latn",
        "Glava regiona soobshchil o novom udare po gorodu, v rezultate kotorogo postradali zhiteli. | ru-Latn",
        "The spokesman said on Monday that talks would not resume this week, and the ministry gave no details. | en",
        "Rzecznik powiedział, że rozmowy nie zostaną wznowione w tym tygodniu, a ministerstwo nie podało szczegółów. | pl",
        "Mluvčí uvedl, že jednání se tento týden neobnoví a ministerstvo na to nepodalo žádné podrobnosti. | cs",
        "Zelenskiy said in Kharkiv that Zaporizhzhia and Zhytomyr were shelled and the mayor of Kherson was safe. | en",
        "Der Sprecher sagte am Montag, dass die Gespräche in dieser Woche nicht wieder aufgenommen werden. | de",
    })
    void tellsRussianInLatinLettersFromTheLatinLanguages(String text, String code) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a Russian article quoting a Ukrainian official is still Russian
        "Как сообщает агентство, глава региона заявил, что «ситуація під контролем», и это не первый случай. | ru",
        // an English article with a Cyrillic name is English
        "The ministry said the village of Ivanivske, written Іванівське in Ukrainian, had been shelled overnight. | en",
    })
    void mixedScriptTextGoesToItsMainLanguage(String text, String code) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(code);
    }
}
