package org.whosaid.app.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.whosaid.app.common.RecordedEdit;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.EditHistory;
import org.whosaid.service.PartyService;

/** State of the Parties pane: the library's parties with their sides, and the edits on them, each undoable. */
public final class PartiesViewModel {

    /** A party as the pane lists it. */
    public record Row(String name, String colour, String side) {
        @Override
        public String toString() {
            return side == null ? name : name + "  \u2192  " + side;
        }
    }

    private final PartyService parties;
    private final EditHistory history;
    private final Runnable changed;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code changed} runs after each edit and its undo, e.g. to reload Compare. */
    public PartiesViewModel(PartyService parties, EditHistory history, Runnable changed) {
        this.parties = parties;
        this.history = history;
        this.changed = changed;
    }

    public void refresh() {
        var sides = parties.sides();
        rows.setAll(parties.all().stream()
                .map(p -> new Row(p.name(), p.colour(), sides.get(p.name().toLowerCase(Locale.ROOT)))).toList());
    }

    public boolean add(String name) {
        return perform(() -> parties.add(name));
    }

    public boolean rename(String from, String to) {
        return perform(() -> parties.rename(from, to));
    }

    public boolean recolour(String name, String colour) {
        return perform(() -> parties.recolour(name, colour));
    }

    public boolean merge(String from, String into) {
        return perform(() -> parties.merge(from, into));
    }

    /** Groups the named parties into one side; a blank side takes them out of theirs. */
    public boolean group(List<String> names, String side) {
        return perform(() -> parties.group(names, side));
    }

    private boolean perform(Supplier<Edit> action) {
        return RecordedEdit.perform(action, history, message, () -> {
            refresh();
            changed.run();
        });
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
