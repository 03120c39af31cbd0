package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KrippendorffAlphaTest {
    private static List<String> unit(String... values) {
        return Arrays.asList(values);
    }

    /**
     * The example of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), also on Wikipedia: four
     * observers, twelve units, values 1..5, some missing.
     */
    @Test
    void krippendorffsOwnExampleOfFourObserversWithMissingValues() {
        //   unit:  1  2  3  3  2  1  4  1  2  .  .  .     observer A
        //          1  2  3  3  2  2  4  1  2  5  .  3     observer B
        //          .  3  3  3  2  3  4  2  2  5  1  .     observer C
        //          1  2  3  3  2  4  4  1  2  5  1  .     observer D
        // Unit 12 has one value only: it cannot be paired and drops out. In a unit of m values each ordered pair
        // of values counts 1/(m-1); the coincidence matrix o_ck (rows and columns the values 1..5) is
        //        1     2     3     4    5    | n_c
        //   1    7    4/3   1/3   1/3   0    |  9
        //   2   4/3   10    4/3   1/3   0    | 13
        //   3   1/3   4/3    8    1/3   0    | 10
        //   4   1/3   1/3   1/3    4    0    |  5
        //   5    0     0     0     0    3    |  3        n = 40 pairable values
        // sum of unlike coincidences = n - diagonal = 40 - (7 + 10 + 8 + 4 + 3) = 8
        // sum over unlike pairs of n_c * n_k = n^2 - sum n_c^2 = 1600 - (81 + 169 + 100 + 25 + 9) = 1216
        // alpha = 1 - (n - 1) * 8 / 1216 = 1 - 312 / 1216 = 904 / 1216 = 113/152 = 0.743
        List<List<String>> units = List.of(
                unit("1", "1", null, "1"), unit("2", "2", "3", "2"), unit("3", "3", "3", "3"),
                unit("3", "3", "3", "3"), unit("2", "2", "2", "2"), unit("1", "2", "3", "4"),
                unit("4", "4", "4", "4"), unit("1", "1", "2", "1"), unit("2", "2", "2", "2"),
                unit(null, "5", "5", "5"), unit(null, null, "1", "1"), unit(null, "3", null, null));
        assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(113.0 / 152, within(1e-12));
    }

    @Test
    void twoCodersOnTheTwoByTwoTable() {
        // The table of CohenKappaTest (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): 100 values, yes 55, no 45.
        // Each of the 15 disagreeing units adds 1 to o(yes,no) and 1 to o(no,yes): unlike coincidences 30.
        // alpha = 1 - 99 * 30 / (2 * 55 * 45) = 1 - 2970 / 4950 = 1 - 0.6 = 0.4
        List<List<String>> units = new ArrayList<>();
        units.addAll(Collections.nCopies(20, unit("yes", "yes")));
        units.addAll(Collections.nCopies(5, unit("yes", "no")));
        units.addAll(Collections.nCopies(10, unit("no", "yes")));
        units.addAll(Collections.nCopies(15, unit("no", "no")));
        assertThat(KrippendorffAlpha.nominal(units)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void fullAgreementIsOneAndOneValueThroughoutIsUndefined() {
        assertThat(KrippendorffAlpha.nominal(List.of(unit("a", "a"), unit("b", "b", "b")))).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.nominal(List.of(unit("a", "a"), unit("a", "a")))).isNaN();
        assertThat(KrippendorffAlpha.nominal(List.of(unit("a", null)))).isNaN();
    }
}
