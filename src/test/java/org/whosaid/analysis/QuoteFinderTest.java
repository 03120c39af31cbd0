package org.whosaid.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> contents(String text) {
        return finder.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void findsCurlyQuotesWithEllipsesInside() {
        String text = "“We always appreciate working with President Trump… We also plan to hold meetings,” Zelensky wrote on X.";
        assertThat(contents(text)).containsExactly(
                "We always appreciate working with President Trump… We also plan to hold meetings,");
    }

    @Test
    void findsQuotesInDoubledApostrophesButNotAPluralPossessive() {
        String text = "''It's more tinkering at the edges,'' said Alan Cole, an economist. ''I wouldn't call it reform.'' "
                + "The states'' budgets were cut.";
        assertThat(contents(text)).containsExactly("It's more tinkering at the edges,", "I wouldn't call it reform.");
    }

    @Test
    void findsStraightQuotesAndKeepsApostrophesInside() {
        String text = "\"It's likely that gaining greater confidence will take longer,\" Powell said. \"We're patient.\"";
        assertThat(contents(text)).containsExactly("It's likely that gaining greater confidence will take longer,", "We're patient.");
    }

    @Test
    void findsGuillemetsAndGermanQuotes() {
        assertThat(contents("«Nothing is won», Le Pen told supporters.")).containsExactly("Nothing is won");
        assertThat(contents("„Zölle sind immer nur das letzte Mittel“, Habeck sagte.")).containsExactly("Zölle sind immer nur das letzte Mittel");
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuote() {
        String text = "“They told us ‘leave now’ and we ran,” said a resident.";
        assertThat(contents(text)).containsExactly("They told us ‘leave now’ and we ran,");
    }

    @Test
    void aQuoteContinuedOverParagraphsIsOneQuote() {
        String text = "He said:\n“Having reflected on the bill, I concede.\n“And therefore, I will not sign it.”\nThe bill was withdrawn.";
        List<Quote> quotes = finder.find(text);
        assertThat(quotes).hasSize(1);
        assertThat(text.substring(quotes.get(0).contentStart(), quotes.get(0).contentEnd()))
                .isEqualTo("Having reflected on the bill, I concede.\n“And therefore, I will not sign it.");
        assertThat(quotes.get(0).closed()).isTrue();
    }

    @Test
    void anUnbalancedQuoteEndsWithItsParagraph() {
        String text = "“This quote never closes, the reporter forgot.\nA new paragraph starts here.";
        List<Quote> quotes = finder.find(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).closed()).isFalse();
        assertThat(quotes.get(0).end()).isLessThanOrEqualTo(text.indexOf('\n'));
    }

    @Test
    void aStrayClosingMarkIsNoQuote() {
        assertThat(finder.find("Prices rose” sharply on Monday.")).isEmpty();
        assertThat(finder.find("")).isEmpty();
    }
}
