package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The choice of encoding for undeclared bytes, and which declaration wins. */
class TextDecoderTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @ParameterizedTest
    @ValueSource(strings = {
            "Зеленський написав у X, що українська команда працює над деталями зустрічі.",
            "Минобороны России заявило об освобождении Дзержинска.",
            "Ёж",
    })
    void undeclaredCyrillicIsWindows1251(String text) throws IngestException {
        assertThat(TextDecoder.decode(text.getBytes(CP1251), null, false, "x")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le ministère a démenti, selon l’agence ; « c’est faux », a-t-il ajouté.",
            "Die Behörde erklärte, dass die Straße gesperrt bleibt – für Fußgänger.",
            "El señor Núñez dijo que la situación “es grave”.",
            "naïve café",
    })
    void undeclaredWesternTextIsWindows1252(String text) throws IngestException {
        assertThat(TextDecoder.decode(text.getBytes(CP1252), null, false, "x")).isEqualTo(text);
    }

    @Test
    void validUtf8OutranksAStaleDeclaration() throws IngestException {
        String html = "<meta charset=\"windows-1251\"><p>Торецк — “city”</p>";
        assertThat(TextDecoder.decode(html.getBytes(StandardCharsets.UTF_8), "windows-1251", true, "x")).isEqualTo(html);
    }

    @Test
    void aDeclaredLegacyCharsetIsUsedForBytesThatAreNotUtf8() throws IngestException {
        String text = "Ça coûte 5 €";
        assertThat(TextDecoder.decode(text.getBytes(CP1252), "ISO-8859-1", false, "x")).isEqualTo(text);
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>Київ</p>";
        assertThat(TextDecoder.decode(html.getBytes(CP1251), null, true, "x")).isEqualTo(html);
    }

    @Test
    void unknownDeclarationsAreIgnored() throws IngestException {
        assertThat(TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII), "x-no-such-charset", false, "x"))
                .isEqualTo("plain");
    }

    @Test
    void utf8ReadAsWindows1251IsTellTaleButRussianAndUkrainianAreNot() {
        String russian = "Сообщил представитель Минобороны: Российские войска освободили Сергеевку. Сказал Сергей Соколов.";
        String ukrainian = "Сірий, Сімферополь, Сіверськ і Сіль: СБУ повідомила, що Сили оборони стримують ворога.";
        String garbled = new String(russian.getBytes(StandardCharsets.UTF_8), CP1251);
        assertThat(TextDecoder.isCyrillicMojibake(garbled)).as(garbled).isTrue();
        assertThat(TextDecoder.isCyrillicMojibake(russian)).isFalse();
        assertThat(TextDecoder.isCyrillicMojibake(ukrainian.repeat(5))).isFalse();
        assertThat(TextDecoder.isMojibake(garbled)).isFalse();
    }
}
