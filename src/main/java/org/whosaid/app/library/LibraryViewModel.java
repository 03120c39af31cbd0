package org.whosaid.app.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.whosaid.app.common.UndoRedo;
import org.whosaid.app.task.BackgroundTask;
import org.whosaid.app.task.TaskExecutor;
import org.whosaid.model.ArticleSummary;
import org.whosaid.model.Cancellation;
import org.whosaid.model.Language;
import org.whosaid.model.Party;
import org.whosaid.service.ArticleFacets;
import org.whosaid.service.LibraryService;

/**
 * The library's state: the articles that match the search and the filters, the choices each filter offers, and
 * deleting an article (undoable). The library is loaded once per change of the database; typing only asks the
 * full-text index (through the task executor, so it never waits on the database) and filters what is loaded.
 */
public final class LibraryViewModel {
    /** The filter value that lets everything through. */
    public static final String ANY = "";

    private final LibraryService library;
    private final TaskExecutor executor;
    private final UndoRedo undoRedo;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> party = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> topic = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> outlet = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(ANY);

    private final ObservableList<ArticleSummary> articles = FXCollections.observableArrayList();
    private final ObservableList<ArticleSummary> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final ObservableList<String> partiesView = FXCollections.unmodifiableObservableList(parties);
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<String> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObservableList<String> outletsView = FXCollections.unmodifiableObservableList(outlets);
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<String> languagesView = FXCollections.unmodifiableObservableList(languages);
    private final ObservableList<Party> partyColours = FXCollections.observableArrayList();
    private final ObservableList<Party> partyColoursView = FXCollections.unmodifiableObservableList(partyColours);

    /** What the library holds, loaded again only when the database changed; searching and filtering reuse it. */
    private Data data = new Data(List.of(), Map.of(), List.of(), List.of());
    /** The ids the current query matched, best first; null when the query is blank (every article). */
    private List<Long> matchingIds;
    private long dataGeneration;
    private long searchGeneration;
    /** The search last started, cancelled when the query changes again before it ran. */
    private BackgroundTask<List<Long>> pendingSearch;
    /** Stops the last search's query while it runs, when the query changes again. */
    private Cancellation runningSearch = new Cancellation();

    public LibraryViewModel(LibraryService library, TaskExecutor executor, UndoRedo undoRedo) {
        this.library = library;
        this.executor = executor;
        this.undoRedo = undoRedo;
        query.addListener((obs, old, now) -> search());
        for (ObjectProperty<String> filter : List.of(party, source, topic, tag, outlet, language)) {
            filter.addListener((obs, old, now) -> show());
        }
        undoRedo.revisionProperty().addListener((obs, old, now) -> refresh());
    }

    private record Data(List<ArticleSummary> all, Map<Long, ArticleFacets> facets, List<Party> parties,
                        List<String> tags) {
    }

    /** Reloads the articles and the filter choices from the database, then searches again. */
    public void refresh() {
        long mine = ++dataGeneration;
        BackgroundTask.wrap(progress -> {
            Map<Long, ArticleFacets> facets = library.facets();
            Set<String> allTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            facets.values().forEach(f -> allTags.addAll(f.tags()));
            return new Data(library.summaries(), facets, library.parties(), List.copyOf(allTags));
        }).named("Loading the library").onSuccess(loaded -> {
            if (mine == dataGeneration) {
                data = loaded;
                showChoices();
                search();
            }
        }).executeWith(executor);
    }

    /** Runs the query against the full-text index (off the FX thread); blank shows everything. */
    private void search() {
        long mine = ++searchGeneration;
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        runningSearch.cancel();
        String currentQuery = query.get();
        if (currentQuery == null || currentQuery.isBlank()) {
            pendingSearch = null;
            matchingIds = null;
            show();
            return;
        }
        // Each keystroke supersedes the search before it: one still queued never queries, one running is
        // interrupted, and neither shows a result.
        Cancellation cancel = new Cancellation();
        runningSearch = cancel;
        pendingSearch = BackgroundTask.wrap(progress -> progress.isCancelled() ? null
                        : library.search(currentQuery, cancel).orElse(null))
                .named("Searching the library for \u201c" + currentQuery.strip() + "\u201d").onSuccess(ids -> {
                    if (mine == searchGeneration && ids != null) {
                        matchingIds = ids;
                        show();
                    }
                }).executeWith(executor);
    }

