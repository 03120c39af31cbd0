package org.whosaid.service.agreement;

import java.util.List;
import java.util.Map;

/**
 * How far the coders agree: per field Krippendorff's alpha over every unit two or more of them coded, and for each
 * pair of coders the span agreement (F1 of one's statements against the other's) and Cohen's kappa per field over the
 * units both coded; then every unit they disagree on. A figure that is undefined (too few units, or one value
 * throughout) is NaN.
 */
public record AgreementReport(List<String> coders, List<Integer> statements, Map<Field, Double> alpha,
                              List<Pair> pairs, List<Unit> units, List<Disagreement> disagreements) {
    public AgreementReport {
        coders = List.copyOf(coders);
        statements = List.copyOf(statements);
        alpha = Map.copyOf(alpha);
        pairs = List.copyOf(pairs);
        units = List.copyOf(units);
        disagreements = List.copyOf(disagreements);
    }

    /**
     * Two coders compared: statements both have ({@code matched}), only the first, only the second; span F1 is
     * 2 * matched / (all of the first's + all of the second's); kappa per field over the matched ones.
     */
    public record Pair(String first, String second, int matched, int onlyFirst, int onlySecond, double spanF1,
                       Map<Field, Double> kappa) {
        public Pair {
            kappa = Map.copyOf(kappa);
        }
    }

    /** A unit the coders disagree on: the fields whose values differ, and whether some coder lacks it altogether. */
    public record Disagreement(Unit unit, List<Field> fields, boolean span) {
        public Disagreement {
            fields = List.copyOf(fields);
        }

        /** "kind, stance" or "only coded by Maria". */
        public String describe(List<String> coders) {
            StringBuilder what = new StringBuilder();
            if (span) {
                List<String> who = new java.util.ArrayList<>();
                for (int i = 0; i < coders.size(); i++) {
                    if (unit.codedBy(i)) {
                        who.add(coders.get(i));
                    }
                }
                what.append("only coded by ").append(String.join(", ", who));
            }
            if (!fields.isEmpty()) {
                if (what.length() > 0) {
                    what.append("; ");
                }
                what.append(String.join(", ", fields.stream().map(Field::label).toList()));
            }
            return what.toString();
        }
    }
}
