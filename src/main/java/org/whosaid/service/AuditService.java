package org.whosaid.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.whosaid.model.Account;
import org.whosaid.model.Article;
import org.whosaid.model.ArticleHeader;
import org.whosaid.model.AuditItem;
import org.whosaid.model.AuditReport;
import org.whosaid.model.Origin;
import org.whosaid.model.Party;
import org.whosaid.model.PartyVoices;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.StatementRepository;

/**
 * An editor's attribution check of one article or the whole library: how much is sourced, what is not, what rests
 * on vague or anonymous sources, and who gets to speak (in their own words or not). Unattributed claims are the
 * check-worthy ones the parser kept (or the reader marked), the reader's marks first, then most check-worthy first.
 */
public final class AuditService {
    /** Statements a whole-library audit on screen lists of each kind (the most check-worthy first). */
    public static final int LISTED = 500;

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final PartyRepository parties;

    public AuditService(ArticleRepository articles, StatementRepository statements, PartyRepository parties) {
        this.articles = articles;
        this.statements = statements;
        this.parties = parties;
    }

    /** The audit of the whole library, every unattributed claim and weakly sourced statement listed. */
    public AuditReport library() {
        return library(Integer.MAX_VALUE);
    }

    /**
     * The audit of the whole library with at most {@code listed} statements in each list (the most check-worthy
     * unattributed claims, the first weakly sourced ones); the counts are always of all of them. Counted in SQL,
     * and only the listed statements are read, so it stays fast at 100,000 articles.
     */
    public AuditReport library(int listed) {
        int attributed = 0;
        int unattributed = 0;
        int weakCount = 0;
        Map<String, int[]> voices = new TreeMap<>(PartyOrder.COMPARATOR);
        for (StatementRepository.Tally tally : statements.tallies()) {
            if (!tally.sourced()) {
                unattributed += tally.count();
                continue;
            }
            attributed += tally.count();
            if (tally.weak()) {
                weakCount += tally.count();
            }
            int[] counts = voices.computeIfAbsent(PartyOrder.columnOf(tally.party(), true), p -> new int[2]);
            counts[0] += tally.count();
            if (tally.quote()) {
                counts[1] += tally.count();
            }
        }
        List<Statement> unsourced = statements.unsourced(listed);
        List<Statement> weaklySourced = statements.weaklySourced(listed);
        Set<Long> ids = new HashSet<>();
        unsourced.forEach(s -> ids.add(s.articleId()));
        weaklySourced.forEach(s -> ids.add(s.articleId()));
        Map<Long, ArticleHeader> headers = articles.headers(ids);
        List<AuditItem> ranked = unsourced.stream()
                .map(s -> new AuditItem(Account.of(s, headers.get(s.articleId())), AuditItem.UNATTRIBUTED)).toList();
        List<AuditItem> weak = weaklySourced.stream()
                .map(s -> new AuditItem(Account.of(s, headers.get(s.articleId())), weakness(s).orElseThrow()))
                .toList();
        return new AuditReport(null, articles.count(), attributed, unattributed, ranked, weak, weakCount,
                partyVoices(voices));
    }

    private Account account(Statement s, Map<Long, Article> cache) {
        return Account.of(s, cache.computeIfAbsent(s.articleId(), id -> articles.find(id).orElseThrow()));
    }

    /** The audit of one article; an unknown id is an error. */
    public AuditReport article(long articleId) {
        if (articles.find(articleId).isEmpty()) {
            throw new IllegalArgumentException("no article with id " + articleId);
        }
        return audit(articleId, statements.ofArticle(articleId));
    }

    /** The audit of the given articles together (the whole library for an empty list). */
    public AuditReport articles(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return library();
        }
        if (articleIds.size() == 1) {
            return article(articleIds.get(0));
        }
        List<Statement> chosen = new ArrayList<>();
        for (long id : articleIds) {
            if (articles.find(id).isEmpty()) {
                throw new IllegalArgumentException("no article with id " + id);
            }
            chosen.addAll(statements.ofArticle(id));
        }
        return audit(null, chosen, articleIds.size());
    }

    private AuditReport audit(Long articleId, List<Statement> all) {
        return audit(articleId, all, 1);
    }

    private AuditReport audit(Long articleId, List<Statement> all, int articleCount) {
        Map<Long, Article> cache = new HashMap<>();
        int attributed = 0;
        int unattributed = 0;
        List<Statement> unsourced = new ArrayList<>();
        Map<Statement, Account> unsourcedAccounts = new HashMap<>();
        List<AuditItem> weak = new ArrayList<>();
        Map<String, int[]> voices = new TreeMap<>(PartyOrder.COMPARATOR);
        for (Statement s : all) {
            if (!s.active()) {
                continue;
            }
            Account account = account(s, cache);
            if (s.sourceId() == null || s.kind() == StatementKind.UNATTRIBUTED) {
                unattributed++;
                unsourced.add(s);
                unsourcedAccounts.put(s, account);
                continue;
            }
            attributed++;
            weakness(s).ifPresent(reason -> weak.add(new AuditItem(account, reason)));
            int[] counts = voices.computeIfAbsent(PartyOrder.columnOf(s.party(), true), p -> new int[2]);
            counts[0]++;
            if (s.kind() == StatementKind.QUOTE) {
                counts[1]++;
            }
        }
        // The reader's own marks first (an editor's decision outranks any score), then most check-worthy first: the
        // parser stores a claim's check-worthiness as its confidence (a stable sort keeps text order among equals).
        unsourced.sort(Comparator.comparing((Statement s) -> s.origin() != Origin.USER)
                .thenComparing(Comparator.comparingDouble(Statement::confidence).reversed()));
        List<AuditItem> ranked = unsourced.stream()
                .map(s -> new AuditItem(unsourcedAccounts.get(s), AuditItem.UNATTRIBUTED)).toList();
        return new AuditReport(articleId, articleCount, attributed, unattributed, ranked, weak, weak.size(),
                partyVoices(voices));
    }

    /** Each party's counts (statements, quotes) with its colour. */
    private List<PartyVoices> partyVoices(Map<String, int[]> voices) {
        Map<String, String> colours = new HashMap<>();
        for (Party p : parties.all()) {
            colours.put(p.name().toLowerCase(Locale.ROOT), p.colour());
        }
        List<PartyVoices> perParty = new ArrayList<>();
        voices.forEach((party, counts) -> perParty.add(new PartyVoices(party,
                colours.getOrDefault(party.toLowerCase(Locale.ROOT), CompareService.NO_COLOUR), counts[0], counts[1])));
        return perParty;
    }

    /** Anonymous wins over vague: "a Ukrainian officer" is both unnamed and unverifiable. */
    private static Optional<String> weakness(Statement s) {
        if (s.flags().contains(AuditItem.ANONYMOUS_SOURCE) || s.sourceKind() == SourceKind.ANONYMOUS) {
            return Optional.of(AuditItem.ANONYMOUS_SOURCE);
        }
        if (s.flags().contains(AuditItem.VAGUE_SOURCE)) {
            return Optional.of(AuditItem.VAGUE_SOURCE);
        }
        return Optional.empty();
    }
}
