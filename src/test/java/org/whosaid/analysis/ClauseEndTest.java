package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whosaid.analysis.Engines.attributed;
import static org.whosaid.analysis.Engines.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Attribution;

/** Content that ends with its clause: an opening "While/Although" clause; a second verb of speech after "and" (over "has also") is a statement of its own. */
class ClauseEndTest {

    @Test
    void contentInAnOpeningSubordinateClauseEndsAtItsComma() {
        Attribution a = only("While dock workers say the new timetable is workable, the islanders have called it a disaster.");
        assertThat(a.content().text()).isEqualTo("the new timetable is workable");
        assertThat(only("Although critics argue that the swap rewards kidnappers, the minister called it a fair trade.")
                .content().text()).isEqualTo("the swap rewards kidnappers");
    }

    @Test
    void anOrdinarySentenceKeepsItsCommas() {
        assertThat(only("The coach said the team, tired after the flight, would still play on Sunday.").content().text())
                .isEqualTo("the team, tired after the flight, would still play on Sunday");
    }

    @Test
    void aSecondVerbOfSpeechAfterAndStartsItsOwnStatement() {
        List<Attribution> found = attributed("The harbour master said the quay was safe and has also insisted that no ship was at risk.");
        assertThat(found).extracting(a -> a.content().text())
                .containsExactly("the quay was safe", "no ship was at risk");
        assertThat(found).allMatch(a -> a.source().mention().equals("The harbour master"));
    }
}
