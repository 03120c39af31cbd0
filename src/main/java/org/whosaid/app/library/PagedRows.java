package org.whosaid.app.library;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import javafx.collections.ObservableListBase;

import org.whosaid.model.ArticleSummary;

/**
 * The Library table's rows: as long as the number of matching articles, holding only the pages the table has
 * looked at (the most recently used {@value #KEPT_PAGES}). A row not loaded yet reads as {@link #LOADING} and asks
 * for its page; when the page arrives its rows are replaced in one change, so the table redraws them.
 */
final class PagedRows extends ObservableListBase<ArticleSummary> {
    /** What a row shows until its page is loaded; never opened, deleted or exported. */
    static final ArticleSummary LOADING = new ArticleSummary(-1, "Loading\u2026", null, null, 0, 0, 0, List.of());
    static final int KEPT_PAGES = 32;

    private final int pageSize;
    private final IntConsumer requestPage;
    private final Map<Integer, List<ArticleSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleSummary>> eldest) {
            if (size() <= KEPT_PAGES) {
                return false;
            }
            requested.remove(eldest.getKey());
            return true;
        }
    };
    private final Set<Integer> requested = new HashSet<>();
    private int size;
    private long generation;

    /** @param requestPage asked (once per page and generation) to load a page and pass it to {@link #fill} */
    PagedRows(int pageSize, IntConsumer requestPage) {
        this.pageSize = pageSize;
        this.requestPage = requestPage;
    }

    int pageSize() {
        return pageSize;
    }

    /** Which content the rows show now; a page loaded for an older one is dropped by {@link #fill}. */
    long generation() {
        return generation;
    }

    @Override
    public ArticleSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        int page = index / pageSize;
        List<ArticleSummary> rows = pages.get(page);
        if (rows == null && requested.add(page)) {
            requestPage.accept(page);
            rows = pages.get(page);
        }
        return rows == null || index % pageSize >= rows.size() ? LOADING : rows.get(index % pageSize);
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether the row at {@code index} is loaded (not {@link #LOADING}); asks for nothing. */
    boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    /** Shows new content: {@code total} rows, of which the first page is {@code first}; every other page is asked again. */
    void reset(int total, List<ArticleSummary> first) {
        int before = size;
        generation++;
        pages.clear();
        requested.clear();
        size = total;
        if (total > 0) {
            pages.put(0, List.copyOf(first));
            requested.add(0);
        }
        beginChange();
        if (before > 0) {
            nextRemove(0, Collections.nCopies(before, LOADING));
        }
        if (total > 0) {
            nextAdd(0, total);
        }
        endChange();
    }

    /** Puts a loaded page in place, unless the rows were reset since it was asked for. */
    void fill(long askedIn, int page, List<ArticleSummary> rows) {
        if (askedIn != generation) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        int from = page * pageSize;
        int to = Math.min(size, from + rows.size());
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, LOADING);
        }
        endChange();
    }

    /** A page that could not be loaded is asked for again the next time a row of it is shown. */
    void failed(long askedIn, int page) {
        if (askedIn == generation) {
            requested.remove(page);
        }
    }
}
