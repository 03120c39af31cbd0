package org.whosaid.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.service.eval.EvalService;

/** Scores the parser on every gold file of the development set, as {@code eval} does, and holds it to a floor. */
class GoldSetTest {

    static Path goldDir() throws URISyntaxException {
        return Path.of(GoldSetTest.class.getResource("/gold").toURI());
    }

    @Test
    void developmentSetStaysAboveItsFloorAndTheSampleAtItsTarget() throws Exception {
        EvalService.Result result = new EvalService().evaluate(List.of(goldDir()), null, null,
                Boolean.getBoolean("whosaid.eval.verbose"));
        System.out.println(result.report());
        assertThat(result.sets()).hasSizeGreaterThanOrEqualTo(46);
        assertThat(result.meanF1()).as(result.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.sets()).as(result.report()).allMatch(s -> s.report().f1() >= 0.80);
        EvalReport toretsk = result.sets().stream().filter(s -> s.gold().endsWith("toretsk.gold.json")).findFirst()
                .orElseThrow().report();
        assertThat(toretsk.f1()).as(toretsk.format(true)).isEqualTo(1.0);
        assertThat(toretsk.disputesMarked()).isEqualTo(toretsk.goldDisputes());
        assertThat(result.report().lines().reduce((a, b) -> b)).hasValueSatisfying(
                last -> assertThat(last).matches("attribution F1 = [01]\\.\\d{3}"));
    }
}
