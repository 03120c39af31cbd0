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

/** A reader's corrections: every change is saved at once, marked as the user's, and returned as an undoable edit. */
public final class AnnotationService {
    private final StatementRepository statements;
    private final SourceRepository sources;

    public AnnotationService(StatementRepository statements, SourceRepository sources) {
        this.statements = statements;
        this.sources = sources;
    }

    /** Changes a statement's editable fields; the statement becomes the user's. */
    public Edit editStatement(long statementId, String description, UnaryOperator<StatementEdit> change) {
        Statement current = statements.find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("statement " + statementId + " does not exist"));
        StatementEdit before = StatementEdit.of(current);
        StatementEdit after = change.apply(before);
        statements.apply(statementId, after);
        return new SimpleEdit(description, () -> statements.apply(statementId, before),
                () -> statements.apply(statementId, after));
    }

    /** Credits a statement to the source with this name, creating the source when it is new. */
    public Edit setSource(long statementId, String sourceName, SourceKind kindIfNew, String partyIfNew) {
        Source source = sources.findByName(sourceName)
                .orElseGet(() -> sources.findOrCreate(sourceName, kindIfNew, partyIfNew));
        return editStatement(statementId, "change source", e -> e.withSource(source.id()));
    }

    /** Sets the party of the source a statement is credited to (which changes it for all its statements). */
    /** Gives one statement a party of its own; its source and the source's other statements keep theirs. */
    public Edit setStatementParty(long statementId, String party) {
        Statement statement = statements.find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("statement " + statementId + " does not exist"));
        if (statement.sourceId() == null) {
            throw new IllegalArgumentException("an unattributed statement has no source to give a party");
        }
        String[] before = {statements.setOwnParty(statementId, party)};
        return new SimpleEdit("change this statement's party", () -> statements.setOwnParty(statementId, before[0]),
                () -> statements.setOwnParty(statementId, party));
    }

    /** Sets the party of the statement's source, for all the source's statements. */
    public Edit setParty(long statementId, String party) {
        Statement statement = statements.find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("statement " + statementId + " does not exist"));
        if (statement.sourceId() == null) {
            throw new IllegalArgumentException("an unattributed statement has no source to give a party");
        }
        long sourceId = statement.sourceId();
        String before = statement.party();
        sources.setParty(sourceId, party);
        return new SimpleEdit("change party", () -> sources.setParty(sourceId, before),
                () -> sources.setParty(sourceId, party));
    }

    /** A new statement over a text selection, made by the reader; returns the edit and the statement's id. */
    public Created createStatement(long articleId, int start, int end, StatementKind kind, String sourceName) {
        Long sourceId = sourceName == null || sourceName.isBlank() ? null
                : sources.findByName(sourceName)
                        .orElseGet(() -> sources.findOrCreate(sourceName, SourceKind.PERSON, null)).id();
        StatementKind effective = sourceId == null ? StatementKind.UNATTRIBUTED : kind;
        long[] id = {statements.createUserStatement(articleId, start, end, effective, sourceId).id()};
        Edit edit = new SimpleEdit("add statement", () -> statements.delete(id[0]),
                () -> id[0] = statements.createUserStatement(articleId, start, end, effective, sourceId).id());
        return new Created(edit, id[0]);
    }

    /** The outcome of {@link #createStatement}. */
    public record Created(Edit edit, long statementId) {
    }

    public List<String> tags() {
        return statements.tags();
    }
}
