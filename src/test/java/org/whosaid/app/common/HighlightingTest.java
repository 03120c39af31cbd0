package org.whosaid.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Origin;
import org.whosaid.model.Party;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;

public class HighlightingTest {
    static final String TEXT = "Kyiv said \u201cwe hold the city\u201d and denied it fell, a source said.";
    static final List<Party> PARTIES = List.of(new Party(1, "Russia", "#d64545"), new Party(2, "Ukraine", "#2f7fd8"));

    static Statement statement(long id, StatementKind kind, int start, int end, Span cue, String party, Status status) {
        return new Statement(id, 1, kind, Span.of(TEXT, start, end), cue, party == null ? null : 5L, "Kyiv", "Kyiv",
                null, party, Stance.ASSERTS, null, List.of(), Origin.PARSER, "r", 1, status, List.of(), null, 0, null);
    }

    public static Collection<String> at(StyleSpans<Collection<String>> spans, int index) {
        int position = 0;
        for (var span : spans) {
            if (index < position + span.getLength()) {
                return span.getStyle();
            }
            position += span.getLength();
        }
        throw new AssertionError("index " + index + " outside the spans");
    }

    @Test
    void overlappingQuoteAndClaimKeepBothMarksAndTheCueIsBold() {
        int quoteStart = TEXT.indexOf('\u201c');
        int quoteEnd = TEXT.indexOf('\u201d') + 1;
        Statement claim = statement(1, StatementKind.CLAIM, 0, TEXT.indexOf(','), Span.of(TEXT, 5, 9), "Ukraine",
                Status.ACTIVE);
        Statement quote = statement(2, StatementKind.QUOTE, quoteStart, quoteEnd, null, "Russia", Status.ACTIVE);
        StyleSpans<Collection<String>> spans = Highlighting.compute(TEXT.length(), List.of(claim, quote), PARTIES, 2L);

        assertThat(at(spans, quoteStart + 2)).contains(Highlighting.CLAIM, "c-p2", Highlighting.QUOTE, "q-p1",
                Highlighting.SELECTED);
        assertThat(at(spans, 6)).contains(Highlighting.CUE, "c-p2");
        assertThat(at(spans, TEXT.length() - 2)).isEmpty();
        assertThat(spans.length()).isEqualTo(TEXT.length());
    }

    @Test
    void unattributedIsMarkedAsSuchAndRejectedIsNotMarked() {
        Statement unattributed = statement(1, StatementKind.UNATTRIBUTED, 0, 4, null, null, Status.ACTIVE);
        Statement rejected = statement(2, StatementKind.QUOTE, 10, 20, null, "Russia", Status.REJECTED);
        StyleSpans<Collection<String>> spans = Highlighting.compute(TEXT.length(), List.of(unattributed, rejected),
                PARTIES, null);
        assertThat(at(spans, 1)).containsExactly(Highlighting.UNATTRIBUTED);
        assertThat(at(spans, 12)).isEmpty();
    }

    @Test
    void partyStylesheetGivesEachPartyItsColour() {
        String css = Highlighting.partyStylesheet(PARTIES);
        assertThat(css).contains(".q-p1 { -rtfx-background-color: #d6454559; }", ".c-p2 { -rtfx-underline-color: #2f7fd8;");
        assertThat(Highlighting.partyKey("ukraine", PARTIES)).isEqualTo("p2");
        assertThat(Highlighting.partyKey("Mars", PARTIES)).isEqualTo("pnone");
    }

    @Test
    void anEmptyTextHasNoMarks() {
        assertThat(Highlighting.compute(0, List.of(), PARTIES, null).length()).isZero();
    }
}