    /** Shows the articles that match the query and pass every filter. */
    private void show() {
        List<ArticleSummary> candidates;
        if (matchingIds == null) {
            candidates = data.all();
        } else {
            Map<Long, ArticleSummary> byId = data.all().stream()
                    .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
            candidates = matchingIds.stream().map(byId::get).filter(s -> s != null).toList();
        }
        List<ArticleSummary> shown = new ArrayList<>();
        for (ArticleSummary summary : candidates) {
            ArticleFacets facets = data.facets().getOrDefault(summary.id(), ArticleFacets.NONE);
            if (passes(party.get(), summary.parties()) && passes(source.get(), facets.sources())
                    && passes(topic.get(), facets.topics()) && passes(tag.get(), facets.tags())
                    && (isAny(outlet.get()) || outlet.get().equals(summary.outlet()))
                    && (isAny(language.get()) || language.get().equals(Language.name(summary.language())))) {
                shown.add(summary);
            }
        }
        articles.setAll(shown);
    }

    private void showChoices() {
        partyColours.setAll(data.parties());
        replace(parties, data.parties().stream().map(Party::name).toList());
        Set<String> allSources = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> allTopics = new TreeSet<>();
        data.facets().values().forEach(f -> {
            allSources.addAll(f.sources());
            allTopics.addAll(f.topics());
        });
        replace(sources, allSources);
        replace(topics, allTopics);
        replace(tags, data.tags());
        replace(outlets, data.all().stream().map(ArticleSummary::outlet).filter(o -> o != null && !o.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
        replace(languages, data.all().stream().map(s -> Language.name(s.language()))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static void replace(ObservableList<String> options, Collection<String> values) {
        List<String> next = new ArrayList<>();
        next.add(ANY);
        next.addAll(values);
        if (!options.equals(next)) {
            options.setAll(next);
        }
    }

    private static boolean isAny(String value) {
        return value == null || value.isEmpty();
    }

    private static boolean passes(String wanted, Collection<String> present) {
        return isAny(wanted) || present.stream().anyMatch(wanted::equalsIgnoreCase);
    }

    /** Deletes an article and its statements; the edit goes to the undo history. */
    public void delete(ArticleSummary article) {
        undoRedo.record(library.deleteArticle(article.id()));
    }

    /** The words of the query, lower-cased, that the title cells highlight. */
    public List<String> highlightedWords() {
        List<String> words = new ArrayList<>();
        for (String word : query.get().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Where the words of the query start in {@code text}: pairs of [start, end) as prefix matches of words. */
    public static List<int[]> matches(String text, List<String> words) {
        List<int[]> ranges = new ArrayList<>();
        if (text == null || words.isEmpty()) {
            return ranges;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : words) {
            int from = 0;
            while ((from = lower.indexOf(word, from)) >= 0) {
                boolean wordStart = from == 0 || !Character.isLetterOrDigit(lower.charAt(from - 1));
                if (wordStart) {
                    ranges.add(new int[] {from, from + word.length()});
                }
                from += word.length();
            }
        }
        ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            if (!merged.isEmpty() && range[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], range[1]);
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The articles shown: matching the query and every filter, best match first. */
    public ObservableList<ArticleSummary> articles() {
        return articlesView;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> partyFilterProperty() {
        return party;
    }

    public ObjectProperty<String> sourceFilterProperty() {
        return source;
    }

    public ObjectProperty<String> topicFilterProperty() {
        return topic;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tag;
    }

    public ObjectProperty<String> outletFilterProperty() {
        return outlet;
    }

    public ObservableList<String> partyOptions() {
        return partiesView;
    }

    public ObservableList<String> sourceOptions() {
        return sourcesView;
    }

    public ObservableList<String> topicOptions() {
        return topicsView;
    }

    public ObservableList<String> tagOptions() {
        return tagsView;
    }

    public ObservableList<String> outletOptions() {
        return outletsView;
    }

    /** Languages by name ("Russian"), as the Language filter offers them. */
    public ObjectProperty<String> languageFilterProperty() {
        return language;
    }

    public ObservableList<String> languageOptions() {
        return languagesView;
    }

    /** The parties with their colours, for the coloured chips of the table. */
    public ObservableList<Party> parties() {
        return partyColoursView;
    }
}
