package dev.p2caudit.store;

import java.util.Arrays;

/**
 * The rows of a listing in the order asked for, as row ids (a data table's {@code row_id}, a
 * finding's H2 row id). A sort or a filter costs one pass
 * that collects the ids; the default order of a table whose ids have no gaps is just a range and
 * costs nothing. Afterwards any position is a lookup, so a scroll to row 900,000 reads only the
 * rows it shows instead of skipping 900,000 with OFFSET.
 */
public final class RowIndex {

    private final long[] rowIds;
    private final long first;
    private final int size;

    private RowIndex(long[] rowIds, long first, int size) {
        this.rowIds = rowIds;
        this.first = first;
        this.size = size;
    }

    static RowIndex of(long[] rowIds) {
        return new RowIndex(rowIds, 0, rowIds.length);
    }

    /** Ids {@code first .. first+size-1}, in order. */
    static RowIndex range(long first, int size) {
        return new RowIndex(null, first, size);
    }

    public static RowIndex empty() {
        return of(new long[0]);
    }

    public int size() {
        return size;
    }

    /** The row ids of positions {@code from} (inclusive) to {@code to} (exclusive), clipped to the index. */
    public long[] slice(int from, int to) {
        int start = Math.max(0, Math.min(from, size));
        int end = Math.max(start, Math.min(to, size));
        if (rowIds != null) {
            return Arrays.copyOfRange(rowIds, start, end);
        }
        long[] ids = new long[end - start];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = first + start + i;
        }
        return ids;
    }

    /** The position of a row id, or -1. */
    public int positionOf(long rowId) {
        if (rowIds == null) {
            return rowId >= first && rowId < first + size ? (int) (rowId - first) : -1;
        }
        for (int i = 0; i < rowIds.length; i++) {
            if (rowIds[i] == rowId) {
                return i;
            }
        }
        return -1;
    }
}
