package org.whosaid.service;


import org.whosaid.model.EditStamp;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.store.CodingRepository;
import org.whosaid.store.StaleRowException;
import org.whosaid.store.StatementRepository;

/**
 * Writes a coder's changes to statements with optimistic locking, and keeps each coder's own coding of the statements
 * they change ({@link CodingRepository}) so that coders of one library can be compared. A first edit carries the
 * version of the statement as the coder saw it; an undo or redo goes ahead only while the statement still holds what
 * the step left (so a colleague's later change is never undone from under them), and puts the coder's own coding
 * back with it. A refused write stores nothing and becomes an {@link EditConflict} that says who changed the
 * statement and when. The curating writer ({@link #curating}) settles a coding between coders: it changes the
 * statement only, never anyone's own coding.
 */
final class CodingWrites {
    private final StatementRepository statements;
    private final CodingRepository codings;
    private final Coder coder;
    private final boolean personal;

    CodingWrites(StatementRepository statements, CodingRepository codings, Coder coder) {
        this(statements, codings, coder, true);
    }

    private CodingWrites(StatementRepository statements, CodingRepository codings, Coder coder, boolean personal) {
        this.statements = statements;
        this.codings = codings;
        this.coder = coder;
        this.personal = personal;
    }

    /** The same writer for settling between coders: statements change, nobody's own coding does. */
    CodingWrites curating() {
        return new CodingWrites(statements, codings, coder, false);
    }

    Coder coder() {
        return coder;
    }

    /**
     * A coder's own coding of one statement before and after a step (null: they had none), under the name they
     * edited as; {@code coder} is null for a step that touches nobody's own coding.
     */
    record Mine(String coder, CodingRepository.Value before, CodingRepository.Value after) {
    }

    /** One change of one statement as stored, for undo and redo. */
    static final class Step {
        private final long id;
        private final StatementEdit before;
        private final StatementEdit after;
        private final Mine mine;

        private Step(long id, StatementEdit before, StatementEdit after, Mine mine) {
            this.id = id;
            this.before = before;
            this.after = after;
            this.mine = mine;
        }
    }

    /**
     * Applies {@code edit} to the statement as {@code seen}, refused when it changed since; the coder's own coding
     * takes the fields this edit changed (the others stay as they coded them, or as they saw them when they have no
     * coding of it yet).
     */
    Step apply(Statement seen, StatementEdit edit) {
        try {
            return statements.inOneTransaction(() -> {
                Statement after = statements.apply(seen.id(), seen.version(), edit, coder.stamp());
                return new Step(seen.id(), StatementEdit.of(seen), edit, mark(seen, after));
            });
        } catch (StaleRowException e) {
            throw conflict(seen, e);
        }
    }

    /** Takes a step back: refused when the statement no longer holds what the step left. */
    void undo(Step step) {
        statements.inOneTransaction(() -> {
            Statement now = unchangedSince(step.id, step.after);
            write(now, step.before);
            restore(step.id, step.mine, step.mine.before());
            return null;
        });
    }

    /** Takes the step again: refused when the statement no longer holds what the step found. */
    void redo(Step step) {
        statements.inOneTransaction(() -> {
            Statement now = unchangedSince(step.id, step.before);
            write(now, step.after);
            restore(step.id, step.mine, step.mine.after());
            return null;
        });
    }

    /** A statement the coder made is theirs as made. */
    void madeBy(Statement made) {
        if (personal) {
            codings.put(made.id(), coder.name(), value(made), coder.stamp().at());
        }
    }

    /** Gives the statement as {@code seen} a party of its own; refused when it changed since. */
    PartyStep setOwnParty(Statement seen, String party) {
        try {
            return statements.inOneTransaction(() -> {
                StatementRepository.OwnParty done = statements.setOwnParty(seen.id(), seen.version(), party,
                        coder.stamp());
                return new PartyStep(seen.id(), done.before(), party, seen.party(), done.after().party(),
                        mark(seen, done.after()));
            });
        } catch (StaleRowException e) {
            throw conflict(seen, e);
        }
    }

    /**
     * A statement given a party of its own: the party it had of its own before and after (null: its source's), its
     * effective party before and after, and the coder's own coding.
     */
    record PartyStep(long id, String ownBefore, String ownAfter, String before, String after, Mine mine) {
    }

    void undo(PartyStep step) {
        statements.inOneTransaction(() -> {
            giveOwnParty(partyUnchangedSince(step.id(), step.after()), step.ownBefore());
            restore(step.id(), step.mine(), step.mine().before());
            return null;
        });
    }

    void redo(PartyStep step) {
        statements.inOneTransaction(() -> {
            giveOwnParty(partyUnchangedSince(step.id(), step.before()), step.ownAfter());
            restore(step.id(), step.mine(), step.mine().after());
            return null;
        });
    }

