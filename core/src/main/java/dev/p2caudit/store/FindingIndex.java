package dev.p2caudit.store;

import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's findings as the findings screen lists them: one sort of the filtered findings collects
 * their row ids ({@link RowIndex}), then any page is read by id. {@link FindingStore#page} sorts
 * the whole run for every page it reads (about a second on 100,000 findings), which a scrolling
 * table cannot wait for. Filter and order are FindingStore's, so both list the same findings in
 * the same order.
 */
public final class FindingIndex {

    private final Workspace workspace;

    FindingIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The row ids of the findings the filter lets through, in the sort's order. */
    public RowIndex index(long runId, FindingFilter filter, FindingSort sort) {
        List<Object> params = new ArrayList<>(List.of(runId));
        String sql = "SELECT _ROWID_ FROM finding WHERE " + FindingRecords.where(filter, params) + sort.orderBy();
        return workspace.registry().rowIds(sql, params);
    }

    /** The findings with these row ids, in the order given. */
    public List<Finding> findings(long[] rowIds) {
        Map<Long, Finding> byId = new HashMap<>();
        String sql = "SELECT _ROWID_ AS p2c_row_id, * FROM finding WHERE _ROWID_ BETWEEN ? AND ?";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            RowIdRuns.read(ps, rowIds, rs -> {
                byId.put(rs.getLong("p2c_row_id"), read(rs));
                return null;
            });
        } catch (SQLException e) {
            throw workspace.failure("reading findings", e);
        }
        return RowIdRuns.inOrder(rowIds, byId);
    }

    private static Finding read(ResultSet rs) {
        return FindingRecords.read(new FindingRecords.Columns() {
            @Override
            public String text(String column) {
                try {
                    return rs.getString(column);
                } catch (SQLException e) {
                    throw new StoreException("reading a finding's " + column + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean flag(String column) {
                try {
                    return rs.getBoolean(column);
                } catch (SQLException e) {
                    throw new StoreException("reading a finding's " + column + " failed: " + e.getMessage(), e);
                }
            }
        });
    }
}
