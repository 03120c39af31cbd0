package org.whosaid.service.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Agreement between coders of the same articles: their statements lined up into units, and the figures on them. */
public final class Agreement {
    private Agreement() {
    }

    /** Compares the coders' statements ({@code codings.get(i)} are coder i's); two coders at least. */
    public static AgreementReport compare(List<String> coders, List<List<Coding>> codings) {
        if (coders.size() < 2 || coders.size() != codings.size()) {
            throw new IllegalArgumentException("agreement needs two coders or more, each with their statements");
        }
        if (coders.stream().distinct().count() != coders.size()) {
            throw new IllegalArgumentException("each coder needs a name of their own: " + String.join(", ", coders));
        }
        List<Unit> units = UnitMatcher.match(codings);
        Map<Field, Double> alpha = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            List<List<String>> values = new ArrayList<>();
            for (Unit unit : units) {
                values.add(unit.codings().stream().map(c -> c == null ? null : field.of(c)).toList());
            }
            alpha.put(field, KrippendorffAlpha.nominal(values));
        }
        List<AgreementReport.Pair> pairs = new ArrayList<>();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                pairs.add(pair(coders, codings, units, a, b));
            }
        }
        List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
        for (Unit unit : units) {
            List<Field> fields = unit.disagreeingFields();
            if (!fields.isEmpty() || unit.spanDisagrees()) {
                disagreements.add(new AgreementReport.Disagreement(unit, fields, unit.spanDisagrees()));
            }
        }
        return new AgreementReport(coders, codings.stream().map(List::size).toList(), alpha, pairs, units,
                disagreements);
    }

    private static AgreementReport.Pair pair(List<String> coders, List<List<Coding>> codings, List<Unit> units,
                                             int a, int b) {
        List<Unit> both = units.stream().filter(u -> u.codedBy(a) && u.codedBy(b)).toList();
        int matched = both.size();
        int all = codings.get(a).size() + codings.get(b).size();
        Map<Field, Double> kappa = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            kappa.put(field, CohenKappa.of(both.stream().map(u -> field.of(u.of(a))).toList(),
                    both.stream().map(u -> field.of(u.of(b))).toList()));
        }
        return new AgreementReport.Pair(coders.get(a), coders.get(b), matched, codings.get(a).size() - matched,
                codings.get(b).size() - matched, all == 0 ? Double.NaN : 2.0 * matched / all, kappa);
    }
}
