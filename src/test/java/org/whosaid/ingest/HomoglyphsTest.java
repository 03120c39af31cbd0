package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented sentences with words spelt in two scripts, and words that are mixed on purpose. */
class HomoglyphsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Latin a, o, e, p, c inside Russian words
        "Пресс-секретарь Зaявил, что Минoбoрoны прoверит дaнные. | Пресс-секретарь Заявил, что Минобороны проверит данные.",
        "В Генштабе ЗСУ пoвідoмили прo aтaку. | В Генштабе ЗСУ повідомили про атаку.",
        "ПРEСС-СЛУЖБA МИНИСТEРСТВA | ПРЕСС-СЛУЖБА МИНИСТЕРСТВА",
        // Cyrillic е, о, а inside English words
        "Rеuters said the Ministry of Dеfence had not cоmmented. | Reuters said the Ministry of Defence had not commented.",
    })
    void mendsWordsSpeltInTwoScripts(String text, String mended) {
        String fixed = Homoglyphs.fix(text);
        assertThat(fixed).isEqualTo(mended).hasSameSizeAs(text);
        assertThat(fixed.chars().filter(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z').count())
                .isEqualTo(mended.chars().filter(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z').count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Истребитель МиГ-29 и самолёт Су-34 поднялись в воздух.",
        "Продажи iPhone в России упали, сообщил Reuters.",
        "Генсек NATO прибыл в Киев; в НАТО это подтвердили.",
        "Акции Gazпром выросли.",
        "The village of Іванівське was shelled, the ministry said.",
    })
    void leavesWordsOfOneScriptAndTrulyMixedWordsAlone(String text) {
        assertThat(Homoglyphs.fix(text)).isEqualTo(text);
    }

    @Test
    void aShortWordWithAsManyLatinAsCyrillicLettersIsNotGuessed() {
        assertThat(Homoglyphs.fix("Он пришёл нa работу.")).isEqualTo("Он пришёл нa работу.");
        assertThat(Homoglyphs.fix(null)).isNull();
    }
}
