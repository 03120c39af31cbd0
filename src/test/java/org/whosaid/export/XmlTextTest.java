package org.whosaid.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.whosaid.model.XmlText;

/** What XML 1.0 allows stays; what it forbids becomes U+FFFD, in every XML or HTML writer. */
class XmlTextTest {
    @Test
    void keepsEverythingXmlAllows() {
        String allowed = "tab\there\nnew line\r\u00E9 \uD83D\uDEF0 \uE000 \uFFFD";
        assertThat(XmlText.clean(allowed)).isSameAs(allowed);
    }

    @Test
    void replacesEachForbiddenCharacterByOneReplacementCharacter() {
        assertThat(XmlText.clean("\u0000\u0008\u000B\u000E\u001F\uFFFE\uFFFF\uDC00x\uD800"))
                .isEqualTo("\uFFFD".repeat(8) + "x\uFFFD");
    }

    @Test
    void theHtmlReportEscapesThemToo() {
        assertThat(HtmlReportExporter.escape("<b>\u0001\u001B</b>")).isEqualTo("&lt;b&gt;\uFFFD\uFFFD&lt;/b&gt;");
    }
}
