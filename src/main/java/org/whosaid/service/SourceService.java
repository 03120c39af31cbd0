package org.whosaid.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.whosaid.model.Account;
import org.whosaid.model.Article;
import org.whosaid.model.Source;
import org.whosaid.model.SourceLedger;
import org.whosaid.model.SourceStats;
import org.whosaid.model.Statement;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.SourceRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.StoreException;

/** The Sources screen: every speaker with its counts, its ledger of statements, and undoable edits to it. */
public final class SourceService {
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

    public Edit rename(long sourceId, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        Source source = find(sourceId);
        String before = source.name();
        String after = newName.strip();
        sources.findByName(after).filter(other -> other.id() != sourceId).ifPresent(other -> {
            throw new IllegalArgumentException("\u201c" + after + "\u201d is already a source (or an alias of "
                    + other.name() + "); merge them instead");
        });
        guarded(() -> sources.rename(sourceId, after, coder.stamp()));
        return new SimpleEdit("rename source", () -> sources.rename(sourceId, before, coder.stamp()),
                () -> sources.rename(sourceId, after, coder.stamp()));
    }

    /** Sets the side a source speaks for (null or blank for none); all its statements change column. */
    public Edit setParty(long sourceId, String party) {
        String before = find(sourceId).party();
        String after = party == null || party.isBlank() ? null : party.strip();
        sources.setParty(sourceId, after, coder.stamp());
        return new SimpleEdit("change party", () -> sources.setParty(sourceId, before, coder.stamp()),
                () -> sources.setParty(sourceId, after, coder.stamp()));
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

    /** Merges source {@code fromId} into {@code intoId}: its statements follow, its names become aliases. */
    public Edit merge(long fromId, long intoId) {
        find(fromId);
        find(intoId);
        SourceRepository.Merge[] merge = {guarded(() -> sources.merge(fromId, intoId))};
        return new SimpleEdit("merge sources", () -> sources.undoMerge(merge[0]),
                () -> merge[0] = sources.merge(fromId, intoId));
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

    private static <T> T guarded(Supplier<T> action) {
        try {
            return action.get();
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void guarded(Runnable action) {
        guarded(() -> {
            action.run();
            return null;
        });
    }
}
