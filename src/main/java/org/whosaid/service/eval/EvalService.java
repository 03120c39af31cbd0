package org.whosaid.service.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.whosaid.analysis.eval.EvalReport;
import org.whosaid.analysis.eval.EvalScorer;
import org.whosaid.analysis.eval.GoldAnnotation;
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
 * Scores the parser on a reference annotation: imports the gold's article into a temporary database (never the
 * user's), reads back the statements the Reader would show, and compares them with the gold.
 */
public final class EvalService {

    /** The scored article and the report, formatted; its last line is {@code attribution F1 = 0.xxx}. */
    public record Result(Path article, double f1, String report) {
    }

    public Result evaluate(Path goldFile, Path articleOverride, boolean verbose) {
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException(goldFile + ": no such gold file");
        }
        GoldAnnotation gold = GoldAnnotation.read(goldFile);
        Path article = articleOverride != null ? articleOverride : locate(goldFile, gold.article());
        Path folder = createTempFolder();
        try (Services services = Services.open(folder.resolve("eval.db"))) {
            ImportReport report = services.imports().importAll(List.of(article.toString()), Progress.NONE);
            ImportOutcome outcome = report.outcomes().get(0);
            if (outcome.result() == ImportOutcome.Result.FAILED) {
                throw new IllegalArgumentException(outcome.input() + ": " + outcome.reason());
            }
            LibraryService library = services.library();
            String text = library.article(outcome.articleId()).orElseThrow().text();
            Map<Long, Source> sources = library.sources().stream().map(SourceStats::source)
                    .collect(Collectors.toMap(Source::id, Function.identity()));
            List<Attribution> predicted = library.statements(outcome.articleId()).stream()
                    .filter(Statement::active)
                    .map(s -> toAttribution(s, sources))
                    .toList();
            EvalReport scored = EvalScorer.score(gold, text, predicted);
            return new Result(article, scored.f1(), scored.format(verbose));
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
        List<Path> candidates = Stream.of(Path.of(article), folder.resolve(article),
                folder.getParent() == null ? null : folder.getParent().resolve(article))
                .filter(p -> p != null).toList();
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the gold's article " + article
                        + " was not found (looked in " + candidates + "); give it with --article"));
    }

    private static Attribution toAttribution(Statement s, Map<Long, Source> sources) {
        Source source = s.sourceId() == null ? null : sources.get(s.sourceId());
        SourceMention mention = source == null ? null
                : new SourceMention(source.name(), s.mention(), source.kind(), source.party(), source.aliases());
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
