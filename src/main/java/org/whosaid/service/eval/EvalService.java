package org.whosaid.service.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.whosaid.analysis.eval.EvalReport;
import org.whosaid.analysis.eval.EvalScorer;
import org.whosaid.analysis.eval.GoldAnnotation;
import org.whosaid.analysis.eval.PredictedArticle;
import org.whosaid.model.Attribution;
import org.whosaid.model.Source;
import org.whosaid.model.SourceMention;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.service.ImportOutcome;
import org.whosaid.service.ImportReport;
import org.whosaid.service.LibraryService;
import org.whosaid.service.Progress;
import org.whosaid.service.Services;

/**
 * Scores the parser on reference annotations: imports every gold article into one temporary database (never the
 * user's), reads back the statements the Reader would show, and scores them as the shared scorer does, per gold
 * file (a document set) and in total. Scoring an existing export instead imports nothing.
 */
public final class EvalService {

    /** One gold file and its report. */
    public record SetResult(Path gold, int documents, EvalReport report) {
    }

    /** The reports per gold file, their total, and the text {@code eval} prints (last line {@code attribution F1 = 0.xxx}). */
    public record Result(List<SetResult> sets, EvalReport total, String report) {
        public double f1() {
            return total.f1();
        }

        /** The unweighted mean of the sets' F1 (the development set's README figure). */
        public double meanF1() {
            return sets.stream().mapToDouble(s -> s.report().f1()).average().orElse(0);
        }
    }

    /** The gold files named: files as given, folders as their {@code *.gold.json} files in name order. */
    public static List<Path> goldFiles(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> files = Files.list(in)) {
                    List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
                    if (found.isEmpty()) {
                        throw new IllegalArgumentException(in + ": no *.gold.json file in this folder");
                    }
                    out.addAll(found);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + in + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new IllegalArgumentException(in + ": no such gold file or folder");
            }
        }
        return out;
    }

    /**
     * Scores the gold files (or folders of them). {@code articleOverride} replaces the article of a one-article gold;
     * {@code export}, when given, is scored instead of a fresh analysis.
     */
    public Result evaluate(List<Path> goldInputs, Path articleOverride, Path export, boolean verbose) {
        List<Path> files = goldFiles(goldInputs);
        Map<Path, GoldAnnotation> golds = new java.util.LinkedHashMap<>();
        files.forEach(f -> golds.put(f, GoldAnnotation.read(f)));
        if (articleOverride != null && (files.size() != 1 || golds.get(files.get(0)).articles().size() != 1)) {
            throw new IllegalArgumentException("--article needs one gold file of one article");
        }
        List<PredictedArticle> exported = List.of();
        Map<Path, PredictedArticle> analysed = Map.of();
        if (export != null) {
            if (!Files.isRegularFile(export)) {
                throw new IllegalArgumentException(export + ": no such export file");
            }
            exported = PredictedArticle.readExport(export);
        } else {
            Set<Path> articles = new LinkedHashSet<>();
            golds.forEach((file, gold) -> gold.articles().forEach(doc -> articles.add(article(file, doc, articleOverride))));
            analysed = analyse(new ArrayList<>(articles));
        }
        List<SetResult> sets = new ArrayList<>();
        EvalReport total = EvalReport.empty();
        for (Map.Entry<Path, GoldAnnotation> e : golds.entrySet()) {
            EvalReport set = EvalReport.empty();
            for (GoldAnnotation doc : e.getValue().articles()) {
                // an analysed gold article is its own file's; an export is searched as the shared scorer does
                List<PredictedArticle> candidates = export != null ? exported
                        : List.of(analysed.get(article(e.getKey(), doc, articleOverride)));
                set = set.plus(EvalScorer.score(doc, candidates));
            }
            sets.add(new SetResult(e.getKey(), e.getValue().articles().size(), set));
            total = total.plus(set);
        }
        return new Result(sets, total, format(sets, total, verbose));
    }

    private static String format(List<SetResult> sets, EvalReport total, boolean verbose) {
        StringBuilder b = new StringBuilder();
        for (SetResult s : sets) {
            String name = s.gold().getFileName() + (s.documents() > 1 ? " (" + s.documents() + " articles)" : "");
            b.append(s.report().summary(name)).append('\n');
        }
        if (sets.size() > 1) {
            double mean = sets.stream().mapToDouble(s -> s.report().f1()).average().orElse(0);
            b.append(String.format(Locale.ROOT, "mean F1 over %d gold files: %.3f%n", sets.size(), mean));
            b.append("total:\n");
        }
        b.append(total.format(verbose));
        return b.toString();
    }

    private static Path article(Path goldFile, GoldAnnotation doc, Path override) {
        return override != null ? override : locate(goldFile, doc.article());
    }

    /** Imports the articles into one temporary database and reads back their statements, by article file. */
    private static Map<Path, PredictedArticle> analyse(List<Path> articles) {
        Path folder = createTempFolder();
        try (Services services = Services.open(folder.resolve("eval.db"))) {
            List<String> inputs = articles.stream().map(Path::toString).toList();
            ImportReport report = services.imports().importAll(inputs, Progress.NONE);
            Map<String, ImportOutcome> byInput = new HashMap<>();
            for (ImportOutcome o : report.outcomes()) {
                if (o.result() == ImportOutcome.Result.FAILED) {
                    throw new IllegalArgumentException(o.input() + ": " + o.reason());
                }
                byInput.put(o.input(), o);
            }
            LibraryService library = services.library();
            Map<Long, Source> sources = library.sources().stream().map(SourceStats::source)
                    .collect(Collectors.toMap(Source::id, Function.identity()));
            Map<Path, PredictedArticle> out = new HashMap<>();
            for (Path file : articles) {
                long id = byInput.get(file.toString()).articleId();
                String text = library.article(id).orElseThrow().text();
                List<Attribution> statements = library.statements(id).stream().filter(Statement::active)
                        .map(s -> toAttribution(s, sources)).toList();
                out.put(file, new PredictedArticle(text, statements));
            }
            return out;
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The gold's article: relative to the working folder, else to the gold file's folder or its parent. */
    static Path locate(Path goldFile, String article) {
        if (article == null || article.isBlank()) {
            throw new IllegalArgumentException(goldFile + ": names no article; give one with --article");
        }
        Path folder = goldFile.toAbsolutePath().getParent();
        List<Path> candidates = Stream.of(folder.resolve(article), Path.of(article),
                folder.getParent() == null ? null : folder.getParent().resolve(article))
                .filter(p -> p != null).toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(goldFile + ": its article " + article
                        + " was not found (looked in " + candidates + "); give it with --article"));
    }

    private static Attribution toAttribution(Statement s, Map<Long, Source> sources) {
        Source source = s.sourceId() == null ? null : sources.get(s.sourceId());
        SourceMention mention = source == null ? null
                : new SourceMention(source.name(), s.mention() == null ? source.name() : s.mention(), source.kind(),
                source.party(), source.aliases());
        return new Attribution(s.kind(), s.content(), s.cue(), mention, s.stance(), s.topic(), s.flags(), s.rule(),
                s.confidence());
    }

    private static Path createTempFolder() {
        try {
            return Files.createTempDirectory("whosaid-eval");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary database folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless; the evaluation itself succeeded or failed on its own
        }
    }
}
