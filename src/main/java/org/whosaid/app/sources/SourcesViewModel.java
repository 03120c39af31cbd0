package org.whosaid.app.sources;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.NameScript;
import org.whosaid.app.common.Loader;
import org.whosaid.app.common.RecordedEdit;
import org.whosaid.app.common.SourceNames;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.Account;
import org.whosaid.model.Party;
import org.whosaid.model.Source;
import org.whosaid.model.SourceStats;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.LibraryService;
import org.whosaid.service.EditConflict;
import org.whosaid.service.SourceService;

/**
 * State of the Sources screen: every source with its counts, the chosen one's ledger, and the edits a reader makes
 * to sources (rename, party, aliases, merge), each saved at once and recorded in the shared undo history.
 */
public final class SourcesViewModel {
    private final SourceService sources;
    private final LibraryService library;
    private final EditHistory history;
    private final Consumer<Long> openStatement;
    private final Loader loader;
    private final SourceNames names;

    // Read-only views are made once: they listen to their list weakly, so one made per call could be
    // collected together with the listeners a view added to it.
    private final ObservableList<SourceStats> list = FXCollections.observableArrayList();
    private final ObservableList<SourceStats> sourcesView = FXCollections.unmodifiableObservableList(list);
    private final ObservableList<Account> ledger = FXCollections.observableArrayList();
    private final ObservableList<Account> ledgerView = FXCollections.unmodifiableObservableList(ledger);
    private final ObservableList<String> aliases = FXCollections.observableArrayList();
    private final ObservableList<String> aliasesView = FXCollections.unmodifiableObservableList(aliases);
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ObservableList<String> partiesView = FXCollections.unmodifiableObservableList(parties);
    private final ReadOnlyObjectWrapper<SourceStats> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SourcesViewModel(SourceService sources, LibraryService library, EditHistory history,
                            TaskExecutor executor, Consumer<Long> openStatement, SourceNames names) {
        this.sources = sources;
        this.names = names;
        this.library = library;
        this.history = history;
        this.openStatement = openStatement;
        this.loader = new Loader(executor);
    }

    private record Loaded(List<SourceStats> list, List<String> parties, SourceStats chosen,
                          List<Account> ledger) {
    }

    /** Reloads every source; the chosen one stays chosen while it exists. */
    public void refresh() {
        load(selectedId().orElse(null));
    }

    /** Chooses a source by id (null for none) and loads its ledger. */
    public void select(Long sourceId) {
        if (Objects.equals(sourceId, selectedId().orElse(null))) {
            return;
        }
        selected.set(list.stream().filter(s -> Objects.equals(s.source().id(), sourceId)).findFirst().orElse(null));
        load(sourceId);
    }

    /** Loads the sources and the ledger of one together, so that a merge or rename shows both up to date. */
    private void load(Long sourceId) {
        loader.load("Loading the Sources", () -> {
            List<SourceStats> all = sources.list();
            SourceStats chosen = all.stream().filter(s -> Objects.equals(s.source().id(), sourceId)).findFirst()
                    .orElse(null);
            List<Account> accounts = chosen == null ? List.of() : sources.ledger(chosen.source().id()).accounts();
            return new Loaded(all, library.parties().stream().map(Party::name).toList(), chosen, accounts);
        }, loaded -> {
            if (!list.equals(loaded.list())) {
                list.setAll(loaded.list());
            }
            parties.setAll(loaded.parties());
            selected.set(loaded.chosen());
            ledger.setAll(loaded.ledger());
            aliases.setAll(loaded.chosen() == null ? List.of() : loaded.chosen().source().aliases());
        });
    }

    /** The source's name as the user chose to see names (as written or in Latin script). */
    public String shownName(Source source) {
        return source == null ? "" : names.show(source.name(), source.aliases());
    }

    /** The user's choice of script, which the view listens to to show the names again. */
    public ReadOnlyObjectProperty<NameScript> nameScriptProperty() {
        return names.scriptProperty();
    }

    /** True while the sources are being read in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    public Optional<Long> selectedId() {
        return Optional.ofNullable(selected.get()).map(s -> s.source().id());
    }

    public void open(Account account) {
        openStatement.accept(account.statementId());
    }

    /** Renames the chosen source as this screen shows it; refused, naming who, when someone changed it since. */
    public boolean rename(String name) {
        return onSelectedSource(source -> sources.rename(source, name));
    }

    public boolean setParty(String party) {
        return onSelectedSource(source -> sources.setParty(source, party));
    }

    public boolean addAlias(String alias) {
        return onSelected(id -> sources.addAlias(id, alias));
    }

    public boolean removeAlias(String alias) {
        return onSelected(id -> sources.removeAlias(id, alias));
    }

    /** Merges the chosen source into {@code targetId}; the target becomes the chosen source. */
    public boolean mergeInto(long targetId) {
        Optional<Source> target = list.stream().map(SourceStats::source).filter(s -> s.id() == targetId).findFirst();
        if (target.isEmpty()) {
            message.set("source " + targetId + " is no longer in the library");
            return false;
        }
        if (!onSelectedSource(source -> sources.merge(source, target.get()))) {
            return false;
        }
        select(targetId);
        return true;
    }

    /** Deletes the chosen source; its statements stay, unattributed, and Ctrl+Z brings it back. */
    public boolean deleteSource() {
        if (!onSelected(sources::delete)) {
            return false;
        }
        select(null);
        return true;
    }

    /** Runs an edit of the chosen source as shown; a colleague's change since is reported and the list reloaded. */
    private boolean onSelectedSource(Function<Source, Edit> action) {
        SourceStats chosen = selected.get();
        if (chosen == null) {
            message.set("Choose a source first");
            return false;
        }
        try {
            return RecordedEdit.perform(() -> action.apply(chosen.source()), history, message, this::refresh);
        } catch (EditConflict e) {
            message.set(e.getMessage());
            refresh();
            return false;
        }
    }

    private boolean onSelected(Function<Long, Edit> action) {
        Optional<Long> id = selectedId();
        if (id.isEmpty()) {
            message.set("Choose a source first");
            return false;
        }
        return RecordedEdit.perform(() -> action.apply(id.get()), history, message, this::refresh);
    }

    public ObservableList<SourceStats> sources() {
        return sourcesView;
    }

    public ObservableList<Account> ledger() {
        return ledgerView;
    }

    public ObservableList<String> aliases() {
        return aliasesView;
    }

    public ObservableList<String> parties() {
        return partiesView;
    }

    public ReadOnlyObjectProperty<SourceStats> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
