package org.whosaid.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.Loader;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.AuditItem;
import org.whosaid.model.AuditReport;
import org.whosaid.model.Counts;
import org.whosaid.model.PartyVoices;
import org.whosaid.service.AuditService;
import org.whosaid.service.LibraryService;

/**
 * State of the Audit screen for one article or the whole library: the attributed share, the unattributed claims
 * (an editor's checklist), vague and anonymous sources, and voices per party.
 */
public final class AuditViewModel {
    /** What the audit covers: one article, or the whole library when {@code articleId} is null. */
    public record Scope(Long articleId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final Scope LIBRARY = new Scope(null, "Whole library");

    private final AuditService audit;
    private final LibraryService library;
    private final Consumer<Long> openStatement;
    private final Loader loader;

    // Read-only views are made once: they listen to their list weakly, so one made per call could be
    // collected together with the listeners a view added to it.
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObservableList<Scope> scopesView = FXCollections.unmodifiableObservableList(scopes);
    private final ReadOnlyObjectWrapper<Scope> scope = new ReadOnlyObjectWrapper<>(LIBRARY);
    private final ReadOnlyObjectWrapper<AuditReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper("");
    private final ObservableList<AuditItem> unattributed = FXCollections.observableArrayList();
    private final ObservableList<AuditItem> unattributedView = FXCollections.unmodifiableObservableList(unattributed);
    private final ObservableList<AuditItem> weakSources = FXCollections.observableArrayList();
    private final ObservableList<AuditItem> weakSourcesView = FXCollections.unmodifiableObservableList(weakSources);
    private final ObservableList<PartyVoices> voices = FXCollections.observableArrayList();
    private final ObservableList<PartyVoices> voicesView = FXCollections.unmodifiableObservableList(voices);

    public AuditViewModel(AuditService audit, LibraryService library, TaskExecutor executor,
                          Consumer<Long> openStatement) {
        this.audit = audit;
        this.library = library;
        this.openStatement = openStatement;
        this.loader = new Loader(executor);
    }

    private record Loaded(List<Scope> scopes, Scope scope, AuditReport report) {
    }

    /** Reloads the articles to choose from and the figures; an article that is gone falls back to the library. */
    public void refresh() {
        Long wanted = scope.get().articleId();
        loader.load("Loading the Audit", () -> {
            List<Scope> all = new ArrayList<>(List.of(LIBRARY));
            library.titles().forEach(a -> all.add(new Scope(a.id(), "#" + a.id() + " " + a.title())));
            Scope current = all.stream().filter(s -> Objects.equals(s.articleId(), wanted)).findFirst()
                    .orElse(LIBRARY);
            return new Loaded(all, current, report(current));
        }, loaded -> {
            scopes.setAll(loaded.scopes());
            show(loaded.scope(), loaded.report());
        });
    }

    public void choose(Scope chosen) {
        Scope effective = chosen == null ? LIBRARY : chosen;
        scope.set(effective);
        loader.load("Auditing " + effective.label(), () -> report(effective), r -> show(effective, r));
    }

    private AuditReport report(Scope of) {
        return of.articleId() == null ? audit.library(AuditService.LISTED) : audit.article(of.articleId());
    }

    /** True while the figures are being computed (a whole-library audit may take a while). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

    private void show(Scope effective, AuditReport r) {
        scope.set(effective);
        report.set(r);
        if (r.statements() == 0) {
            share.set("No statements yet");
            summary.set(effective.articleId() == null
                    ? "The library has no statements to audit. Import articles with File \u2192 Import (Ctrl+O)."
                    : "This article has no statements. Open it in the Reader, select text and press A to add one.");
        } else {
            share.set(String.format(Locale.ROOT, "%.0f%% attributed", r.attributedShare() * 100));
            summary.set(Counts.of(r.statements(), "statement") + " in " + Counts.of(r.articles(), "article")
                    + ": " + r.attributed() + " attributed, " + r.unattributed() + " unattributed check-worthy claims, "
                    + r.weakSourceCount() + " on vague or anonymous sources (only check-worthy factual claims count as"
                    + " unattributed)" + (r.unattributedClaims().size() < r.unattributed()
                            || r.weakSources().size() < r.weakSourceCount()
                            ? "; the first " + AuditService.LISTED + " of each are listed, most check-worthy first" : ""));
        }
        unattributed.setAll(r.unattributedClaims());
        weakSources.setAll(r.weakSources());
        voices.setAll(r.voices());
    }

    public void open(AuditItem item) {
        openStatement.accept(item.account().statementId());
    }

    public ObservableList<Scope> scopes() {
        return scopesView;
    }

    public ReadOnlyObjectProperty<Scope> scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AuditReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shareProperty() {
        return share.getReadOnlyProperty();
    }

    public ObservableList<AuditItem> unattributed() {
        return unattributedView;
    }

    public ObservableList<AuditItem> weakSources() {
        return weakSourcesView;
    }

    public ObservableList<PartyVoices> voices() {
        return voicesView;
    }
}
