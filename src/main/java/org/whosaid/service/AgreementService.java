package org.whosaid.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whosaid.service.agreement.Agreement;
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
import org.whosaid.store.CodingRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;

/**
 * Agreement between coders who coded the same articles, either each in their own library and exchanged as Web
 * Annotation exports ({@code export --format webanno}), or together in this library (each coder's own codings,
 * {@link CodingRepository}); and settling each disagreement in this library as a curated coding (the chosen coder's
 * kind, source, party and stance, tagged {@value #CURATED}; nobody's own coding changes), one undoable step each.
 */
public final class AgreementService {
    /** The tag of a statement whose coding was settled between coders. */
    public static final String CURATED = "curated";

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final CodingRepository codings;
    private final AnnotationService annotation;

    /** {@code annotation} settles: it must be the curating one, which leaves every coder's own coding as it is. */
    AgreementService(ArticleRepository articles, StatementRepository statements, SourceRepository sources,
                     CodingRepository codings, AnnotationService annotation) {
        this.articles = articles;
        this.statements = statements;
        this.sources = sources;
        this.codings = codings;
        this.annotation = annotation;
    }

    /**
     * The figures, with what this library knows of the articles: the title each article key names, and the id of the
     * article here when this library has it (needed to open or settle a disagreement). {@code inLibrary}: the codings
     * are this library's own, each {@link Coding#ref} the id of the coded statement.
     */
    public record Comparison(AgreementReport report, Map<String, String> titles, Map<String, Long> articleIds,
                             boolean inLibrary) {
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
        return new Comparison(read.report(), read.titles(), ids, false);
    }

    /** The names of everyone who coded a statement of this library, sorted. */
    public List<String> coders() {
        return codings.coders();
    }

    /**
     * Compares the codings the named coders gave in this library (each statement they edited or added and did not
     * reject), on the articles {@code articleIds} (empty: all). A name is matched without regard to case; one
     * nobody coded under, or an unknown article, is refused naming it. Nothing is stored.
     */
    public Comparison compareLibrary(List<String> coderNames, List<Long> articleIds) {
        if (coderNames.size() < 2) {
            throw new IllegalArgumentException("agreement needs two coders or more");
        }
        List<String> known = codings.coders();
        List<String> names = new ArrayList<>();
        for (String name : coderNames) {
            names.add(known.stream().filter(k -> k.equalsIgnoreCase(name.strip())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("nobody coded as \u201c" + name.strip() + "\u201d in this library"
                            + (known.isEmpty() ? " (nobody has coded a statement here yet)"
                            : "; its coders: " + String.join(", ", known)))));
        }
        Map<String, String> titles = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (long id : articleIds) {
            Article article = articles.find(id).orElseThrow(() ->
                    new IllegalArgumentException("article #" + id + " is not in this library"));
            titles.put(key(id), article.title());
            ids.put(key(id), id);
        }
        List<List<Coding>> byCoder = new ArrayList<>();
        for (String name : names) {
            List<Coding> mine = new ArrayList<>();
            for (CodingRepository.Coded c : codings.of(name, articleIds)) {
                if (!Status.ACTIVE.code().equals(c.value().status())) {
                    continue;
                }
                String key = key(c.articleId());
                if (!ids.containsKey(key)) {
                    ids.put(key, c.articleId());
                    titles.put(key, articles.find(c.articleId()).map(Article::title).orElse(key));
                }
                mine.add(new Coding(key, c.start(), c.end(), c.text(), c.value().kind(), c.value().source(),
                        c.value().party(), c.value().stance(), c.statementId()));
            }
            byCoder.add(mine);
        }
        return new Comparison(Agreement.compare(names, byCoder), titles, ids, true);
    }

    /** An article's key in a library comparison; padded so that keys sort as the ids do. */
    private static String key(long articleId) {
        return String.format(java.util.Locale.ROOT, "#%012d", articleId);
    }

    /** The library's statements a unit of a library comparison stands for (several when coders added their own). */
    private List<Statement> unitStatements(Unit unit) {
        return unit.codings().stream().filter(java.util.Objects::nonNull).map(Coding::ref).distinct()
                .map(statements::find).flatMap(Optional::stream).toList();
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
        if (comparison.inLibrary()) {
            List<Statement> here = unitStatements(unit);
            return here.stream().filter(s -> s.active() && s.tags().contains(CURATED)).findFirst()
                    .or(() -> here.stream().filter(Statement::active).findFirst())
                    .or(() -> here.stream().findFirst());
        }
        return comparison.articleId(unit).flatMap(articles::find).flatMap(article -> {
            Span span = place(article.text(), unit.anchor());
            List<Statement> here = statements.ofArticle(article.id());
            return here.stream().filter(s -> s.start() == span.start() && s.end() == span.end()).findFirst()
                    .or(() -> here.stream().filter(s -> EvalScorer.contentMatches(unit.anchor().text(), s.text()))
                            .findFirst());
        });
    }

