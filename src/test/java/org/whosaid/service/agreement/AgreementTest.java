package org.whosaid.service.agreement;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {
    private static Coding coding(String article, int start, String text, String kind, String party, String stance) {
        return new Coding(article, start, start + text.length(), text, kind, party == null ? null : "a " + party + " source",
                party, stance, start);
    }

    // Coder A and coder B on one article:
    //   A1 "the city of Toretsk had fallen to Russian forces"   claim Russia asserts
    //   B1 "Toretsk had fallen to Russian forces"               claim Russia asserts   (6 of A1's 9 words, all of
    //                                                           its own 6: at least half of each, the same statement)
    //   A2 = B2 "Ukrainian units still hold positions in the city"  claim Ukraine; A asserts, B denies
    //   A3 = B3 "we will never give up Toretsk"                  Ukraine asserts; A quote, B claim
    //   A4 "a drone strike killed nine people"                   unattributed, only A
    //   B5 "the ministry said the report was false"              claim Ukraine denies, only B
    private static final List<Coding> A = List.of(
            coding("x", 0, "the city of Toretsk had fallen to Russian forces", "claim", "Russia", "asserts"),
            coding("x", 100, "Ukrainian units still hold positions in the city", "claim", "Ukraine", "asserts"),
            coding("x", 200, "we will never give up Toretsk", "quote", "Ukraine", "asserts"),
            coding("x", 300, "a drone strike killed nine people", "unattributed", null, "asserts"));
    private static final List<Coding> B = List.of(
            coding("x", 12, "Toretsk had fallen to Russian forces", "claim", "russia", "asserts"),
            coding("x", 100, "Ukrainian units still hold positions in the city", "claim", "Ukraine", "denies"),
            coding("x", 200, "we will never give up Toretsk", "claim", "Ukraine", "asserts"),
            coding("x", 400, "the ministry said the report was false", "claim", "Ukraine", "denies"));

    @Test
    void twoCodersFiguresWorkedOutByHand() {
        AgreementReport report = Agreement.compare(List.of("A", "B"), List.of(A, B));

        // units: (A1,B1) (A2,B2) (A3,B3) (A4,-) (-,B5); 3 matched of 4 + 4 statements: F1 = 2*3 / 8 = 0.75
        assertThat(report.units()).hasSize(5);
        AgreementReport.Pair pair = report.pairs().get(0);
        assertThat(pair.matched()).isEqualTo(3);
        assertThat(pair.onlyFirst()).isEqualTo(1);
        assertThat(pair.onlySecond()).isEqualTo(1);
        assertThat(pair.spanF1()).isCloseTo(0.75, within(1e-12));

        // party over the 3 matched (case aside): Russia/Russia, Ukraine/Ukraine, Ukraine/Ukraine: p_o = 1,
        // p_e = (1/3)^2 + (2/3)^2 = 5/9, kappa = (1 - 5/9) / (1 - 5/9) = 1
        assertThat(pair.kappa().get(Field.PARTY)).isEqualTo(1.0);
        // kind: A claim, claim, quote; B claim, claim, claim: p_o = 2/3; p_e = 2/3 * 1 + 1/3 * 0 = 2/3: kappa 0
        assertThat(pair.kappa().get(Field.KIND)).isCloseTo(0.0, within(1e-12));
        // stance: A asserts x3; B asserts, denies, asserts: p_o = 2/3, p_e = 1 * 2/3: kappa 0
        assertThat(pair.kappa().get(Field.STANCE)).isCloseTo(0.0, within(1e-12));

        // alpha, kind: pairable values claim 5, quote 1 (n = 6); unlike coincidences 2 (the quote/claim unit);
        // alpha = 1 - 5 * 2 / (36 - 25 - 1) = 1 - 10/10 = 0. Party: all pairs alike: alpha = 1.
        assertThat(report.alpha().get(Field.KIND)).isCloseTo(0.0, within(1e-12));
        assertThat(report.alpha().get(Field.PARTY)).isEqualTo(1.0);

        // disagreements in text order: stance at 100, kind at 200, A's alone at 300, B's alone at 400
        assertThat(report.disagreements()).extracting(d -> d.unit().anchor().start()).containsExactly(100, 200, 300, 400);
        assertThat(report.disagreements()).extracting(d -> d.describe(report.coders()))
                .containsExactly("stance", "kind", "only coded by A", "only coded by B");
    }

    @Test
    void statementsShareTooFewWordsToBeTheSameOne() {
        // "Toretsk" is 1 of A1's 9 words, less than half: two statements, no match (eval's rule)
        List<Coding> b = List.of(coding("x", 12, "Toretsk", "claim", "Russia", "asserts"));
        AgreementReport report = Agreement.compare(List.of("A", "B"), List.of(A.subList(0, 1), b));
        assertThat(report.pairs().get(0).matched()).isZero();
        assertThat(report.pairs().get(0).spanF1()).isZero();
    }

    @Test
    void statementsOfDifferentArticlesNeverMatch() {
        List<Coding> b = List.of(coding("y", 0, A.get(0).text(), "claim", "Russia", "asserts"));
        AgreementReport report = Agreement.compare(List.of("A", "B"), List.of(A.subList(0, 1), b));
        assertThat(report.units()).hasSize(2);
    }

    @Test
    void aThirdCoderWhoCodedLessCountsWhereTheyCoded() {
        // C coded only the A2/B2 unit, with "denies": stance values per unit
        //   (asserts, asserts, -) (asserts, denies, denies) (asserts, asserts, -) (asserts, -, -) (-, denies, -)
        // pairable: units 1-3, n = 7 values: asserts 5, denies 2
        // unit 2 (m = 3): ordered unlike pairs asserts/denies x2 and denies/asserts x2, each 1/2: 2
        // alpha = 1 - 6 * 2 / (49 - 25 - 4) = 1 - 12/20 = 0.4
        List<Coding> c = List.of(
                coding("x", 101, "units still hold positions in the city", "claim", "Ukraine", "denies"));
        AgreementReport report = Agreement.compare(List.of("A", "B", "C"), List.of(A, B, c));
        assertThat(report.units()).hasSize(5);
        assertThat(report.alpha().get(Field.STANCE)).isCloseTo(0.4, within(1e-12));
        assertThat(report.pairs()).extracting(AgreementReport.Pair::first, AgreementReport.Pair::second)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "B"), org.assertj.core.groups.Tuple.tuple("A", "C"),
                        org.assertj.core.groups.Tuple.tuple("B", "C"));
        // B and C share one unit; both say denies, a single value: kappa undefined
        assertThat(report.pairs().get(2).matched()).isEqualTo(1);
        assertThat(report.pairs().get(2).kappa().get(Field.STANCE)).isNaN();
    }
}
