package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CohenKappaTest {
    /** Adds {@code count} units on which the first coder said {@code a} and the second {@code b}. */
    private static void add(List<String> first, List<String> second, String a, String b, int count) {
        first.addAll(Collections.nCopies(count, a));
        second.addAll(Collections.nCopies(count, b));
    }

    @Test
    void theTwoByTwoTableGivesFourTenths() {
        //              B yes  B no
        //   A yes        20     5     (A: 25 yes of 50)
        //   A no         10    15     (B: 30 yes of 50)
        // p_o = (20 + 15) / 50 = 0.7
        // p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.3 + 0.2 = 0.5
        // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        add(a, b, "no", "no", 15);
        assertThat(CohenKappa.of(a, b)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void threeStancesOverTenStatements() {
        //                 B asserts  B denies  B questions
        //   A asserts         4          1          0        (A: 5 asserts, 3 denies, 2 questions)
        //   A denies          0          3          0        (B: 5 asserts, 4 denies, 1 questions)
        //   A questions       1          0          1
        // p_o = (4 + 3 + 1) / 10 = 0.8
        // p_e = (5*5 + 3*4 + 2*1) / 100 = 0.39
        // kappa = (0.8 - 0.39) / (1 - 0.39) = 0.41 / 0.61 = 41/61
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "asserts", "asserts", 4);
        add(a, b, "asserts", "denies", 1);
        add(a, b, "denies", "denies", 3);
        add(a, b, "questions", "asserts", 1);
        add(a, b, "questions", "questions", 1);
        assertThat(CohenKappa.of(a, b)).isCloseTo(41.0 / 61, within(1e-12));
    }

    @Test
    void fullAgreementIsOneAndAgreementNoBetterThanChanceIsZero() {
        assertThat(CohenKappa.of(List.of("a", "b", "a"), List.of("a", "b", "a"))).isEqualTo(1.0);
        // p_o = 2/4; each coder says a half the time, so p_e = 0.5*0.5 + 0.5*0.5 = 0.5: kappa 0
        assertThat(CohenKappa.of(List.of("a", "a", "b", "b"), List.of("a", "b", "a", "b"))).isEqualTo(0.0);
    }

    @Test
    void isUndefinedWithoutUnitsOrWhenOneValueIsUsedThroughout() {
        assertThat(CohenKappa.of(List.of(), List.of())).isNaN();
        // p_e = 1: nothing is left for agreement beyond chance to explain
        assertThat(CohenKappa.of(List.of("a", "a"), List.of("a", "a"))).isNaN();
    }
}