    /**
     * Whose coding the unit's statement holds now that it is settled: a coder's name, "edited" when it was settled as
     * none of theirs (settled as edited, or changed since), empty while it is not settled.
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
        String description = "settle: keep " + who + "\u2019s";
        if (comparison.inLibrary()) {
            return settleHere(unit, coder, description);
        }
        Article article = comparison.articleId(unit).flatMap(articles::find).orElseThrow(() ->
                new IllegalArgumentException("\u201c" + comparison.title(unit) + "\u201d is not in this library:"
                        + " import the article first, then settle"));
        Coding chosen = unit.of(coder);
        Optional<Statement> existing = statement(comparison, unit);
        List<Edit> steps = new ArrayList<>();
        if (chosen == null) {
            Statement s = existing.filter(Statement::active).orElseThrow(() ->
                    new IllegalArgumentException("nothing to settle: this library has no such statement either"));
            steps.add(reject(s, description));
            return new CompoundEdit(description, steps);
        }
        Statement target;
        if (existing.isPresent()) {
            target = existing.get();
        } else {
            Span span = place(article.text(), chosen);
            AnnotationService.Created created = annotation.createStatement(article.id(), span.start(), span.end(),
                    kindOf(chosen, chosen.source()), chosen.source());
            steps.add(created.edit());
            target = statements.find(created.statementId()).orElseThrow();
        }
        keep(target, chosen, description, steps);
        return new CompoundEdit(description, steps);
    }

    /**
     * Settles a unit as its statement stands in this library, after editing it in the Reader: it is tagged
     * {@value #CURATED} (active or rejected as it is). One undoable step; refused like any edit if someone changed
     * the statement meanwhile.
     */
    public Edit settleAsItStands(Comparison comparison, Unit unit) {
        Statement s = statement(comparison, unit).orElseThrow(() -> new IllegalArgumentException(
                "this library has no such statement: keep a coder's coding to add it, then edit it"));
        String description = "settle as edited";
        return new CompoundEdit(description, List.of(annotation.editStatement(s, description,
                e -> e.withTags(withCurated(s.tags())))));
    }

    /**
     * Settles a unit of this library's own codings: the chosen coder's statement takes their coding, the unit's
     * other statements (ones other coders added over the same words) are rejected; when the coder has no statement
     * there, all of them are.
     */
    private Edit settleHere(Unit unit, int coder, String description) {
        List<Statement> here = unitStatements(unit);
        if (here.isEmpty()) {
            throw new IllegalArgumentException("nothing to settle: the coders' statements are no longer in the library");
        }
        Coding chosen = unit.of(coder);
        Statement target = chosen == null ? null : here.stream().filter(s -> s.id() == chosen.ref()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing to settle: that coder's statement is no"
                        + " longer in the library"));
        List<Edit> steps = new ArrayList<>();
        for (Statement s : here) {
            if (s != target && (s.active() || !s.tags().contains(CURATED))) {
                steps.add(reject(s, description));
            }
        }
        if (target != null) {
            keep(target, chosen, description, steps);
        }
        return new CompoundEdit(description, steps);
    }

    private Edit reject(Statement s, String description) {
        return annotation.editStatement(s, description, e -> e.withStatus(Status.REJECTED)
                .withTags(withCurated(s.tags())));
    }

    /** The statement takes the coder's kind, source, party and stance, active and tagged curated. */
    private void keep(Statement target, Coding chosen, String description, List<Edit> steps) {
        Long sourceId = chosen.source() == null ? null
                : sources.findByName(chosen.source())
                        .orElseGet(() -> sources.findOrCreate(chosen.source(), SourceKind.PERSON, chosen.party())).id();
        StatementKind kind = kindOf(chosen, chosen.source());
        List<String> tags = withCurated(target.tags());
        Stance stance = Stance.fromCode(chosen.stance());
        steps.add(annotation.editStatement(target, description, e -> e.withSource(sourceId).withKind(kind)
                .withStance(stance).withStatus(Status.ACTIVE).withTags(tags)));
        Statement now = statements.find(target.id()).orElseThrow();
        if (chosen.party() != null && now.sourceId() != null && !chosen.party().equalsIgnoreCase(now.party())) {
            steps.add(annotation.setStatementParty(now, chosen.party()));
        }
    }

    /** The coder's kind, consistent with having a source or none. */
    private static StatementKind kindOf(Coding chosen, String source) {
        return source == null ? StatementKind.UNATTRIBUTED
                : StatementKind.fromCode(chosen.kind()) == StatementKind.UNATTRIBUTED ? StatementKind.CLAIM
                : StatementKind.fromCode(chosen.kind());
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