    private void giveOwnParty(Statement now, String party) {
        try {
            statements.setOwnParty(now.id(), now.version(), party, coder.stamp());
        } catch (StaleRowException e) {
            throw conflict(now, e);
        }
    }

    private void write(Statement now, StatementEdit edit) {
        try {
            statements.apply(now.id(), now.version(), edit, coder.stamp());
        } catch (StaleRowException e) {
            throw conflict(now, e);
        }
    }

    /** Records the coder's own coding after they changed {@code seen} into {@code after}; what it was, and is. */
    private Mine mark(Statement seen, Statement after) {
        if (!personal) {
            return new Mine(null, null, null);
        }
        String name = coder.name();
        CodingRepository.Value before = codings.find(seen.id(), name).orElse(null);
        CodingRepository.Value base = before == null ? value(seen) : before;
        CodingRepository.Value was = value(seen);
        CodingRepository.Value now = value(after);
        CodingRepository.Value mine = new CodingRepository.Value(
                pick(was.kind(), now.kind(), base.kind()), pick(was.source(), now.source(), base.source()),
                pick(was.party(), now.party(), base.party()), pick(was.stance(), now.stance(), base.stance()),
                pick(was.status(), now.status(), base.status()));
        codings.put(seen.id(), name, mine, coder.stamp().at());
        return new Mine(name, before, mine);
    }

    /** The field as the edit left it when the edit changed it, else as the coder had it. */
    private static String pick(String was, String now, String theirs) {
        return java.util.Objects.equals(was, now) ? theirs : now;
    }

    /**
     * Gives coder {@code name}'s own coding of a statement as {@code value}, as an import of their file does; returns
     * what it was and is, for {@link #restore}.
     */
    Mine give(long id, String name, CodingRepository.Value value) {
        CodingRepository.Value before = codings.find(id, name).orElse(null);
        codings.put(id, name, value, coder.stamp().at());
        return new Mine(name, before, value);
    }

    /** Puts a coder's own coding of a statement back to {@code value} (null: none), as an undo or redo does. */
    void restore(long id, Mine mine, CodingRepository.Value value) {
        if (mine.coder() == null) {
            return;
        }
        if (value == null) {
            codings.remove(id, mine.coder());
        } else {
            codings.put(id, mine.coder(), value, coder.stamp().at());
        }
    }

    /** A statement's coding as compared between coders. */
    static CodingRepository.Value value(Statement s) {
        return new CodingRepository.Value(s.kind().code(), s.sourceName(), s.party(), s.stance().code(),
                s.status().code());
    }

    /**
     * The statement as it is now, provided it still holds {@code expected} (what an undo or redo step left it
     * with); otherwise the step is refused.
     */
    Statement unchangedSince(long id, StatementEdit expected) {
        Statement now = statements.find(id).orElseThrow(() -> gone(id, null));
        if (!StatementEdit.of(now).sameCoding(expected)) {
            throw new EditConflict(id, changedBy(now, now.edited()), null);
        }
        return now;
    }

    /** The statement as it is now, provided its effective party is still {@code expected}; otherwise refused. */
    Statement partyUnchangedSince(long id, String expected) {
        Statement now = statements.find(id).orElseThrow(() -> gone(id, null));
        if (!(now.party() == null ? expected == null : now.party().equalsIgnoreCase(expected))) {
            throw new EditConflict(id, changedBy(now, now.edited()), null);
        }
        return now;
    }

    /** Removes a statement the coder made, provided it still holds {@code expected}. */
    void delete(long id, StatementEdit expected) {
        Statement now = unchangedSince(id, expected);
        try {
            statements.delete(id, now.version());
        } catch (StaleRowException e) {
            throw conflict(now, e);
        }
    }

    private EditConflict conflict(Statement seen, StaleRowException e) {
        if (e.gone()) {
            return gone(seen.id(), seen);
        }
        return new EditConflict(seen.id(), changedBy(seen, e.lastEdit().orElse(null)), e);
    }

    private String changedBy(Statement statement, EditStamp by) {
        String what = describe(statement);
        if (by == null) {
            return what + " was changed meanwhile (by a merge or deletion of its source); your change was not saved;"
                    + " it now shows the current version.";
        }
        return what + " was changed by " + by.coder() + " at " + coder.when(by) + "; your change was not saved; "
                + "the statement now shows " + by.coder() + "\u2019s version.";
    }

    private EditConflict gone(long id, Statement seen) {
        return new EditConflict(id, (seen == null ? "Statement #" + id : describe(seen))
                + " is no longer in the library (another coder deleted it, or re-analysis replaced it);"
                + " your change was not saved.", null);
    }

    private static String describe(Statement s) {
        String text = s.text().replaceAll("\\s+", " ").strip();
        return "Statement #" + s.id() + " \u201c" + (text.length() <= 50 ? text : text.substring(0, 49) + "\u2026")
                + "\u201d";
    }
}
