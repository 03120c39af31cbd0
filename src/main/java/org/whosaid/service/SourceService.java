package org.whosaid.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.whosaid.model.Account;
import org.whosaid.model.Article;
import org.whosaid.model.EditStamp;
import org.whosaid.model.Source;
import org.whosaid.model.SourceLedger;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StaleRowException;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.StoreException;

/** The Sources screen: every speaker with its counts, its ledger of statements, and undoable edits to it. */
public final class SourceService {
    /** The Latin (BGN/PCGN) spelling of a Cyrillic name, as the analysis spells a new Russian or Ukrainian person. */
    public static String latinSpelling(String cyrillicName) {
        return org.whosaid.analysis.slavic.LatinSpelling.of(cyrillicName);
    }

    private final SourceRepository sources;
    private final StatementRepository statements;
    private final ArticleRepository articles;
    private final Coder coder;

    SourceService(SourceRepository sources, StatementRepository statements, ArticleRepository articles, Coder coder) {
        this.coder = coder;
        this.sources = sources;
        this.statements = statements;
        this.articles = articles;
    }

    /** Every source with kind, party, aliases and statement and article counts, by name. */
    public List<SourceStats> list() {
        return sources.all();
    }

    /** A source's statements across articles, oldest first; an unknown id is an error. */
    public SourceLedger ledger(long sourceId) {
        SourceStats stats = sources.all().stream().filter(s -> s.source().id() == sourceId).findFirst()
                .orElseThrow(() -> unknown(sourceId));
        Map<Long, Article> cache = new HashMap<>();
        List<Account> accounts = new ArrayList<>();
        for (Statement s : statements.ofSource(sourceId)) {
            accounts.add(Account.of(s, cache.computeIfAbsent(s.articleId(), id -> articles.find(id).orElseThrow())));
        }
        accounts.sort(CompareService.BY_DATE);
        return new SourceLedger(stats, accounts);
    }

    /**
     * Renames the source as the coder saw it ({@code seen}); refused with an {@link EditConflict} naming who changed
     * it when it changed since. Undo and redo are refused the same way when the source no longer holds what the step
     * left.
     */
    public Edit rename(Source seen, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        String before = seen.name();
        String after = newName.strip();
        sources.findByName(after).filter(other -> other.id() != seen.id()).ifPresent(other -> {
            throw new IllegalArgumentException("\u201c" + after + "\u201d is already a source (or an alias of "
                    + other.name() + "); merge them instead");
        });
        guarded(seen, () -> sources.rename(seen.id(), seen.version(), after, coder.stamp()));
        long id = seen.id();
        return new SimpleEdit("rename source",
                () -> step(id, now -> now.name().equals(after),
                        now -> sources.rename(id, now.version(), before, coder.stamp())),
                () -> step(id, now -> now.name().equals(before),
                        now -> sources.rename(id, now.version(), after, coder.stamp())));
    }

    /**
     * Sets the side the source as the coder saw it speaks for (null or blank for none); all its statements change
     * column. Refused like {@link #rename} when it changed since.
     */
    public Edit setParty(Source seen, String party) {
        String before = seen.party();
        String after = party == null || party.isBlank() ? null : party.strip();
        guarded(seen, () -> sources.setParty(seen.id(), seen.version(), after, coder.stamp()));
        long id = seen.id();
        return new SimpleEdit("change party",
                () -> step(id, now -> sameParty(now.party(), after),
                        now -> sources.setParty(id, now.version(), before, coder.stamp())),
                () -> step(id, now -> sameParty(now.party(), before),
                        now -> sources.setParty(id, now.version(), after, coder.stamp())));
    }

    private static boolean sameParty(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    public Edit addAlias(long sourceId, String alias) {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("an alias cannot be blank");
        }
        find(sourceId);
        String value = alias.strip();
        sources.addAlias(sourceId, value);
        return new SimpleEdit("add alias", () -> sources.removeAlias(sourceId, value),
                () -> sources.addAlias(sourceId, value));
    }

    public Edit removeAlias(long sourceId, String alias) {
        Source source = find(sourceId);
        String existing = source.aliases().stream().filter(a -> a.equalsIgnoreCase(alias.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source.name() + " has no alias \u201c" + alias + "\u201d"));
        sources.removeAlias(sourceId, existing);
        return new SimpleEdit("remove alias", () -> sources.addAlias(sourceId, existing),
                () -> sources.removeAlias(sourceId, existing));
    }

    /**
     * Merges source {@code from} into {@code into}, both as the coder saw them: its statements follow, its names
     * become aliases. Refused like {@link #rename} when either changed since.
     */
    public Edit merge(Source from, Source into) {
        if (from.id() == into.id()) {
            throw new IllegalArgumentException("a source cannot be merged into itself");
        }
        SourceRepository.Merge[] merge = {guarded(from, () -> sources.merge(from, into, coder.stamp()))};
        return new SimpleEdit("merge sources", () -> sources.undoMerge(merge[0]),
                () -> merge[0] = guarded(from, () -> sources.merge(find(from.id()), find(into.id()), coder.stamp())));
    }

    /** Deletes a source; its statements stay, unattributed. Undoing it credits them to the source again. */
    public Edit delete(long sourceId) {
        SourceRepository.DeletedSource[] deleted = {sources.deleteRestorably(find(sourceId).id())};
        return new SimpleEdit("delete source \u201c" + deleted[0].name() + "\u201d",
                () -> sources.restore(deleted[0]), () -> deleted[0] = sources.deleteRestorably(sourceId));
    }

    private Source find(long sourceId) {
        return sources.find(sourceId).orElseThrow(() -> unknown(sourceId));
    }

    private static IllegalArgumentException unknown(long sourceId) {
        return new IllegalArgumentException("source " + sourceId + " does not exist");
    }

    /** Runs an undo or redo step on the source as it is now, provided it still holds what the step expects. */
    private void step(long id, Predicate<Source> holds, Consumer<Source> write) {
        Source now = sources.find(id).orElseThrow(() -> gone(id, null));
        if (!holds.test(now)) {
            throw new EditConflict(id, changedBy(now, now.edited()), null);
        }
        guarded(now, () -> write.accept(now));
    }

    /** Runs a write of the source as {@code seen}: a stale view is an {@link EditConflict}, a store refusal a bad argument. */
    private <T> T guarded(Source seen, Supplier<T> action) {
        try {
            return action.get();
        } catch (StaleRowException e) {
            if (e.gone()) {
                throw gone(e.id(), e.id() == seen.id() ? seen : null);
            }
            Source changed = e.id() == seen.id() ? seen : sources.find(e.id()).orElse(seen);
            throw new EditConflict(e.id(), changedBy(changed, e.lastEdit().orElse(null)), e);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void guarded(Source seen, Runnable action) {
        guarded(seen, () -> {
            action.run();
            return null;
        });
    }

    private String changedBy(Source source, EditStamp by) {
        String what = "Source \u201c" + source.name() + "\u201d";
        if (by == null) {
            return what + " was changed meanwhile; your change was not saved; the Sources now show it as it is.";
        }
        return what + " was changed by " + by.coder() + " at " + coder.when(by) + "; your change was not saved;"
                + " the Sources now show " + by.coder() + "\u2019s version.";
    }

    private static EditConflict gone(long id, Source seen) {
        return new EditConflict(id, (seen == null ? "Source #" + id : "Source \u201c" + seen.name() + "\u201d")
                + " is no longer in the library (another coder merged or deleted it); your change was not saved.",
                null);
    }
}
