package org.whosaid.service;

import java.util.List;
import java.util.function.UnaryOperator;

import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.StatementKind;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;

/**
 * A reader's corrections: every change is saved at once, marked as the user's and stamped with the coder's name and
 * time, kept as that coder's own coding of the statement too, and returned as an undoable edit. A change to a statement someone else changed since it was read is refused
 * with an {@link EditConflict}.
 */
public final class AnnotationService {
    private final StatementRepository statements;
    private final SourceRepository sources;
    private final SourceService sourceEdits;
    private final CodingWrites writes;

    AnnotationService(StatementRepository statements, SourceRepository sources, SourceService sourceEdits,
                      CodingWrites writes) {
        this.statements = statements;
        this.sources = sources;
        this.sourceEdits = sourceEdits;
        this.writes = writes;
    }

    /**
     * Changes the editable fields of the statement as the coder saw it ({@code seen}, whose version the change
     * carries); the statement becomes the user's.
     */
    public Edit editStatement(Statement seen, String description, UnaryOperator<StatementEdit> change) {
        CodingWrites.Step step = writes.apply(seen, change.apply(StatementEdit.of(seen)));
        return new SimpleEdit(description, () -> writes.undo(step), () -> writes.redo(step));
    }

    /**
     * Credits a statement to the source with this name, creating the source when it is new; {@code kind} (null: the
     * statement's own) is set in the same edit, as when an unattributed statement becomes a claim.
     */
    public Edit setSource(Statement seen, String sourceName, SourceKind kindIfNew, String partyIfNew,
                          StatementKind kind) {
        Source source = sources.findByName(sourceName)
                .orElseGet(() -> sources.findOrCreate(sourceName, kindIfNew, partyIfNew));
        String description = kind == null ? "change source" : "credit to " + source.name();
        return editStatement(seen, description, e -> kind == null ? e.withSource(source.id())
                : e.withSource(source.id()).withKind(kind));
    }

    /** Gives one statement a party of its own; its source and the source's other statements keep theirs. */
    public Edit setStatementParty(Statement seen, String party) {
        if (seen.sourceId() == null) {
            throw new IllegalArgumentException("an unattributed statement has no source to give a party");
        }
        CodingWrites.PartyStep step = writes.setOwnParty(seen, party);
        return new SimpleEdit("change this statement's party", () -> writes.undo(step), () -> writes.redo(step));
    }

    /** Sets the party of the statement's source, for all the source's statements (as the Sources screen does). */
    public Edit setParty(Statement seen, String party) {
        if (seen.sourceId() == null) {
            throw new IllegalArgumentException("an unattributed statement has no source to give a party");
        }
        Source source = sources.find(seen.sourceId()).orElseThrow(() -> new IllegalArgumentException(
                "source " + seen.sourceId() + " is no longer in the library"));
        return sourceEdits.setParty(source, party);
    }

    /** A new statement over a text selection, made by the reader; returns the edit and the statement's id. */
    public Created createStatement(long articleId, int start, int end, StatementKind kind, String sourceName) {
        Long sourceId = sourceName == null || sourceName.isBlank() ? null
                : sources.findByName(sourceName)
                        .orElseGet(() -> sources.findOrCreate(sourceName, SourceKind.PERSON, null)).id();
        StatementKind effective = sourceId == null ? StatementKind.UNATTRIBUTED : kind;
        Statement made = create(articleId, start, end, effective, sourceId);
        StatementEdit coding = StatementEdit.of(made);
        long[] id = {made.id()};
        Edit edit = new SimpleEdit("add statement", () -> writes.delete(id[0], coding),
                () -> id[0] = create(articleId, start, end, effective, sourceId).id());
        return new Created(edit, id[0]);
    }

    /** A reader's statement, and the coder's own coding of it, stored together. */
    private Statement create(long articleId, int start, int end, StatementKind kind, Long sourceId) {
        return statements.inOneTransaction(() -> {
            Statement made = statements.createUserStatement(articleId, start, end, kind, sourceId,
                    writes.coder().stamp());
            writes.madeBy(made);
            return made;
        });
    }

    /** The outcome of {@link #createStatement}. */
    public record Created(Edit edit, long statementId) {
    }

    /** The same corrections made as a settlement between coders: the statement changes, nobody's own coding. */
    AnnotationService curating() {
        return new AnnotationService(statements, sources, sourceEdits, writes.curating());
    }

    public List<String> tags() {
        return statements.tags();
    }
}
