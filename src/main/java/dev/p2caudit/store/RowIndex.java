package dev.p2caudit.store;

import java.util.Arrays;

/**
 * The rows of a browsed table in the order asked for, as H2 row ids. Built once per sort or
 * filter (one pass over the table); afterwards any position is a lookup, so a scroll to row
 * 900,000 reads only the rows it shows instead of skipping 900,000 with OFFSET.
 */
public final class RowIndex {

    private final long[] rowIds;

    RowIndex(long[] rowIds) {
        this.rowIds = rowIds;
    }

    public static RowIndex empty() {
        return new RowIndex(new long[0]);
    }

    public int size() {
        return rowIds.length;
    }

    /** The row ids of positions {@code from} (inclusive) to {@code to} (exclusive), clipped to the index. */
    public long[] slice(int from, int to) {
        int start = Math.max(0, Math.min(from, rowIds.length));
        return Arrays.copyOfRange(rowIds, start, Math.max(start, Math.min(to, rowIds.length)));
    }

    /** The position of a row id, or -1. */
    public int positionOf(long rowId) {
        for (int i = 0; i < rowIds.length; i++) {
            if (rowIds[i] == rowId) {
                return i;
            }
        }
        return -1;
    }
}
