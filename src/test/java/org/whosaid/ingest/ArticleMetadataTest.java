package org.whosaid.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Dates as ISO strings, and the page title without the site's name. */
class ArticleMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-02-07                    | 2025-02-07",
            "2025-02-07T10:00:00Z          | 2025-02-07T10:00:00Z",
            "2019-04-28 06:01:07           | 2019-04-28T06:01:07",
            "Fri, 07 Feb 2025 10:00:00 GMT | 2025-02-07",
            "February 7, 2025              | 2025-02-07",
            "7 February 2025               | 2025-02-07",
            "2025/02/07                    | 2025-02-07",
            "updated 2025-02-07 at noon    | 2025-02-07",
    })
    void datesBecomeIso(String written, String iso) {
        assertThat(ArticleMetadata.isoDate(written)).isEqualTo(iso);
    }

    @Test
    void unreadableDatesAreDropped() {
        assertThat(ArticleMetadata.isoDate("last Friday")).isNull();
        assertThat(ArticleMetadata.isoDate("  ")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Kyiv denies Russian claim over Toretsk - Example Times       ; Kyiv denies Russian claim over Toretsk",
            "Example Times | Kyiv denies Russian claim over Toretsk        ; Kyiv denies Russian claim over Toretsk",
            "Short title - Site                                            ; Short title - Site",
            "Kyiv denies Russian claim over the town » World              ; Kyiv denies Russian claim over the town",
    })
    void pageTitlesLoseTheSiteName(String title, String expected) {
        assertThat(ArticleMetadata.pageTitle(Jsoup.parse("<title>" + title + "</title>"))).isEqualTo(expected);
    }
}
