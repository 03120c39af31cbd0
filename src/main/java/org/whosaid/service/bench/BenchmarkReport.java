package org.whosaid.service.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code bench} measured: each figure beside its goal, the machine it ran on, and notes a reader needs to
 * judge the numbers. Rendered as one Markdown document, printed and written to {@code docs/benchmarks.md} alike.
 * {@code onPostgres} holds the library's figures measured again on a PostgreSQL server (empty when not asked for),
 * shown in a column of their own beside the same figures on SQLite.
 */
public record BenchmarkReport(int articles, int corpusTexts, long statementsStored, String date, Machine machine,
                              List<Figure> figures, List<Figure> onPostgres, List<String> notes) {
    public BenchmarkReport {
        figures = List.copyOf(figures);
        onPostgres = List.copyOf(onPostgres);
        notes = List.copyOf(notes);
    }

    /** Where the benchmark ran. */
    public record Machine(int cores, String jvm, String os, long maxHeapMb) {
    }

    /** A target a figure should meet: at least or at most {@code target}. */
    public record Goal(double target, boolean atMost) {
        public static Goal atLeast(double target) {
            return new Goal(target, false);
        }

        public static Goal atMost(double target) {
            return new Goal(target, true);
        }

        boolean metBy(double value) {
            return atMost ? value <= target : value >= target;
        }
    }

    /**
     * One measured figure. {@code value} is NaN when this run could not measure it ({@code elsewhere} then says
     * what measures it); {@code goal} is null for figures given for information only.
     */
    public record Figure(String name, double value, String unit, Goal goal, String elsewhere) {
        public static Figure measured(String name, double value, String unit, Goal goal) {
            return new Figure(name, value, unit, goal, null);
        }

        public boolean isMeasured() {
            return !Double.isNaN(value);
        }

        /** measured / goal: above 1 is good for an "at least" goal, below 1 for an "at most" goal. */
        public Optional<Double> ratio() {
            return goal == null || !isMeasured() ? Optional.empty() : Optional.of(value / goal.target());
        }

        public Optional<Boolean> met() {
            return goal == null || !isMeasured() ? Optional.empty() : Optional.of(goal.metBy(value));
        }
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The figures as a Markdown table, with the PostgreSQL figures in two more columns when there are any. */
    public String table() {
        List<String> lines = new ArrayList<>();
        boolean server = !onPostgres.isEmpty();
        lines.add("| figure | measured | goal | measured / goal | met |" + (server ? " on PostgreSQL | met |" : ""));
        lines.add("|---|---:|---:|---:|:---:|" + (server ? "---:|:---:|" : ""));
        for (Figure f : figures) {
            String goal = f.goal() == null ? "—"
                    : (f.goal().atMost() ? "≤ " : "≥ ") + number(f.goal().target()) + " " + f.unit();
            String ratio = f.ratio().map(r -> String.format(Locale.ROOT, "%.2f", r)).orElse("—");
            String row = "| " + f.name() + " | " + measured(f) + " | " + goal + " | " + ratio + " | " + met(f) + " |";
            if (server) {
                Optional<Figure> there = onPostgres.stream().filter(p -> p.name().equals(f.name())).findFirst();
                row += " " + there.map(BenchmarkReport::measured).orElse("—") + " | "
                        + there.map(BenchmarkReport::met).orElse("—") + " |";
            }
            lines.add(row);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String measured(Figure f) {
        return f.isMeasured() ? number(f.value()) + " " + f.unit() : f.elsewhere();
    }

    private static String met(Figure f) {
        return f.met().map(m -> m ? "yes" : "**no**").orElse("—");
    }

    /** The title of the benchmarks document a report goes into. */
    static final String TITLE = "# WhoSaid benchmarks\n";

    /** The whole report: heading, machine, table and notes, between markers that {@link #mergeInto} finds again. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(begin()).append('\n');
        out.append("## `whosaid bench --articles ").append(articles).append("` on ").append(date).append("\n\n");
        out.append("- machine: ").append(machine.cores()).append(" cores, ").append(machine.os()).append('\n');
        out.append("- JVM: ").append(machine.jvm()).append(", max heap ").append(machine.maxHeapMb()).append(" MB\n");
        out.append("- corpus: ").append(articles).append(" articles generated from ").append(corpusTexts)
                .append(" bundled texts; ").append(statementsStored).append(" statements stored\n\n");
        out.append(table());
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String note : notes) {
                out.append("- ").append(note).append('\n');
            }
        }
        out.append(end()).append('\n');
        return out.toString();
    }

    private String begin() {
        return "<!-- bench --articles " + articles + ": written by `whosaid bench`, replaced by its next run -->";
    }

    private String end() {
        return "<!-- end of bench --articles " + articles + " -->";
    }

    /**
     * The benchmarks document with this report in place of the last one for the same article count, or added
     * after the title; everything else in it (other counts, figures measured by hand) is kept.
     */
    public String mergeInto(String document) {
        String doc = document == null || document.isBlank() ? TITLE : document;
        int from = doc.indexOf(begin());
        int to = from < 0 ? -1 : doc.indexOf(end(), from);
        if (from >= 0 && to >= 0) {
            int after = doc.indexOf('\n', to);
            return doc.substring(0, from) + markdown() + (after < 0 ? "" : doc.substring(after + 1));
        }
        int title = doc.startsWith(TITLE) ? TITLE.length() : 0;
        String head = title > 0 ? TITLE + "\n" : "";
        return head + markdown() + "\n" + doc.substring(title).stripLeading();
    }

    private static String number(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
