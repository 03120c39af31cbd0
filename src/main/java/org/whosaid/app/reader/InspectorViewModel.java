package org.whosaid.app.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.NameScript;
import org.whosaid.app.common.SourceNames;
import org.whosaid.model.Source;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.StatementKind;
import org.whosaid.model.Status;
import org.whosaid.model.Topic;
import org.whosaid.service.AnnotationService;
import org.whosaid.service.LibraryService;

/**
 * Editing the statement selected in the Reader: source, party, stance, topic, kind, tags, note, reject or restore.
 * Each change is saved at once as the user's and recorded for undo; setting a value it already has changes nothing.
 */
public final class InspectorViewModel {
    private final ReaderViewModel reader;
    private final LibraryService library;
    private final AnnotationService annotation;
    private final SourceNames names;
    private final ObservableList<String> sourceNames = FXCollections.observableArrayList();
    private final ObservableList<String> sourceNamesView = FXCollections.unmodifiableObservableList(sourceNames);
    private final ObservableList<String> topicKeys = FXCollections.observableArrayList();
    private final ObservableList<String> topicKeysView = FXCollections.unmodifiableObservableList(topicKeys);
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ObservableList<String> tagNamesView = FXCollections.unmodifiableObservableList(tagNames);

    /** Edits are saved and recorded for undo through the Reader's {@link ReaderViewModel#save}. */
    public InspectorViewModel(ReaderViewModel reader, LibraryService library, AnnotationService annotation,
                              SourceNames names) {
        this.reader = reader;
        this.names = names;
        this.library = library;
        this.annotation = annotation;
        reader.statements().addListener((javafx.collections.ListChangeListener<Statement>) change -> refreshChoices());
    }

    /** Reloads the names offered for completion: sources, topics and tags in the library. */
    public void refreshChoices() {
        List<Source> all = library.sources().stream().map(SourceStats::source).toList();
        names.learn(all);
        List<String> sources = all.stream().map(Source::name).toList();
        if (!sourceNames.equals(sources)) {
            sourceNames.setAll(sources);
        }
        List<String> topics = library.topics().stream().map(Topic::key).toList();
        if (!topicKeys.equals(topics)) {
            topicKeys.setAll(topics);
        }
        List<String> tags = annotation.tags();
        if (!tagNames.equals(tags)) {
            tagNames.setAll(tags);
        }
    }

    /** The statement's source as the user chose to see names (as written or in Latin script); null for none. */
    public String shownSource(Statement statement) {
        return statement == null ? null : names.show(statement.sourceName());
    }

    /** The user's choice of script, which the inspector listens to to show the source again. */
    public ReadOnlyObjectProperty<NameScript> nameScriptProperty() {
        return names.scriptProperty();
    }

    public ReadOnlyObjectProperty<Statement> statementProperty() {
        return reader.selectedProperty();
    }

    /**
     * Credits the statement to a source by name, creating the source if it is new; an unattributed statement
     * becomes a claim (or a quote, when it is in quotation marks). A blank name changes nothing: making a statement
     * unattributed is a deliberate choice of kind, never the side effect of an emptied field.
     */
    public void setSource(String name) {
        Statement statement = reader.selectedProperty().get();
        if (statement == null) {
            return;
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase(statement.sourceName())
                || trimmed.equalsIgnoreCase(shownSource(statement))) {
            return;
        }
        StatementKind kind = statement.kind() != StatementKind.UNATTRIBUTED ? null
                : looksQuoted(statement.text()) ? StatementKind.QUOTE : StatementKind.CLAIM;
        reader.save(() -> annotation.setSource(statement, trimmed, SourceKind.PERSON, null, kind));
    }

    /** The statement has no source: it becomes an unattributed claim. */
    public void markUnattributed() {
        Statement statement = reader.selectedProperty().get();
        if (statement == null || statement.kind() == StatementKind.UNATTRIBUTED && statement.sourceId() == null) {
            return;
        }
        edit("mark unattributed", e -> e.withSource(null).withKind(StatementKind.UNATTRIBUTED));
    }

    /** Sets the party for this statement only, or for its source everywhere ({@code everywhere}); undoable. */
    public void setParty(String party, boolean everywhere) {
        Statement statement = reader.selectedProperty().get();
        if (statement == null || statement.sourceId() == null || party == null || party.isBlank()
                || party.equalsIgnoreCase(statement.party())) {
            return;
        }
        reader.save(() -> everywhere ? annotation.setParty(statement, party.strip())
                : annotation.setStatementParty(statement, party.strip()));
    }

    public void setStance(Stance stance) {
        Statement statement = reader.selectedProperty().get();
        if (statement != null && stance != null && stance != statement.stance()) {
            edit("mark as " + stance.code(), e -> e.withStance(stance));
        }
    }

    public void setKind(StatementKind kind) {
        Statement statement = reader.selectedProperty().get();
        if (statement == null || kind == null || kind == statement.kind()) {
            return;
        }
        if (kind == StatementKind.UNATTRIBUTED) {
            markUnattributed();
        } else if (statement.sourceId() != null) {
            edit("make it a " + kind.code(), e -> e.withKind(kind));
        }
        // A quote or claim needs a source; choosing one in the inspector sets the kind.
    }

    public void setTopic(String topic) {
        Statement statement = reader.selectedProperty().get();
        String value = topic == null || topic.isBlank() ? null : topic.strip();
        if (statement != null && !Objects.equals(value, statement.topic())) {
            edit(value == null ? "clear topic" : "set topic " + value, e -> e.withTopic(value));
        }
    }

    /** Sets the tags from comma-separated text. */
    public void setTags(String commaSeparated) {
        Statement statement = reader.selectedProperty().get();
        if (statement == null) {
            return;
        }
        List<String> tags = new ArrayList<>();
        for (String tag : Arrays.asList((commaSeparated == null ? "" : commaSeparated).split(","))) {
            if (!tag.isBlank() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag.strip()))) {
                tags.add(tag.strip());
            }
        }
        if (!tags.equals(statement.tags())) {
            edit("set tags", e -> e.withTags(tags));
        }
    }

    public void setNote(String note) {
        Statement statement = reader.selectedProperty().get();
        String value = note == null || note.isBlank() ? null : note;
        String current = statement == null || statement.note() == null || statement.note().isBlank() ? null
                : statement.note();
        if (statement != null && !Objects.equals(value, current)) {
            edit("edit note", e -> e.withNote(value));
        }
    }

    public void reject() {
        setStatus(Status.REJECTED, "reject statement");
    }

    public void restore() {
        setStatus(Status.ACTIVE, "restore statement");
    }

    private void setStatus(Status status, String description) {
        Statement statement = reader.selectedProperty().get();
        if (statement != null && statement.status() != status) {
            edit(description, e -> e.withStatus(status));
        }
    }

    private void edit(String description, UnaryOperator<StatementEdit> change) {
        Statement statement = reader.selectedProperty().get();
        reader.save(() -> annotation.editStatement(statement, description, change));
    }

    static boolean looksQuoted(String text) {
        String trimmed = text.strip();
        return !trimmed.isEmpty() && "\u201c\"\u00ab\u201e\u2018'".indexOf(trimmed.charAt(0)) >= 0;
    }

    public ObservableList<String> sourceNames() {
        return sourceNamesView;
    }

    public ObservableList<String> topicKeys() {
        return topicKeysView;
    }

    public ObservableList<String> tagNames() {
        return tagNamesView;
    }
}
