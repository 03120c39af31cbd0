package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.whosaid.export.WebAnnotationImporter;
import org.whosaid.export.WebAnnotationImporter.Shared;
import org.whosaid.export.WebAnnotationStream;
import org.whosaid.model.Article;
import org.whosaid.model.Origin;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Span;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.CodingRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;

/**
 * Merges a colleague's Web Annotation file into this library. The file is read twice, streamed: first to check
 * every annotation (nothing is stored if one is bad), then to place and store them all in one transaction. An
 * annotation is placed only on the article it names (content hash, URL, or title with its quote), never searched
 * for across the library. Merging never erases: what the file does not carry stays; where both hold a value and
 * they differ, a statement the user coded keeps theirs unless {@link Conflicts#THEIRS} is chosen. Whatever the merge
 * keeps, each annotation placed is kept as its coder's own coding of the statement (the coder the file's annotations
 * name as their creator when they name one, else the one importing), so that coders who exchanged files can be
 * compared in this library.
 */
final class AnnotationMerge {
    /** Who wins where this library's coding and the file's differ. */
    enum Conflicts {
        /** The user's own coding stays; the file only fills what is missing. */
        MINE,
        /** The file's coding replaces the user's where both have a value. */
        THEIRS
    }

    /** Unplaced annotations named in the result; the rest are counted, so memory stays bounded. */
    static final int NAMED = 10;

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final TopicRepository topics;
    private final CodingWrites writes;
    private final Conflicts conflicts;
    /** Whose coding the file is; known after the first reading. */
    private String coder;

    private int added;
    private int updated;
    private int unchanged;
    private int notPlaced;
    private int delivered;
    private final List<String> unplaced = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    /** Annotations of one article come together: its text is read once for them. */
    private Article current;

    AnnotationMerge(ArticleRepository articles, StatementRepository statements, SourceRepository sources,
                    TopicRepository topics, CodingWrites writes, Conflicts conflicts) {
        this.writes = writes;
        this.articles = articles;
        this.statements = statements;
        this.sources = sources;
        this.topics = topics;
        this.conflicts = conflicts;
    }

    /** What an import changed, as one undoable step: statements added or updated, parties and topic labels given. */
    private interface Change {
    }

    /** {@code before} is null for a statement the import added; {@code id} changes when a redo adds it again. */
    private static final class StatementChange implements Change {
        final long articleId;
        final Span span;
        final StatementEdit before;
        final StatementEdit after;
        long id;
        /** How an update was stored (null for a statement the import added), for undo and redo. */
        CodingWrites.Step step;
        /** The file's coder's own coding of the statement, before and after. */
        CodingWrites.Mine mine;

        StatementChange(long articleId, Span span, long id, StatementEdit before, StatementEdit after) {
            this.articleId = articleId;
            this.span = span;
            this.id = id;
            this.before = before;
            this.after = after;
        }
    }

    private record PartyGiven(long sourceId, String party) implements Change {
    }

    /** An annotation that left its statement as it was, kept as its coder's coding of it. */
    private record CodingGiven(long id, CodingWrites.Mine mine) implements Change {
    }

    private record TopicLabelled(String key, String before, String after) implements Change {
    }

