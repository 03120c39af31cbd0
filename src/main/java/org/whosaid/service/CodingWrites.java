package org.whosaid.service;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.whosaid.model.EditStamp;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.store.StaleRowException;
import org.whosaid.store.StatementRepository;

/**
 * Writes a coder's changes to statements with optimistic locking. A first edit carries the version of the statement
 * as the coder saw it; an undo or redo goes ahead only while the statement still holds what the step left (so a
 * colleague's later change is never undone from under them). A refused write stores nothing and becomes an
 * {@link EditConflict} that says who changed the statement and when.
 */
final class CodingWrites {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final StatementRepository statements;
    private final Coder coder;

    CodingWrites(StatementRepository statements, Coder coder) {
        this.statements = statements;
        this.coder = coder;
    }

    Coder coder() {
        return coder;
    }

    /** Applies {@code edit} to the statement as {@code seen}; refused when it changed since. */
    Statement apply(Statement seen, StatementEdit edit) {
        try {
            return statements.apply(seen.id(), seen.version(), edit, coder.stamp());
        } catch (StaleRowException e) {
            throw conflict(seen, e);
        }
    }

    /** Gives the statement as {@code seen} a party of its own; refused when it changed since. */
    StatementRepository.OwnParty setOwnParty(Statement seen, String party) {
        try {
            return statements.setOwnParty(seen.id(), seen.version(), party, coder.stamp());
        } catch (StaleRowException e) {
            throw conflict(seen, e);
        }
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
        return what + " was changed by " + by.coder() + " at " + when(by) + "; your change was not saved; "
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

    /** "14:02" today, "14:02 on 1 Dec 2026" another day, in the coder's time zone. */
    private String when(EditStamp by) {
        ZonedDateTime at = by.at().atZone(coder.zone());
        String time = TIME.format(at);
        return at.toLocalDate().equals(LocalDate.now(coder.clock())) ? time : time + " on " + DAY.format(at);
    }
}
