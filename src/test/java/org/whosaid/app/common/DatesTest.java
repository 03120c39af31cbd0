package org.whosaid.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 10: the Reader showed raw ISO dates and the Sources ledger "null, undated". */
class DatesTest {
    @Test
    void isoDatesAndDateTimesReadAsWords() {
        assertThat(Dates.human("2024-05-26")).isEqualTo("26 May 2024");
        assertThat(Dates.human("2024-05-26T08:15:00Z")).isEqualTo("26 May 2024");
        assertThat(Dates.human("2024-05-26T08:15:00")).isEqualTo("26 May 2024");
        assertThat(Dates.human("2024-05-26 08:15")).isEqualTo("26 May 2024");
        assertThat(Dates.human("last Tuesday")).isEqualTo("last Tuesday");
        assertThat(Dates.human(null)).isNull();
    }

    @Test
    void aMissingOutletOrDateIsLeftOutNotPrintedAsNull() {
        assertThat(Dates.outletAndDate(null, null)).isEqualTo("undated");
        assertThat(Dates.outletAndDate("Reuters", null)).isEqualTo("Reuters, undated");
        assertThat(Dates.outletAndDate(null, "2024-05-26")).isEqualTo("26 May 2024");
        assertThat(Dates.outletAndDate("Reuters", "2024-05-26")).isEqualTo("Reuters, 26 May 2024");
    }
}
