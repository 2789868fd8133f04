package dev.p2caudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's findings as the findings screen lists them: one sort of the filtered findings collects
 * their row ids ({@link RowIndex}), then any page is read by id. {@link FindingStore#page} sorts
 * the whole run for every page it reads (about a second on 100,000 findings), which a scrolling
 * table cannot wait for. Filter and order are FindingStore's, so both list the same findings in
 * the same order.
 */
public final class FindingIndex {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, FindingValue>> VALUES = new TypeReference<>() { };

    private final Workspace workspace;

    FindingIndex(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The row ids of the findings the filter lets through, in the sort's order. */
    public RowIndex index(long runId, FindingFilter filter, FindingSort sort) {
        List<Object> params = new ArrayList<>(List.of(runId));
        String sql = "SELECT _ROWID_ FROM finding WHERE " + where(filter, params) + sort.orderBy();
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                long[] ids = new long[1024];
                int n = 0;
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
                return RowIndex.of(Arrays.copyOf(ids, n));
            }
        } catch (SQLException e) {
            throw workspace.failure("listing findings", e);
        }
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
        List<Finding> ordered = new ArrayList<>(rowIds.length);
        for (long id : rowIds) {
            Finding f = byId.get(id);
            if (f != null) {
                ordered.add(f);
            }
        }
        return ordered;
    }

    /** FindingStore's filter (private there): every field that is set must match. */
    private static String where(FindingFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("run_id = ?");
        if (filter.severity() != null) {
            where.append(" AND severity = ?");
            params.add(filter.severity().name());
        }
        if (filter.rule() != null) {
            where.append(" AND rule = ?");
            params.add(filter.rule());
        }
        if (filter.table() != null) {
            where.append(" AND table_name = ?");
            params.add(filter.table().id());
        }
        if (filter.snapshot() != null) {
            where.append(" AND snapshot = ?");
            params.add(filter.snapshot().id());
        }
        if (filter.text() != null) {
            where.append(" AND (LOCATE(?, LOWER(record_key)) > 0 OR LOCATE(?, LOWER(message)) > 0)");
            String needle = filter.text().toLowerCase(Locale.ROOT);
            params.add(needle);
            params.add(needle);
        }
        return where.toString();
    }

    /** FindingStore's row reading (private there). */
    private static Finding read(ResultSet rs) throws SQLException {
        String table = rs.getString("table_name");
        String snapshot = rs.getString("snapshot");
        return new Finding(rs.getString("rule"), Severity.valueOf(rs.getString("severity")),
                table == null ? null : TableKind.fromId(table).orElseThrow(),
                snapshot == null ? null : Snapshot.parse(snapshot), rs.getString("record_key"), rs.getString("message"),
                values(rs.getString("values_json")), rs.getString("remediation"), rs.getBoolean("waived"),
                rs.getString("waiver_note"));
    }

    private static Map<String, FindingValue> values(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored finding has unreadable values: " + e.getMessage(), e);
        }
    }
}
