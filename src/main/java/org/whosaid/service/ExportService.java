package org.whosaid.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.whosaid.export.CsvExporter;
import org.whosaid.export.ExportInput;
import org.whosaid.export.HtmlReportExporter;
import org.whosaid.export.JsonExporter;
import org.whosaid.export.MarkdownReportExporter;
import org.whosaid.export.QdpxExporter;
import org.whosaid.export.ReportInput;
import org.whosaid.export.WebAnnotationExporter;
import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.model.TopicComparison;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;
import org.whosaid.service.undo.Edit;

/**
 * Exports chosen articles (or the whole library) with their active statements, in every format other tools read;
 * and reads a colleague's Web Annotation file back into this library.
 */
public final class ExportService {
    /** The formats {@link #write} knows, as the {@code export --format} option spells them. */
    public static final List<String> FORMATS = List.of("json", "csv", "webanno", "markdown", "html", "qdpx");

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final TopicRepository topics;
    private final CompareService compare;
    private final AuditService audit;
    private final CodingWrites writes;

    ExportService(ArticleRepository articles, StatementRepository statements, SourceRepository sources,
                  TopicRepository topics, CompareService compare, AuditService audit, CodingWrites writes) {
        this.writes = writes;
        this.articles = articles;
        this.statements = statements;
        this.sources = sources;
        this.topics = topics;
        this.compare = compare;
        this.audit = audit;
    }

    /** Gathers what an export writes; an empty id list means every article. Unknown ids are an error. */
    public ExportInput gather(List<Long> articleIds) {
        List<Long> ids = articleIds.isEmpty()
                ? articles.summaries().stream().map(s -> s.id()).toList() : articleIds;
        List<ExportInput.Entry> entries = new ArrayList<>();
        for (long id : ids) {
            Article article = articles.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
            List<Statement> active = statements.ofArticle(id).stream().filter(Statement::active).toList();
            entries.add(new ExportInput.Entry(article, active));
        }
        Map<Long, Source> sourceMap = sources.all().stream().map(SourceStats::source)
                .collect(Collectors.toMap(Source::id, Function.identity()));
        Map<String, TopicComparison> comparisons = new java.util.HashMap<>();
        for (ExportInput.Entry entry : entries) {
            for (Statement s : entry.statements()) {
                if (s.topic() != null && !comparisons.containsKey(s.topic()) && topics.find(s.topic()).isPresent()) {
                    comparisons.put(s.topic(), compare.compare(s.topic()));
                }
            }
        }
        return new ExportInput(entries, sourceMap, topics.inUse(), comparisons);
    }

    /** What a report shows: the chosen articles, their topics compared across them, and their audit. */
    public ReportInput gatherReport(List<Long> articleIds) {
        ExportInput input = gather(articleIds);
        List<Long> ids = input.articles().stream().map(e -> e.article().id()).toList();
        List<TopicComparison> comparisons = new ArrayList<>();
        for (var topic : input.topics()) {
            TopicComparison c = compare.compare(topic.key(), ids);
            if (c.accountCount() > 0) {
                comparisons.add(c);
            }
        }
        return new ReportInput(input, comparisons, audit.articles(ids));
    }

    /**
     * Writes the chosen articles (all for an empty list) in {@code format}: one of {@link #FORMATS}.
     * An unknown format is an {@link IllegalArgumentException} naming the known ones.
     */
    public void write(String format, List<Long> articleIds, OutputStream out) throws IOException {
        switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "json" -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new JsonExporter().write(gather(articleIds), writer);
                writer.flush();
            }
            case "csv" -> new CsvExporter().write(gather(articleIds), out);
            case "webanno" -> new WebAnnotationExporter().write(gather(articleIds), out);
            case "markdown", "md" -> new MarkdownReportExporter().write(gatherReport(articleIds), out);
            case "html" -> new HtmlReportExporter().write(gatherReport(articleIds), out);
            case "qdpx" -> new QdpxExporter().write(gather(articleIds), compare.partyColours(), out);
            default -> throw new IllegalArgumentException("unknown export format \u201c" + format + "\u201d; use one of "
                    + String.join(", ", FORMATS));
        }
    }

    /**
     * Writes an export file in one step: beside the target first, then moved over it, so a failed export never
     * leaves half a file or destroys an earlier one.
     */
    public void writeFile(String format, List<Long> articleIds, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".whosaid-export", ".tmp");
        try (OutputStream file = Files.newOutputStream(temp)) {
            write(format, articleIds, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        readableByOthers(absolute);
    }

    /** A temporary file is private to its owner; an export is a document like any other. */
    private static void readableByOthers(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or not ours to change: the file is written all the same
        }
    }

    /** The usual file ending of an export format ("markdown" → "md"). */
    public static String extension(String format) {
        return switch (format) {
            case "markdown" -> "md";
            case "webanno" -> "jsonld";
            default -> format;
        };
    }


    /**
     * What importing a Web Annotation file did, counted by what changed: statements added, updated (a value
     * merged in), unchanged (the file only confirmed them) and annotations not placed ({@code unplaced} names the
     * first of them with the reason); {@code edit} takes the whole import back as one step.
     */
    public record AnnotationImport(int added, int updated, int unchanged, int notPlaced, List<String> unplaced,
                                   Edit edit) {
        public AnnotationImport {
            unplaced = List.copyOf(unplaced);
        }

        public String summary() {
            return added + " added, " + updated + " updated, " + unchanged + " unchanged, " + notPlaced
                    + " not placed";
        }
    }

    /**
     * Merges a Web Annotation file (as {@code export --format webanno} writes it) into this library: checked
     * whole first, then stored in one transaction, each annotation only on the article it names. Where the user's
     * own coding and the file's differ, the user's stays unless {@code theirsWins}. Nothing is stored when the
     * file holds a bad value: the {@link IOException} names the annotation and the value.
     */
    public AnnotationImport importWebAnnotations(Path file, boolean theirsWins) throws IOException {
        return new AnnotationMerge(articles, statements, sources, topics, writes.curating(),
                theirsWins ? AnnotationMerge.Conflicts.THEIRS : AnnotationMerge.Conflicts.MINE).run(file);
    }
}