    ExportService.AnnotationImport run(Path file) throws IOException {
        int total;
        java.util.Set<String> creators = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            total = WebAnnotationStream.read(in, shared -> {
                if (shared.creator() != null) {
                    creators.add(shared.creator());
                }
            });
        }
        coder = creators.size() == 1 ? creators.iterator().next() : writes.coder().name();
        try {
            statements.inOneTransaction(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return WebAnnotationStream.read(in, this::merge);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // an annotation without a quote selector is never delivered: it cannot be placed anywhere
        notPlaced += total - delivered;
        List<Change> done = List.copyOf(changes);
        Edit edit = new SimpleEdit("import annotations", () -> statements.inOneTransaction(() -> undo(done)),
                () -> statements.inOneTransaction(() -> redo(done)));
        return new ExportService.AnnotationImport(added, updated, unchanged, notPlaced, unplaced, edit);
    }

    private void merge(Shared shared) {
        delivered++;
        Optional<Placement> placement = place(shared);
        if (placement.isEmpty()) {
            return;
        }
        Placement p = placement.get();
        Optional<Statement> existing = statements.ofArticle(p.articleId()).stream()
                .filter(s -> s.start() == p.span().start() && s.end() == p.span().end()).findFirst();
        if (existing.isPresent()) {
            Statement mine = existing.get();
            StatementEdit before = StatementEdit.of(mine);
            StatementEdit after = merged(mine, shared);
            if (before.sameCoding(after)) {
                changes.add(new CodingGiven(mine.id(), writes.give(mine.id(), coder, theirCoding(shared))));
                unchanged++;
            } else {
                StatementChange change = new StatementChange(p.articleId(), p.span(), mine.id(), before, after);
                change.step = writes.apply(mine, after);
                change.mine = writes.give(mine.id(), coder, theirCoding(shared));
                changes.add(change);
                updated++;
            }
        } else {
            Long sourceId = shared.source() == null ? null : sourceFor(shared).id();
            StatementKind kind = consistent(theirKind(shared), sourceId != null);
            Statement made = statements.createUserStatement(p.articleId(), p.span().start(), p.span().end(), kind,
                    sourceId, writes.coder().stamp());
            long id = made.id();
            StatementEdit after = StatementEdit.of(made)
                    .withStance(shared.stance() == null ? Stance.ASSERTS : Stance.fromCode(shared.stance()))
                    .withTopic(shared.topic()).withTags(shared.tags()).withNote(shared.note())
                    .withStatus(Status.ACTIVE);
            writes.apply(made, after);
            StatementChange change = new StatementChange(p.articleId(), p.span(), id, null, after);
            change.mine = writes.give(id, coder, theirCoding(shared));
            changes.add(change);
            added++;
        }
        labelTopic(shared);
    }

    /** This library's statement with the file's coding merged in. */
    private StatementEdit merged(Statement mine, Shared theirs) {
        boolean keepMine = mine.origin() == Origin.USER && conflicts == Conflicts.MINE;
        Long sourceId = mine.sourceId();
        if (theirs.source() != null && !theirs.source().equalsIgnoreCase(Objects.toString(mine.sourceName(), ""))
                && (sourceId == null || !keepMine)) {
            sourceId = sourceFor(theirs).id();
        }
        // an annotation without a source says nothing of the kind of a statement that has one
        StatementKind kind = theirs.kind() == null || theirs.source() == null ? mine.kind()
                : pick(mine.kind(), theirKind(theirs), keepMine);
        Stance stance = theirs.stance() == null ? mine.stance()
                : pick(mine.stance(), Stance.fromCode(theirs.stance()), keepMine);
        List<String> tags = new ArrayList<>(mine.tags());
        theirs.tags().stream().filter(tag -> tags.stream().noneMatch(tag::equalsIgnoreCase)).forEach(tags::add);
        return StatementEdit.of(mine)
                .withSource(sourceId)
                .withKind(consistent(kind, sourceId != null))
                .withStance(stance)
                .withTopic(pick(mine.topic(), theirs.topic(), keepMine))
                .withTags(tags)
                .withNote(pick(blankToNull(mine.note()), blankToNull(theirs.note()), keepMine))
                .withStatus(pick(mine.status(), Status.ACTIVE, keepMine));
    }

    /** A value the file does not carry, or this library lacks, is no conflict; otherwise the rule decides. */
    private static <T> T pick(T mine, T theirs, boolean keepMine) {
        if (theirs == null) {
            return mine;
        }
        if (mine == null) {
            return theirs;
        }
        return keepMine ? mine : theirs;
    }

    private record Placement(long articleId, Span span) {
    }

    /**
     * The statement's place in the article the annotation names: by content hash (the very text), else by URL,
     * else by title; the quote must be found in that article. Each look-up is one indexed query.
     */
    private Optional<Placement> place(Shared shared) {
        Optional<Long> byHash = WebAnnotationImporter.hash(shared).flatMap(articles::idByHash);
        List<Long> candidates = byHash.map(List::of).orElseGet(() -> {
            List<Long> byUrl = WebAnnotationImporter.url(shared).map(articles::idsByUrl).orElse(List.of());
            return byUrl.isEmpty() ? articles.idsByTitle(shared.title()) : byUrl;
        });
        if (candidates.isEmpty()) {
            unplaced(shared, "no article here has its content hash, URL or title");
            return Optional.empty();
        }
        for (long articleId : candidates) {
            Optional<Span> span = WebAnnotationImporter.locate(shared, article(articleId).text());
            if (span.isPresent()) {
                return Optional.of(new Placement(articleId, span.get()));
            }
        }
        unplaced(shared, "its quote is not in the article it names (id " + candidates.get(0) + ")");
        return Optional.empty();
    }

    private Article article(long id) {
        if (current == null || current.id() != id) {
            current = articles.find(id).orElseThrow();
        }
        return current;
    }

    private void unplaced(Shared shared, String reason) {
        notPlaced++;
        if (unplaced.size() < NAMED) {
            unplaced.add(shared.label() + " \u201c" + shorten(shared.exact()) + "\u201d: " + reason);
        }
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "\u2026";
    }

    private Source sourceFor(Shared shared) {
        Optional<Source> known = sources.findByName(shared.source());
        if (known.isPresent()) {
            Source source = known.get();
            if (source.party() == null && shared.party() != null) {
                sources.setParty(source.id(), source.version(), shared.party(), writes.coder().stamp());
                changes.add(new PartyGiven(source.id(), shared.party()));
            }
            return source;
        }
        SourceKind kind = shared.sourceKind() == null ? SourceKind.PERSON : SourceKind.fromCode(shared.sourceKind());
        return sources.findOrCreate(shared.source(), kind, shared.party());
    }

    /** The annotation's coding as its coder gave it, whatever the merge kept. */
    private static CodingRepository.Value theirCoding(Shared shared) {
        StatementKind kind = consistent(theirKind(shared), shared.source() != null);
        return new CodingRepository.Value(kind.code(), shared.source(), shared.party(),
                shared.stance() == null ? Stance.ASSERTS.code() : shared.stance(), Status.ACTIVE.code());
    }

    private static StatementKind theirKind(Shared shared) {
        return shared.kind() == null ? StatementKind.CLAIM : StatementKind.fromCode(shared.kind());
    }

    /** An unattributed statement has no source, and one with a source is not unattributed. */
    private static StatementKind consistent(StatementKind kind, boolean sourced) {
        if (!sourced) {
            return StatementKind.UNATTRIBUTED;
        }
        return kind == StatementKind.UNATTRIBUTED ? StatementKind.CLAIM : kind;
    }

    /** A topic new to this library gets the label the colleague gave it, not just its key. */
    private void labelTopic(Shared shared) {
        if (shared.topic() == null || shared.topicLabel() == null) {
            return;
        }
        topics.find(shared.topic()).filter(t -> t.label().equals(t.key()) && !t.label().equals(shared.topicLabel()))
                .ifPresent(t -> {
                    topics.relabel(t.key(), shared.topicLabel());
                    changes.add(new TopicLabelled(t.key(), t.label(), shared.topicLabel()));
                });
    }

    private Void undo(List<Change> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Change change = done.get(i);
            if (change instanceof StatementChange c) {
                if (c.before == null) {
                    writes.delete(c.id, c.after);
                } else {
                    writes.undo(c.step);
                    writes.restore(c.id, c.mine, c.mine.before());
                }
            } else if (change instanceof CodingGiven g) {
                writes.restore(g.id(), g.mine(), g.mine().before());
            } else if (change instanceof PartyGiven g) {
                setPartyNow(g.sourceId(), null);
            } else if (change instanceof TopicLabelled t) {
                topics.relabel(t.key(), t.before());
            }
        }
        return null;
    }

    private Void redo(List<Change> done) {
        for (Change change : done) {
            if (change instanceof StatementChange c) {
                if (c.before == null) {
                    Statement made = statements.createUserStatement(c.articleId, c.span.start(), c.span.end(),
                            c.after.kind(), c.after.sourceId(), writes.coder().stamp());
                    c.id = made.id();
                    writes.apply(made, c.after);
                } else {
                    writes.redo(c.step);
                }
                writes.restore(c.id, c.mine, c.mine.after());
            } else if (change instanceof CodingGiven g) {
                writes.restore(g.id(), g.mine(), g.mine().after());
            } else if (change instanceof PartyGiven g) {
                setPartyNow(g.sourceId(), g.party());
            } else if (change instanceof TopicLabelled t) {
                topics.relabel(t.key(), t.after());
            }
        }
        return null;
    }

    /** Undo and redo of the whole import run in one transaction, on the source as it is then. */
    private void setPartyNow(long sourceId, String party) {
        Source now = sources.find(sourceId).orElseThrow(() -> new IllegalStateException(
                "source " + sourceId + " is no longer in the library; the import cannot be undone"));
        sources.setParty(sourceId, now.version(), party, writes.coder().stamp());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
