package org.whosaid.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.service.agreement.AgreementReport;
import org.whosaid.service.agreement.Coding;
import org.whosaid.service.agreement.Unit;
import org.whosaid.analysis.eval.EvalScorer;
import org.whosaid.export.CodePoints;
import org.whosaid.model.Article;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.service.undo.CompoundEdit;
import org.whosaid.service.undo.Edit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;

/**
 * Agreement between coders who coded the same articles, each in their own library, and exchanged Web Annotation
 * exports ({@code export --format webanno}); and settling each disagreement in this library as a curated coding
 * (the chosen coder's kind, source, party and stance, tagged {@value #CURATED}), one undoable step each.
 */
public final class AgreementService {
    /** The tag of a statement whose coding was settled between coders. */
    public static final String CURATED = "curated";

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final AnnotationService annotation;

    AgreementService(ArticleRepository articles, StatementRepository statements, SourceRepository sources,
                     AnnotationService annotation) {
        this.articles = articles;
        this.statements = statements;
        this.sources = sources;
        this.annotation = annotation;
    }

    /**
     * The figures on the coders' files, with what this library knows of their articles: the title each article key
     * names, and the id of the article here when this library has it (needed to open or settle a disagreement).
     */
    public record Comparison(AgreementReport report, Map<String, String> titles, Map<String, Long> articleIds) {
        public Comparison {
            titles = Map.copyOf(titles);
            articleIds = Map.copyOf(articleIds);
        }

        public String title(Unit unit) {
            return titles.getOrDefault(unit.anchor().article(), unit.anchor().article());
        }

        public Optional<Long> articleId(Unit unit) {
            return Optional.ofNullable(articleIds.get(unit.anchor().article()));
        }
    }

    /**
     * Reads each coder's export and compares them ({@link AgreementFiles#compare}), noting which of their articles
     * this library holds. Nothing is stored.
     */
    public Comparison compareFiles(List<AgreementFiles.CoderFile> files) throws IOException {
        Comparison read = AgreementFiles.compare(files);
        Map<String, Long> ids = new HashMap<>();
        for (String key : read.titles().keySet()) {
            libraryArticle(key).ifPresent(id -> ids.put(key, id));
        }
        return new Comparison(read.report(), read.titles(), ids);
    }

    private Optional<Long> libraryArticle(String key) {
        if (key.startsWith(AgreementFiles.HASH)) {
            return articles.idByHash(key.substring(AgreementFiles.HASH.length()));
        }
        if (key.startsWith(AgreementFiles.TITLE)) {
            return articles.idsByTitle(key.substring(AgreementFiles.TITLE.length())).stream().findFirst();
        }
        return articles.idsByUrl(key).stream().findFirst();
    }

    /** The statement of this library the unit stands for: at its place in the article, or sharing its words. */
    public Optional<Statement> statement(Comparison comparison, Unit unit) {
        return comparison.articleId(unit).flatMap(articles::find).flatMap(article -> {
            Span span = place(article.text(), unit.anchor());
            List<Statement> here = statements.ofArticle(article.id());
            return here.stream().filter(s -> s.start() == span.start() && s.end() == span.end()).findFirst()
                    .or(() -> here.stream().filter(s -> EvalScorer.contentMatches(unit.anchor().text(), s.text()))
                            .findFirst());
        });
    }

    /**
     * Whose coding the unit's statement holds now that it is settled: a coder's name, "edited" when it was settled and
     * changed since, empty while it is not settled.
     */
    public Optional<String> settledAs(Comparison comparison, Unit unit) {
        Optional<Statement> found = statement(comparison, unit).filter(s -> s.tags().contains(CURATED));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Statement s = found.get();
        List<String> coders = comparison.report().coders();
        for (int i = 0; i < coders.size(); i++) {
            Coding c = unit.of(i);
            boolean same = c == null ? !s.active()
                    : s.active() && s.kind().code().equals(c.kind()) && s.stance().code().equals(c.stance())
                            && equalsIgnoreCase(s.party(), c.party()) && equalsIgnoreCase(s.sourceName(), c.source());
            if (same) {
                return Optional.of(coders.get(i));
            }
        }
        return Optional.of("edited");
    }

    /**
     * Settles a unit by keeping coder {@code coder}'s coding of it in this library, tagged {@value #CURATED}: the
     * statement takes their kind, source, party and stance (made when this library lacks it; rejected when that coder
     * has no statement there). One undoable step; refused like any edit if someone changed the statement meanwhile.
     */
    public Edit settle(Comparison comparison, Unit unit, int coder) {
        String who = comparison.report().coders().get(coder);
        Article article = comparison.articleId(unit).flatMap(articles::find).orElseThrow(() ->
                new IllegalArgumentException("\u201c" + comparison.title(unit) + "\u201d is not in this library:"
                        + " import the article first, then settle"));
        Coding chosen = unit.of(coder);
        Optional<Statement> existing = statement(comparison, unit);
        List<Edit> steps = new ArrayList<>();
        String description = "settle: keep " + who + "\u2019s";
        if (chosen == null) {
            Statement s = existing.filter(Statement::active).orElseThrow(() ->
                    new IllegalArgumentException("nothing to settle: this library has no such statement either"));
            steps.add(annotation.editStatement(s, description, e -> e.withStatus(Status.REJECTED)
                    .withTags(withCurated(s.tags()))));
            return new CompoundEdit(description, steps);
        }
        Long sourceId = chosen.source() == null ? null
                : sources.findByName(chosen.source())
                        .orElseGet(() -> sources.findOrCreate(chosen.source(), SourceKind.PERSON, chosen.party())).id();
        StatementKind kind = sourceId == null ? StatementKind.UNATTRIBUTED
                : StatementKind.fromCode(chosen.kind()) == StatementKind.UNATTRIBUTED ? StatementKind.CLAIM
                : StatementKind.fromCode(chosen.kind());
        Statement target;
        if (existing.isPresent()) {
            target = existing.get();
        } else {
            Span span = place(article.text(), chosen);
            AnnotationService.Created created = annotation.createStatement(article.id(), span.start(), span.end(),
                    kind, chosen.source());
            steps.add(created.edit());
            target = statements.find(created.statementId()).orElseThrow();
        }
        List<String> tags = withCurated(target.tags());
        Stance stance = Stance.fromCode(chosen.stance());
        steps.add(annotation.editStatement(target, description, e -> e.withSource(sourceId).withKind(kind)
                .withStance(stance).withStatus(Status.ACTIVE).withTags(tags)));
        Statement now = statements.find(target.id()).orElseThrow();
        if (chosen.party() != null && now.sourceId() != null && !chosen.party().equalsIgnoreCase(now.party())) {
            steps.add(annotation.setStatementParty(now, chosen.party()));
        }
        return new CompoundEdit(description, steps);
    }

    /** Where a coding lies in the article's text: at its code-point offsets when its text is there, else its one occurrence. */
    private static Span place(String text, Coding c) {
        int start = CodePoints.toIndex(text, c.start());
        int end = CodePoints.toIndex(text, c.end());
        if (start >= 0 && end >= start && text.substring(start, end).equals(c.text())) {
            return Span.of(text, start, end);
        }
        int at = text.indexOf(c.text());
        if (at < 0) {
            throw new IllegalArgumentException("\u201c" + c.text() + "\u201d is not in this library's copy of the article");
        }
        return Span.of(text, at, at + c.text().length());
    }

    private static List<String> withCurated(List<String> tags) {
        List<String> result = new ArrayList<>(tags);
        if (result.stream().noneMatch(CURATED::equalsIgnoreCase)) {
            result.add(CURATED);
        }
        return result;
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
