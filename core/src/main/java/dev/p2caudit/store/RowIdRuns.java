package dev.p2caudit.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads rows by row id as runs of consecutive ids: one query for a page in file order, one small
 * query per id for a page of a sorted listing. H2 (findings) answers {@code _ROWID_ IN (…)} with a
 * full table scan but a range through its primary key; DuckDB (data tables) answers a range of
 * {@code row_id} from the row groups' min/max, reading only the row groups the range touches.
 */
final class RowIdRuns {

    /** Reads one result row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private RowIdRuns() {
    }

    /** {@code sql} ends in {@code <row id> BETWEEN ? AND ?}; rows come back in the statement's order per run. */
    static <T> List<T> read(PreparedStatement ps, long[] rowIds, Reader<T> reader) throws SQLException {
        List<T> rows = new ArrayList<>(rowIds.length);
        long[] sorted = rowIds.clone();
        java.util.Arrays.sort(sorted);
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            ps.setLong(1, sorted[i]);
            ps.setLong(2, sorted[j]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            i = j + 1;
        }
        return rows;
    }

    /** The rows of {@code byId} in the order of {@code rowIds}; an id no longer there is skipped. */
    static <T> List<T> inOrder(long[] rowIds, Map<Long, T> byId) {
        List<T> ordered = new ArrayList<>(rowIds.length);
        for (long id : rowIds) {
            T row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }
}
