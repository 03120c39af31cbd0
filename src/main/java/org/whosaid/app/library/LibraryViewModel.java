package org.whosaid.app.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.whosaid.model.LibraryPage;
import org.whosaid.model.LibraryQuery;
import org.whosaid.model.Party;
import org.whosaid.service.LibraryService;

/**
 * The library's state: the articles that match the search and the filters, a page at a time, the choices each
 * filter offers, and deleting an article (undoable). Every change of the query, a filter or the order asks the
 * database for the count and the first page only (through the task executor, so the FX thread never waits on the
 * database); the other pages load as the table shows their rows.
 */
public final class LibraryViewModel {
    /** The filter value that lets everything through. */
    public static final String ANY = "";
    /** Rows read from the database at a time. */
    static final int PAGE = 200;

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
    private final ObjectProperty<LibraryQuery.Sort> sort = new SimpleObjectProperty<>(LibraryQuery.Sort.DEFAULT);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);

    private final PagedRows articles;
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

    /** Language codes by the names the Language filter shows ("Russian" → "ru"). */
    private Map<String, String> languageCodes = Map.of();
    /** The query whose rows are shown; the pages loaded on demand are read for it. */
    private LibraryQuery shown = LibraryQuery.ALL;
    /** True while {@link #sortBy} sets column and direction, which then load once. */
    private boolean sorting;
    /** Whether the next load reads the filter choices too (after a refresh, until one has shown them). */
    private boolean choicesWanted;
    private long loadGeneration;
    /** The load last started, cancelled when the query changes again before it ran. */
    private BackgroundTask<Loaded> pendingLoad;
    /** Stops the last load's query while it runs, when the query changes again. */
    private Cancellation runningLoad = new Cancellation();

    public LibraryViewModel(LibraryService library, TaskExecutor executor, UndoRedo undoRedo) {
        this(library, executor, undoRedo, PAGE);
    }

    /** @param pageSize rows read at a time (tests page through a small library with a small size) */
    LibraryViewModel(LibraryService library, TaskExecutor executor, UndoRedo undoRedo, int pageSize) {
        this.library = library;
        this.executor = executor;
        this.undoRedo = undoRedo;
        this.articles = new PagedRows(pageSize, this::loadPage);
        query.addListener((obs, old, now) -> load());
        for (ObjectProperty<?> filter : List.of(party, source, topic, tag, outlet, language, sort)) {
            filter.addListener((obs, old, now) -> {
                if (!sorting) {
                    load();
                }
            });
        }
        descending.addListener((obs, old, now) -> {
            if (!sorting) {
                load();
            }
        });
        undoRedo.revisionProperty().addListener((obs, old, now) -> refresh());
    }

    private record Choices(List<Party> parties, List<String> sources, List<String> topics, List<String> tags,
                           List<String> outlets, List<String> languages) {
    }

    /** Reloads the filter choices and the rows from the database (one read, so a broken database says so once). */
    public void refresh() {
        choicesWanted = true;
        load();
    }

    /** What one load read: the filter choices when they were asked for (else null), and the first page. */
    private record Loaded(Choices choices, LibraryPage page) {
    }

    /**
     * Counts the rows of the current query and reads its first page (off the FX thread), with the filter choices
     * after a refresh. Each change supersedes the load before it: one still queued never queries, one running is
     * interrupted, and neither shows its rows (a superseded load's choices are read by the next one).
     */
    private void load() {
        long mine = ++loadGeneration;
        if (pendingLoad != null) {
            pendingLoad.cancel();
        }
        runningLoad.cancel();
        LibraryQuery wanted = currentQuery();
        boolean withChoices = choicesWanted;
        Cancellation cancel = new Cancellation();
        runningLoad = cancel;
        String what = wanted.text() == null ? "Loading the library"
                : "Searching the library for \u201c" + wanted.text().strip() + "\u201d";
        pendingLoad = BackgroundTask.wrap(progress -> {
            if (progress.isCancelled()) {
                return null;
            }
            Choices choices = withChoices ? choices() : null;
            return new Loaded(choices, library.firstPage(wanted, articles.pageSize(), cancel).orElse(null));
        }).named(what).onSuccess(loaded -> {
            if (loaded == null) {
                return;
            }
            if (loaded.choices() != null) {
                showChoices(loaded.choices());
                if (mine == loadGeneration) {
                    choicesWanted = false;
                }
            }
            if (mine == loadGeneration && loaded.page() != null) {
                shown = wanted;
                articles.reset(loaded.page().total(), loaded.page().rows());
            }
        }).executeWith(executor);
    }

    private Choices choices() {
        return new Choices(library.parties(), library.choices(LibraryQuery.Choice.SOURCE),
                library.choices(LibraryQuery.Choice.TOPIC), library.choices(LibraryQuery.Choice.TAG),
                library.choices(LibraryQuery.Choice.OUTLET), library.choices(LibraryQuery.Choice.LANGUAGE));
    }

    /** Reads one page of the rows shown, when the table first shows a row of it. */
    private void loadPage(int page) {
        LibraryQuery of = shown;
        long generation = articles.generation();
        int size = articles.pageSize();
        BackgroundTask.wrap(progress -> library.page(of, page * size, size))
                .named("Loading rows " + (page * size + 1) + " to " + (page * size + size) + " of the library")
                .onSuccess(rows -> articles.fill(generation, page, rows))
                .onFailure(e -> articles.failed(generation, page))
                .executeWith(executor);
    }

    private LibraryQuery currentQuery() {
        String languageName = language.get();
        String code = isAny(languageName) ? null : languageCodes.getOrDefault(languageName, languageName);
        return new LibraryQuery(query.get(), party.get(), source.get(), topic.get(), tag.get(), outlet.get(), code,
                sort.get(), descending.get());
    }

    private void showChoices(Choices loaded) {
        partyColours.setAll(loaded.parties());
        replace(parties, loaded.parties().stream().map(Party::name).toList());
        Set<String> allSources = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        allSources.addAll(loaded.sources());
        replace(sources, allSources);
        replace(topics, new TreeSet<>(loaded.topics()));
        Set<String> allTags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        allTags.addAll(loaded.tags());
        replace(tags, allTags);
        replace(outlets, new TreeSet<>(loaded.outlets()));
        Map<String, String> codes = new TreeMap<>();
        for (String code : loaded.languages()) {
            codes.put(Language.name(LibraryQuery.UNKNOWN_LANGUAGE.equals(code) ? null : code), code);
        }
        languageCodes = codes;
        replace(languages, codes.keySet());
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


    /** Deletes an article and its statements; the edit goes to the undo history. A row still loading is left. */
    public void delete(ArticleSummary article) {
        if (article.id() < 0) {
            return;
        }
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

    /**
     * The articles shown: matching the query and every filter, in the chosen order (best match first when
     * searching). As long as the number of matches; a row whose page is not loaded yet reads as a "Loading…" row
     * with a negative id (see {@link #isLoading}) and asks for its page.
     */
    public ObservableList<ArticleSummary> articles() {
        return articles;
    }

    /** Whether {@code row} is the placeholder of a row still loading. */
    public static boolean isLoading(ArticleSummary row) {
        return row == null || row.id() < 0;
    }

    /** The column the rows are sorted by; {@link LibraryQuery.Sort#DEFAULT} is best match first, else oldest. */
    public ObjectProperty<LibraryQuery.Sort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    /** Sorts by {@code by} in one step (one load, not one per property). */
    public void sortBy(LibraryQuery.Sort by, boolean descendingOrder) {
        if (by == sort.get() && descendingOrder == descending.get()) {
            return;
        }
        sorting = true;
        try {
            descending.set(descendingOrder);
            sort.set(by);
        } finally {
            sorting = false;
        }
        load();
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
