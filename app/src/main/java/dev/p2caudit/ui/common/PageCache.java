package dev.p2caudit.ui.common;

import dev.p2caudit.ui.session.Background;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a long listing, fetched a page at a time when a table first asks for one of them.
 * A table asks only for the rows it paints, so a million-row listing reads a few pages. Pages
 * are kept in a small LRU; a new query starts a new generation and late pages of the old one
 * are dropped. Used on the event thread; fetches run through {@link Background}.
 */
public final class PageCache<R> {

    /** Reads rows {@code offset .. offset+limit-1}; runs in the background. */
    @FunctionalInterface
    public interface Source<R> {
        List<R> fetch(long offset, int limit) throws Exception;
    }

    /** Told, on the event thread, which rows just arrived (inclusive range). */
    @FunctionalInterface
    public interface Arrivals {
        void arrived(int firstRow, int lastRow);
    }

    public static final int PAGE = 100;
    private static final int KEPT_PAGES = 60;

    private final Background background;
    private final Arrivals arrivals;
    private final Map<Integer, List<R>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
            return size() > KEPT_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    /** The page the table asked for last; read on the worker to skip pages scrolled past. */
    private volatile int wanted;
    private Source<R> source = (offset, limit) -> List.of();
    private int size;
    private volatile int generation;
    private long fetches;

    public PageCache(Background background, Arrivals arrivals) {
        this.background = background;
        this.arrivals = arrivals;
    }

    /** A new listing of {@code size} rows; everything cached is dropped. */
    public void reset(Source<R> newSource, int newSize) {
        generation++;
        source = newSource;
        size = newSize;
        pages.clear();
        pending.clear();
    }

    public int size() {
        return size;
    }

    /** The row, or {@code null} while its page is on its way (the page is asked for). */
    public R get(int row) {
        if (row < 0 || row >= size) {
            return null;
        }
        int page = row / PAGE;
        wanted = page;
        List<R> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int inPage = row % PAGE;
        return inPage < rows.size() ? rows.get(inPage) : null;
    }

    /** Whether the row is at hand (tests, and the benchmark's "scrolled without a stall"). */
    public boolean loaded(int row) {
        List<R> rows = pages.get(row / PAGE);
        return rows != null && row % PAGE < rows.size();
    }

    /** How many pages were read since the cache was made. */
    public long fetches() {
        return fetches;
    }

    /**
     * A fast scroll asks for pages it has already left; reading them would keep the one worker
     * busy while the rows on screen wait. Such a page is skipped, and asked for again if it is
     * ever painted again.
     */
    private boolean stale(int page, int asked) {
        return asked != generation || Math.abs(page - wanted) > 2;
    }

    private void request(int page) {
        if (!pending.add(page)) {
            return;
        }
        int asked = generation;
        Source<R> from = source;
        fetches++;
        background.run("reading rows", () -> stale(page, asked) ? null : from.fetch((long) page * PAGE, PAGE), rows -> {
            if (asked != generation) {
                return;
            }
            pending.remove(page);
            if (rows == null) {
                return;
            }
            pages.put(page, List.copyOf(rows));
            int first = page * PAGE;
            arrivals.arrived(first, Math.min(size - 1, first + PAGE - 1));
        }, error -> {
            // The page stays "pending" until the next reset: a repaint must not retry it in a loop.
            background.report("reading rows " + (long) page * PAGE + "…", error);
        });
    }
}
