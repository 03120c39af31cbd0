package org.whosaid.app.agreement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.service.agreement.AgreementReport;
import org.whosaid.service.agreement.Coding;
import org.whosaid.service.agreement.Field;
import org.whosaid.app.common.Loader;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.Statement;
import org.whosaid.service.AgreementFiles;
import org.whosaid.service.AgreementService;
import org.whosaid.service.EditConflict;
import org.whosaid.service.undo.EditHistory;

/**
 * State of the Agreement screen: the coders to compare (their exports, or two or more of the coders who coded in this
 * library), the figures (span F1, kappa and alpha per field),
 * the disagreements with how each is settled in this library, and settling one (keep a coder's coding), each
 * settlement saved at once and recorded in the shared undo history.
 */
public final class AgreementViewModel {
    /** One field's figures: kappa of each pair of coders ("0.545", or "Maria/Ivan 0.545; ..." for three or more) and alpha. */
    public record Figure(String field, String kappa, String alpha) {
    }

    /**
     * A disagreement as the list shows it: its number, article, text, what differs, each coder's coding in words, and
     * whose coding this library now holds ("" while unsettled).
     */
    public record Row(int number, AgreementReport.Disagreement disagreement, String article, String text,
                      String what, List<String> codings, String settled) {
        public Row {
            codings = List.copyOf(codings);
        }
    }

    private final AgreementService agreement;
    private final EditHistory history;
    private final Consumer<Long> openStatement;
    private final Loader loader;

    private final ObservableList<AgreementFiles.CoderFile> files = FXCollections.observableArrayList();
    private final ObservableList<AgreementFiles.CoderFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<String> libraryCoders = FXCollections.observableArrayList();
    private final ObservableList<String> libraryCodersView = FXCollections.unmodifiableObservableList(libraryCoders);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<String> codersView = FXCollections.unmodifiableObservableList(coders);
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Figure> figuresView = FXCollections.unmodifiableObservableList(figures);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AgreementService.Comparison comparison;

    public AgreementViewModel(AgreementService agreement, EditHistory history, TaskExecutor executor,
                              Consumer<Long> openStatement) {
        this.agreement = agreement;
        this.history = history;
        this.openStatement = openStatement;
        this.loader = new Loader(executor);
    }

    /** Adds a coder's export (named by the file); compared on the next {@link #compare}. */
    public void addFile(Path file) {
        if (files.stream().noneMatch(f -> f.file().equals(file))) {
            files.add(new AgreementFiles.CoderFile(null, file));
        }
    }

    public void removeFile(AgreementFiles.CoderFile file) {
        files.remove(file);
    }

    /** Compares the chosen exports off the FX thread; a file that cannot be read is named in the message. */
    public void compare() {
        if (files.size() < 2) {
            message.set("Add the exports of two coders or more (each coder: File \u2192 Export\u2026, Web Annotations).");
            return;
        }
        List<AgreementFiles.CoderFile> chosen = List.copyOf(files);
        comparison = null;
        loader.load("Comparing the coders", () -> {
            try {
                AgreementService.Comparison read = agreement.compareFiles(chosen);
                return new Loaded(read, rows(read), null);
            } catch (java.io.IOException | IllegalArgumentException e) {
                return new Loaded(null, List.of(), e.getMessage());
            }
        }, this::show);
    }

    /**
     * Compares coders who coded in this library (two or more of {@link #libraryCoders}), on all its articles, off the
     * FX thread.
     */
    public void compareLibrary(List<String> names) {
        if (names.size() < 2) {
            message.set("Choose two coders or more of this library (Ctrl+click picks several).");
            return;
        }
        List<String> chosen = List.copyOf(names);
        comparison = null;
        loader.load("Comparing the coders", () -> {
            try {
                AgreementService.Comparison read = agreement.compareLibrary(chosen, List.of());
                return new Loaded(read, rows(read), null);
            } catch (IllegalArgumentException e) {
                return new Loaded(null, List.of(), e.getMessage());
            }
        }, this::show);
    }

    /**
     * Reads again who coded in this library, and how each disagreement stands in it (after a settlement, an undo,
     * an edit); a comparison of this library's coders is made again, as their codings may have changed.
     */
    public void refresh() {
        AgreementService.Comparison current = comparison;
        loader.load("Loading the Agreement", () -> {
            List<String> names = agreement.coders();
            if (current == null) {
                return new Loaded(null, List.of(), null, names);
            }
            AgreementService.Comparison now = current.inLibrary()
                    ? agreement.compareLibrary(current.report().coders(), List.of()) : current;
            return new Loaded(now, rows(now), null, names);
        }, this::show);
    }

    /** What a background load found; {@code coders} null when it did not read the library's coders. */
    private record Loaded(AgreementService.Comparison comparison, List<Row> rows, String problem,
                          List<String> coders) {
        Loaded(AgreementService.Comparison comparison, List<Row> rows, String problem) {
            this(comparison, rows, problem, null);
        }
    }

