package org.whosaid.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.whosaid.model.Account;
import org.whosaid.model.ArticleHeader;
import org.whosaid.model.Party;
import org.whosaid.model.PartyAccounts;
import org.whosaid.model.Stance;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementEdit;
import org.whosaid.model.Topic;
import org.whosaid.model.TopicComparison;
import org.whosaid.model.TopicOverview;
import org.whosaid.service.undo.Edit;
import org.whosaid.service.undo.SimpleEdit;
import org.whosaid.store.ArticleRepository;
import org.whosaid.store.PartyRepository;
import org.whosaid.store.StatementRepository;
import org.whosaid.store.TopicRepository;

/**
 * Puts the accounts of one question side by side, one column per party, across every article; and lets a reader
 * reorganise topics (move a statement, merge two topics, rename one) with undoable edits.
 */
public final class CompareService {
    static final String NO_COLOUR = "#8a8f98";

    /** Oldest first; undated articles last; within an article, in text order. */
    static final Comparator<Account> BY_DATE = Comparator
            .comparing(Account::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(Account::articleId)
            .thenComparingLong(Account::statementId);

    private final ArticleRepository articles;
    private final StatementRepository statements;
    private final TopicRepository topics;
    private final PartyRepository parties;
    private final CodingWrites writes;
    private final ConflictFinder conflicts = new ConflictFinder(
            org.whosaid.analysis.PartyGazetteer.withBundledLexicon()::partyNamedIn, lazyHolders());

    /** The holder reader, built on first use: it loads the Russian and Ukrainian lexicons, which most lists never need. */
    private static ConflictFinder.HolderReader lazyHolders() {
        java.util.concurrent.atomic.AtomicReference<org.whosaid.analysis.ControlHolder> reader =
                new java.util.concurrent.atomic.AtomicReference<>();
        return (text, party) -> reader.updateAndGet(r -> r != null ? r : org.whosaid.analysis.ControlHolder.withBundledLexicon())
                .holderIn(text, party);
    }

    /** How Compare groups a topic's accounts into columns. */
    public enum Grouping { PARTY, OUTLET }

    /** The column of accounts from an article with no outlet. */
    static final String UNKNOWN_OUTLET = "Unknown outlet";

    CompareService(ArticleRepository articles, StatementRepository statements, TopicRepository topics,
                   PartyRepository parties, CodingWrites writes) {
        this.articles = articles;
        this.statements = statements;
        this.topics = topics;
        this.parties = parties;
        this.writes = writes;
    }

    /**
     * Topics answered by at least one active statement, most answered first, with parties heard and conflicts.
     * Parties and stances are counted in SQL; of the topics whose conflict depends on the statements' words (figures
     * on casualty topics, accusations on attack topics, holders on control topics) only the statements that can make
     * one are read, all at once.
     */
    public List<TopicOverview> topics() {
        Map<String, String> sides = parties.sides();
        Map<String, Map<String, Set<Stance>>> byTopic = new HashMap<>();
        for (StatementRepository.TopicTally tally : statements.topicTallies()) {
            byTopic.computeIfAbsent(tally.topicKey(), k -> new TreeMap<>(PartyOrder.COMPARATOR))
                    .computeIfAbsent(column(tally.party(), tally.sourced(), sides), c -> EnumSet.noneOf(Stance.class))
                    .add(tally.stance());
        }
        Set<String> controlWorded = new java.util.HashSet<>();
        byTopic.forEach((key, stances) -> {
            if (ConflictFinder.holdersMatter(key, stances)) {
                controlWorded.add(key);
            }
        });
        Map<String, List<PartyAccounts>> worded = wordedColumns(sides, controlWorded);
        List<TopicOverview> result = new ArrayList<>();
        for (Topic topic : topics.inUse()) {
            Map<String, Set<Stance>> stances = byTopic.getOrDefault(topic.key(), Map.of());
            List<String> reasons = conflicts.reasons(topic.key(), worded.getOrDefault(topic.key(), List.of()));
            TopicComparison comparison = judged(topic, List.of(), stances, reasons);
            result.add(new TopicOverview(topic, List.copyOf(stances.keySet()), comparison.conflict(),
                    comparison.conflictSummary()));
        }
        return result;
    }

    /**
     * The columns of the topics whose conflicts rest on words, holding only the statements that can make one (read
     * lean, in one query), in Compare's order: what {@link ConflictFinder#reasons} reads, and no more; of the control
     * topics, those in {@code controlTopics} (where the holders can make the conflict).
     */
    private Map<String, List<PartyAccounts>> wordedColumns(Map<String, String> sides, Set<String> controlTopics) {
        Map<String, Map<String, List<Account>>> byTopic = new HashMap<>();
        for (StatementRepository.Worded w : statements.wordedOnTopics(ConflictFinder.WORDED_TOPICS, controlTopics)) {
            byTopic.computeIfAbsent(w.topicKey(), k -> new TreeMap<>(PartyOrder.COMPARATOR))
                    .computeIfAbsent(column(w.party(), true, sides), c -> new ArrayList<>())
                    .add(new Account(w.statementId(), w.articleId(), null, null, null, w.party(), w.stance(),
                            w.text(), w.topicKey(), null, null, w.published()));
        }
        Map<String, List<PartyAccounts>> columns = new HashMap<>();
        byTopic.forEach((topic, byParty) -> byParty.forEach((party, accounts) -> {
            accounts.sort(BY_DATE);
            columns.computeIfAbsent(topic, t -> new ArrayList<>()).add(new PartyAccounts(party, NO_COLOUR, accounts));
        }));
        return columns;
    }

    /** The column a statement goes in: its party's (a side is one column), or no party, or unattributed. */
    private static String column(String party, boolean sourced, Map<String, String> sides) {
        String column = PartyOrder.columnOf(party, sourced);
        return sides.getOrDefault(column.toLowerCase(Locale.ROOT), column);
    }

    /**
     * A topic's comparison from the stances taken in each column: a conflict when one party asserts what another
     * denies, or when {@code reasons} (figures, accusations) say so.
     */
    private static TopicComparison judged(Topic topic, List<PartyAccounts> columns, Map<String, Set<Stance>> stances,
                                          List<String> reasons) {
        Set<String> asserting = new LinkedHashSet<>();
        Set<String> denying = new LinkedHashSet<>();
        stances.forEach((party, taken) -> {
            if (!party.equals(PartyOrder.UNATTRIBUTED)) {
                if (taken.contains(Stance.ASSERTS)) {
                    asserting.add(party);
                }
                if (taken.contains(Stance.DENIES)) {
                    denying.add(party);
                }
            }
        });
        boolean conflict = asserting.stream().anyMatch(a -> denying.stream().anyMatch(d -> !d.equals(a)));
        List<String> assertingOnly = asserting.stream().filter(p -> !denying.contains(p)).toList();
        return new TopicComparison(topic, columns, conflict || !reasons.isEmpty(), assertingOnly.isEmpty()
                ? List.copyOf(asserting) : assertingOnly, conflict ? List.copyOf(denying) : List.of(), reasons);
    }

    /** The topic with this key, or else with this label (ignoring case). */
    public Optional<Topic> findTopic(String keyOrLabel) {
        Optional<Topic> byKey = topics.find(keyOrLabel);
        if (byKey.isPresent()) {
            return byKey;
        }
        String wanted = keyOrLabel.strip().toLowerCase(Locale.ROOT);
        return topics.inUse().stream().filter(t -> t.label().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The accounts of a topic by party; an unknown topic is an error. */
    public TopicComparison compare(String topicKey) {
        Topic topic = topics.find(topicKey)
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topicKey));
        return compare(topic, List.of());
    }

    /** The accounts of a topic by party, from the given articles only (every article for an empty list). */
    public TopicComparison compare(String topicKey, Collection<Long> articleIds) {
        Topic topic = topics.find(topicKey)
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topicKey));
        return compare(topic, articleIds);
    }

    /** The accounts of a topic grouped by party or by outlet ("what TASS said" beside "what Reuters made of it"). */
    public TopicComparison compare(String topicKey, Grouping grouping) {
        Topic topic = topics.find(topicKey)
                .orElseThrow(() -> new IllegalArgumentException("no topic " + topicKey));
        TopicComparison byParty = compare(topic, List.of());
        if (grouping == Grouping.PARTY) {
            return byParty;
        }
        Map<String, List<Account>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (PartyAccounts column : byParty.columns()) {
            for (Account a : column.accounts()) {
                String outlet = a.outlet() == null || a.outlet().isBlank() ? UNKNOWN_OUTLET : a.outlet();
                byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(a);
            }
        }
        List<PartyAccounts> columns = new ArrayList<>();
        byOutlet.forEach((outlet, accounts) -> {
            accounts.sort(BY_DATE);
            columns.add(new PartyAccounts(outlet, NO_COLOUR, accounts));
        });
        return new TopicComparison(topic, columns, byParty.conflict(), byParty.asserting(), byParty.denying(),
                byParty.reasons());
    }

    private TopicComparison compare(Topic topic, Collection<Long> articleIds) {
        Set<Long> only = Set.copyOf(articleIds);
        Map<String, String> sides = parties.sides();
        List<Statement> chosen = statements.ofTopic(topic.key()).stream()
                .filter(s -> only.isEmpty() || only.contains(s.articleId())).toList();
        // Titles, outlets and dates only: a topic across thousands of articles never reads their texts.
        Map<Long, ArticleHeader> headers = articles.headers(chosen.stream().map(Statement::articleId).toList());
        Map<String, List<Account>> byParty = new TreeMap<>(PartyOrder.COMPARATOR);
        for (Statement s : chosen) {
            byParty.computeIfAbsent(column(s.party(), s.sourceId() != null, sides), p -> new ArrayList<>())
                    .add(Account.of(s, headers.get(s.articleId())));
        }
        Map<String, String> colours = colours();
        List<PartyAccounts> columns = new ArrayList<>();
        Map<String, Set<Stance>> stances = new LinkedHashMap<>();
        byParty.forEach((party, accounts) -> {
            accounts.sort(BY_DATE);
            String colour = colours.get(party.toLowerCase(Locale.ROOT));
            if (colour == null && !accounts.isEmpty() && accounts.get(0).party() != null) {
                colour = colours.get(accounts.get(0).party().toLowerCase(Locale.ROOT)); // a side: its first party's
            }
            columns.add(new PartyAccounts(party, colour == null ? NO_COLOUR : colour, accounts));
            Set<Stance> taken = EnumSet.noneOf(Stance.class);
            accounts.forEach(a -> taken.add(a.stance()));
            stances.put(party, taken);
        });
        return judged(topic, columns, stances, conflicts.reasons(topic.key(), columns));
    }

    private Map<String, String> colours() {
        return parties.all().stream().collect(Collectors.toMap(p -> p.name().toLowerCase(Locale.ROOT),
                Party::colour, (a, b) -> a));
    }

    /** Each party's colour (#rrggbb) by its name, in column order. */
    public Map<String, String> partyColours() {
        Map<String, String> result = new TreeMap<>(PartyOrder.COMPARATOR);
        parties.all().forEach(p -> result.put(p.name(), p.colour()));
        return result;
    }

    /** Moves a statement to another topic (created, labelled by its key, when new); null takes it off any topic. */
    public Edit moveStatement(long statementId, String topicKey) {
        Statement current = statements.find(statementId)
                .orElseThrow(() -> new IllegalArgumentException("statement " + statementId + " does not exist"));
        StatementEdit before = StatementEdit.of(current);
        StatementEdit after = before.withTopic(topicKey == null || topicKey.isBlank() ? null : topicKey.strip());
        CodingWrites.Step step = writes.apply(current, after);
        return new SimpleEdit("move to topic", () -> writes.undo(step), () -> writes.redo(step));
    }

    /** Merges topic {@code fromKey} into {@code intoKey}: all its statements follow, and it disappears. */
    public Edit mergeTopics(String fromKey, String intoKey) {
        try {
            TopicRepository.Merge[] merge = {topics.merge(fromKey, intoKey)};
            return new SimpleEdit("merge topics", () -> topics.undoMerge(merge[0]),
                    () -> merge[0] = topics.merge(fromKey, intoKey));
        } catch (org.whosaid.store.StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Gives a topic a new label (the question as a reader would ask it); its key stays. */
    public Edit renameTopic(String key, String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a topic needs a label");
        }
        Topic topic = topics.find(key).orElseThrow(() -> new IllegalArgumentException("no topic " + key));
        String before = topic.label();
        String after = label.strip();
        topics.relabel(key, after);
        return new SimpleEdit("rename topic", () -> topics.relabel(key, before), () -> topics.relabel(key, after));
    }
}
