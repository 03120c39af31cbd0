package org.whosaid.app.compare;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.Loader;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.common.RecordedEdit;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.Account;
import org.whosaid.model.Counts;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.TopicOverview;
import org.whosaid.service.CompareService;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.EditHistory;

/**
 * State of the Compare screen: the topics, the chosen topic's accounts by party, whether it is a conflict; and the
 * reader's topic edits (move, merge, rename), each recorded in the shared undo history.
 */
public final class CompareViewModel {
    private final CompareService compare;
    private final EditHistory history;
    private final Consumer<Long> openStatement;

    // Read-only views are made once: they listen to their list weakly, so one made per call could be
    // collected together with the listeners a view added to it.
    private final ObservableList<TopicOverview> topics = FXCollections.observableArrayList();
    private final ObservableList<TopicOverview> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<PartyAccounts> columns = FXCollections.observableArrayList();
    private final ObservableList<PartyAccounts> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ReadOnlyObjectWrapper<TopicComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Choose a topic");
    private final ReadOnlyStringWrapper conflictText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Loader loader;
    private final SourceNames names;
    /** The topic to show once the load under way answers; null to keep the one shown. */
    private String wanted;
    private volatile CompareService.Grouping grouping = CompareService.Grouping.PARTY;

    public CompareViewModel(CompareService compare, EditHistory history, TaskExecutor executor,
                            Consumer<Long> openStatement, SourceNames names) {
        this.compare = compare;
        this.names = names;
        names.scriptProperty().addListener((o, was, now) -> refresh());
        this.history = history;
        this.openStatement = openStatement;
        this.loader = new Loader(executor);
    }

    private record Loaded(List<TopicOverview> topics, TopicComparison comparison) {
    }

    /** Reloads the topics, keeping the chosen topic when it still exists (else the first). */
    public void refresh() {
        load(wanted != null ? wanted : selectedKey().orElse(null));
    }

    /** Shows the accounts of the topic with this key (reloading the topics with it); null clears the screen. */
    public void select(String key) {
        if (key != null && key.equals(selectedKey().orElse(null)) && wanted == null) {
            return;
        }
        if (key == null) {
            wanted = null;
            show(null);
            return;
        }
        wanted = key;
        load(key);
    }

    /** Topics and one comparison are read together, so a merge or rename shows both up to date. */
    private void load(String key) {
        CompareService.Grouping by = grouping;
        loader.load("Loading Compare", () -> {
            names.reload();
            List<TopicOverview> all = compare.topics();
            String shown = all.stream().map(t -> t.topic().key()).filter(k -> k.equals(key)).findFirst()
                    .or(() -> all.stream().findFirst().map(t -> t.topic().key())).orElse(null);
            return new Loaded(all, shown == null ? null : compare.compare(shown, by));
        }, loaded -> {
            wanted = null;
            if (!topics.equals(loaded.topics())) {
                topics.setAll(loaded.topics());
            }
            show(loaded.comparison());
        });
    }

    /** The account's source as the user chose to see names (as written or in Latin script); null for none. */
    public String shownSource(Account account) {
        return names.show(account.source());
    }

    /** True while topics and accounts are being read in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    private void show(TopicComparison c) {
        if (c == null) {
            comparison.set(null);
            columns.clear();
            heading.set(topics.isEmpty() ? "No topics yet" : "Choose a topic");
            conflict.set(false);
            conflictText.set("");
            return;
        }
        comparison.set(c);
        columns.setAll(c.columns());
        heading.set(c.topic().label() + "  \u00b7  " + Counts.of(c.accountCount(), "statement"));
        conflict.set(c.conflict());
        conflictText.set(c.conflict() ? "\u26a0 Conflict: " + c.conflictSummary() : "");
    }

    /** Groups the columns by outlet instead of by party (or back), keeping the chosen topic. */
    public void groupByOutlet(boolean byOutlet) {
        grouping = byOutlet ? CompareService.Grouping.OUTLET : CompareService.Grouping.PARTY;
        load(selectedKey().orElse(null));
    }

    public Optional<String> selectedKey() {
        return Optional.ofNullable(comparison.get()).map(c -> c.topic().key());
    }

    public void open(long statementId) {
        openStatement.accept(statementId);
    }

    public boolean renameTopic(String label) {
        return selectedKey().map(key -> perform(() -> compare.renameTopic(key, label))).orElse(false);
    }

    /** Merges the chosen topic into another; the other becomes the chosen one. */
    public boolean mergeInto(String targetKey) {
        Optional<String> key = selectedKey();
        wanted = targetKey;
        if (key.isEmpty() || !perform(() -> compare.mergeTopics(key.get(), targetKey))) {
            wanted = null;
            return false;
        }
        return true;
    }

    public boolean moveStatement(long statementId, String topicKey) {
        return perform(() -> compare.moveStatement(statementId, topicKey));
    }

    private boolean perform(Supplier<Edit> action) {
        return RecordedEdit.perform(action, history, message, this::refresh);
    }

    public ObservableList<TopicOverview> topics() {
        return topicsView;
    }

    public ObservableList<PartyAccounts> columns() {
        return columnsView;
    }

    public ReadOnlyObjectProperty<TopicComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictTextProperty() {
        return conflictText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