    private void show(Loaded loaded) {
        if (loaded.coders() != null && !libraryCoders.equals(loaded.coders())) {
            libraryCoders.setAll(loaded.coders());
        }
        if (loaded.problem() != null) {
            message.set("Not compared: " + loaded.problem());
            return;
        }
        if (loaded.comparison() == null) {
            return;
        }
        boolean fresh = comparison == null || !comparison.report().equals(loaded.comparison().report());
        comparison = loaded.comparison();
        AgreementReport report = comparison.report();
        if (fresh) {
            coders.setAll(report.coders());
            figures.setAll(figures(report));
            summary.set(summary(comparison));
            message.set(report.disagreements().isEmpty() ? "The coders agree on every statement."
                    : report.disagreements().size() + " disagreements: choose one, then keep a coder's coding.");
        }
        rows.setAll(loaded.rows());
    }

    private List<Row> rows(AgreementService.Comparison c) {
        List<Row> result = new ArrayList<>();
        List<String> names = c.report().coders();
        int number = 1;
        for (AgreementReport.Disagreement d : c.report().disagreements()) {
            List<String> codings = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                codings.add(describe(d.unit().of(i)));
            }
            String settled = agreement.settledAs(c, d.unit()).map(who -> "edited".equals(who) ? "settled as edited"
                    : "kept " + who + "\u2019s").orElse("");
            result.add(new Row(number++, d, c.title(d.unit()), d.unit().anchor().text(), d.describe(names), codings,
                    settled));
        }
        return result;
    }

    private static String describe(Coding c) {
        if (c == null) {
            return "(no statement)";
        }
        return c.kind() + " \u00b7 " + (c.party() == null ? "no party" : c.party()) + " \u00b7 " + c.stance()
                + " \u00b7 " + (c.source() == null ? "no source" : c.source());
    }

    private static List<Figure> figures(AgreementReport r) {
        List<Figure> result = new ArrayList<>();
        for (Field field : Field.values()) {
            List<String> kappas = new ArrayList<>();
            for (AgreementReport.Pair p : r.pairs()) {
                String k = figure(p.kappa().get(field));
                kappas.add(r.pairs().size() == 1 ? k : p.first() + "/" + p.second() + " " + k);
            }
            result.add(new Figure(field.label(), String.join("; ", kappas), figure(r.alpha().get(field))));
        }
        return result;
    }

    private static String summary(AgreementService.Comparison c) {
        AgreementReport r = c.report();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < r.coders().size(); i++) {
            parts.add(r.coders().get(i) + " " + r.statements().get(i));
        }
        StringBuilder text = new StringBuilder(String.join(", ", parts) + " statements in "
                + c.titles().size() + (c.titles().size() == 1 ? " article" : " articles"));
        for (AgreementReport.Pair p : r.pairs()) {
            text.append(String.format(Locale.ROOT, "  \u00b7  span F1 %s/%s %s (%d matched)", p.first(), p.second(),
                    figure(p.spanF1()), p.matched()));
        }
        return text.toString();
    }

    /** Three decimals, or "n/a" where the figure is undefined. */
    static String figure(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Opens the disagreement's statement in the Reader, when this library has it. */
    public void open(Row row) {
        if (comparison == null || row == null) {
            return;
        }
        agreement.statement(comparison, row.disagreement().unit()).map(Statement::id).ifPresentOrElse(openStatement,
                () -> message.set("This library has no such statement" + (comparison.articleId(
                        row.disagreement().unit()).isPresent() ? "; keep a coder's coding to add it."
                        : ": import \u201c" + row.article() + "\u201d first.")));
    }

    /** Settles a disagreement by keeping coder number {@code coder}'s coding; undoable with Ctrl+Z. */
    public boolean settle(Row row, int coder) {
        if (comparison == null || row == null) {
            return false;
        }
        try {
            history.record(agreement.settle(comparison, row.disagreement().unit(), coder));
        } catch (EditConflict | IllegalArgumentException e) {
            message.set(e.getMessage());
            refresh();
            return false;
        }
        message.set("Settled #" + row.number() + ": kept " + coders.get(coder) + "\u2019s coding (Ctrl+Z to undo).");
        refresh();
        return true;
    }

    /**
     * Settles a disagreement as its statement now stands (after editing it in the Reader: {@link #open}); undoable
     * with Ctrl+Z.
     */
    public boolean settleAsEdited(Row row) {
        if (comparison == null || row == null) {
            return false;
        }
        try {
            history.record(agreement.settleAsItStands(comparison, row.disagreement().unit()));
        } catch (EditConflict | IllegalArgumentException e) {
            message.set(e.getMessage());
            refresh();
            return false;
        }
        message.set("Settled #" + row.number() + " as it stands in the Reader (Ctrl+Z to undo).");
        refresh();
        return true;
    }

    public ObservableList<AgreementFiles.CoderFile> files() {
        return filesView;
    }

    /** The coders of the comparison shown, in its order. */
    public ObservableList<String> coders() {
        return codersView;
    }

    /** Everyone who coded a statement of this library, to choose from ({@link #refresh} reads them). */
    public ObservableList<String> libraryCoders() {
        return libraryCodersView;
    }

    public ObservableList<Figure> figures() {
        return figuresView;
    }

    public ObservableList<Row> disagreements() {
        return rowsView;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }
}
