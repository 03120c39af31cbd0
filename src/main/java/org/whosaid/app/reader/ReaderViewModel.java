package org.whosaid.app.reader;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.Loader;
import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.Article;
import org.whosaid.model.Party;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.service.AnnotationService;
import org.whosaid.service.EditConflict;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.LibraryService;

/**
 * The Reader's state: the open article, its statements, the selected one, and the keyboard actions on it (next,
 * previous, party by number, asserts/denies, new statement from a selection). Reloads after every edit, undo and redo.
 */
public final class ReaderViewModel {
    private final LibraryService library;
    private final AnnotationService annotation;
    private final UndoRedo undoRedo;

    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Statement> statements = FXCollections.observableArrayList();
    private final ObservableList<Statement> statementsView = FXCollections.unmodifiableObservableList(statements);
    private final ObservableList<Party> parties = FXCollections.observableArrayList();
    private final ObservableList<Party> partiesView = FXCollections.unmodifiableObservableList(parties);
    private final ReadOnlyObjectWrapper<Statement> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper();
    private final Loader loader;

    public ReaderViewModel(LibraryService library, AnnotationService annotation, UndoRedo undoRedo,
                           TaskExecutor executor) {
        this.library = library;
        this.annotation = annotation;
        this.undoRedo = undoRedo;
        this.loader = new Loader(executor);
        undoRedo.revisionProperty().addListener((obs, old, now) -> reload());
    }

    /** An article as the Reader shows it, read off the FX thread. */
    private record Loaded(Article article, List<Party> parties, List<Statement> statements) {
    }

    private Loaded read(long articleId) {
        return library.article(articleId)
                .map(found -> new Loaded(found, library.parties(), library.statements(articleId))).orElse(null);
    }

    /** True while an article is being read in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    /** Shows an article; its first statement is selected. */
    public void open(long articleId) {
        show(articleId, null);
    }

    /** Opens the article of a statement and selects the statement (for the other screens' "show in Reader"). */
    public void openStatement(long statementId) {
        loader.load("Opening statement #" + statementId, () -> library.statement(statementId).map(Statement::articleId),
                articleId -> articleId.ifPresentOrElse(id -> show(id, statementId),
                        () -> message.set("Statement #" + statementId + " is no longer in the library.")));
    }

    private void show(long articleId, Long statementId) {
        loader.load("Opening article #" + articleId, () -> read(articleId), loaded -> {
            if (loaded == null) {
                message.set("Article #" + articleId + " is not in the library.");
                return;
            }
            article.set(loaded.article());
            selected.set(null);
            parties.setAll(loaded.parties());
            statements.setAll(loaded.statements());
            statements.stream().filter(s -> statementId == null ? s.active() : s.id() == statementId).findFirst()
                    .ifPresent(selected::set);
        });
    }

    /** Reads the article's statements again, keeping the selection on the same statement when it still exists. */
    public void reload() {
        Article current = article.get();
        if (current == null) {
            return;
        }
        loader.load("Reloading the Reader", () -> read(current.id()), loaded -> {
            if (loaded == null) {
                article.set(null);
                statements.clear();
                selected.set(null);
                return;
            }
            parties.setAll(loaded.parties());
            Long selectedId = selected.get() == null ? null : selected.get().id();
            List<Statement> fresh = loaded.statements();
            if (sameStatements(fresh)) {
                // One by one: a ListView keeps its scroll position (setAll would scroll it to the top).
                for (int i = 0; i < fresh.size(); i++) {
                    if (!fresh.get(i).equals(statements.get(i))) {
                        statements.set(i, fresh.get(i));
                    }
                }
            } else {
                statements.setAll(fresh);
            }
            selected.set(selectedId == null ? null
                    : statements.stream().filter(s -> s.id() == selectedId).findFirst().orElse(null));
        });
    }

    private boolean sameStatements(List<Statement> fresh) {
        if (fresh.size() != statements.size()) {
            return false;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i).id() != statements.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    public void select(Statement statement) {
        selected.set(statement);
    }

    /** Selects the innermost active statement at a character of the text, if any. */
    public void selectAt(int characterIndex) {
        statementsAt(characterIndex).stream().findFirst().ifPresent(selected::set);
    }

    /** The active statements covering a character, innermost (shortest) first. */
    public List<Statement> statementsAt(int characterIndex) {
        return statements.stream()
                .filter(s -> s.active() && s.start() <= characterIndex && characterIndex < s.end())
                .sorted(Comparator.comparingInt(s -> s.end() - s.start()))
                .toList();
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (statements.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? -1 : statements.indexOf(selected.get());
        int next = index < 0 ? (step > 0 ? 0 : statements.size() - 1)
                : Math.floorMod(index + step, statements.size());
        selected.set(statements.get(next));
    }

    /**
     * The n-th party (1-based) for the selected statement, as the number keys choose it; empty when there is
     * nothing to change. The change itself asks "this statement or its source everywhere" as the Inspector does.
     */
    public Optional<String> partyByNumber(int number) {
        Statement statement = selected.get();
        if (statement == null || number < 1 || number > parties.size()) {
            return Optional.empty();
        }
        if (statement.sourceId() == null) {
            message.set("An unattributed statement has no source to give a party: choose its source first.");
            return Optional.empty();
        }
        String party = parties.get(number - 1).name();
        return party.equalsIgnoreCase(statement.party()) ? Optional.empty() : Optional.of(party);
    }

    /** Switches the selected statement between asserts and denies. */
    public void toggleStance() {
        Statement statement = selected.get();
        if (statement == null) {
            return;
        }
        Stance next = statement.stance() == Stance.DENIES ? Stance.ASSERTS : Stance.DENIES;
        save(() -> annotation.editStatement(statement, "mark as " + next.code(), e -> e.withStance(next)));
    }

    /**
     * Saves an edit and records it for undo. When someone else changed the statement since it was read, nothing is
     * saved: the message says who and when, {@link #conflictProperty()} carries it for a dialog, and the article
     * is read again so that the other coder's version shows.
     */
    void save(java.util.function.Supplier<Edit> edit) {
        try {
            undoRedo.record(edit.get());
        } catch (EditConflict e) {
            message.set(e.getMessage());
            // cleared first, so that the same refusal twice still tells the listeners twice
            conflict.set(null);
            conflict.set(e.getMessage());
            reload();
        }
    }

    /** The last edit refused because another coder had changed the statement (null until one is). */
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /**
     * Makes a new statement from the reader's selection [start, end) of the text, trimmed of spaces, and selects it.
     * It starts unattributed; choosing its source in the inspector makes it a claim, or a quote when it is quoted.
     */
    public Optional<Statement> createFromSelection(int start, int end) {
        Article current = article.get();
        if (current == null) {
            return Optional.empty();
        }
        String text = current.text();
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from) {
            message.set("Select some text first, then press A to make it a statement.");
            return Optional.empty();
        }
        AnnotationService.Created created = annotation.createStatement(current.id(), from, to,
                StatementKind.CLAIM, null);
        selected.set(null);
        undoRedo.record(created.edit());
        // Read at once (the list reloads in the background); the reload keeps it selected by its id.
        Optional<Statement> made = library.statement(created.statementId());
        made.ifPresent(selected::set);
        message.set("New statement: choose its source in the inspector, or leave it unattributed.");
        return made;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The article's statements in text order, rejected ones included. */
    public ObservableList<Statement> statements() {
        return statementsView;
    }

    public ObservableList<Party> parties() {
        return partiesView;
    }

    public ReadOnlyObjectProperty<Statement> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A hint for the user after an action that could not be done. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
