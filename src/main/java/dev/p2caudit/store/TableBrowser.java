package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Browses one snapshot's table a page at a time, in any order and through a text filter. A sort
 * or filter costs one pass that collects the matching row ids in order ({@link RowIndex}); each
 * page is then read by id through the primary key, so scrolling never re-sorts or skips rows.
 */
public final class TableBrowser {

    private static final String ROW_ID = "p2c_row_id";
    private static final String FILE = "p2c_file";

    private final Workspace workspace;
    private final Snapshot snapshot;
    private final TableKind kind;
    private final String table;

    TableBrowser(Workspace workspace, Snapshot snapshot, TableKind kind) {
        this.workspace = workspace;
        this.snapshot = snapshot;
        this.kind = kind;
        this.table = SqlNames.dataTable(snapshot, kind);
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public TableKind table() {
        return kind;
    }

    /**
     * The columns worth showing: those a loaded file filled (canonical and kept-as-is), in the
     * table's order. Canonical columns no file carried are left out: they are empty everywhere.
     */
    public List<String> columns() {
        List<String> filled = new ArrayList<>();
        workspace.sql().forEach("""
                SELECT LOWER(c.column_name) AS name FROM information_schema.columns c
                WHERE c.table_schema = 'PUBLIC' AND c.table_name = ? AND LOWER(c.column_name) IN (
                  SELECT ic.stored_as FROM import_column ic JOIN import_file f ON f.id = ic.import_id
                  WHERE f.state = 'COMPLETE' AND f.snapshot = ? AND f.table_name = ? AND ic.stored_as IS NOT NULL)
                ORDER BY c.ordinal_position""", List.of(table.toUpperCase(Locale.ROOT), snapshot.id(), kind.id()),
                row -> filled.add(row.text("name")));
        return filled;
    }

    public long count() {
        return workspace.sql().scalar("SELECT COUNT(*) FROM " + table, List.of());
    }

    /** The row ids the query lets through, in its order (ties and the default: load order). */
    public RowIndex index(BrowseQuery query) {
        if (query.sortColumn() == null && !query.filtered()) {
            Optional<RowIndex> range = gapless();
            if (range.isPresent()) {
                return range.get();
            }
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT _ROWID_ FROM " + table + where(query, params) + orderBy(query);
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
            throw workspace.failure("browsing " + table, e);
        }
    }

    /**
     * In file order a table whose row ids have no gaps (nothing was removed from it) needs no
     * pass at all: position i is id first+i. Three look-ups on the primary key tell.
     */
    private Optional<RowIndex> gapless() {
        long count = count();
        if (count == 0) {
            return Optional.of(RowIndex.empty());
        }
        long first = workspace.sql().scalar("SELECT _ROWID_ FROM " + table + " ORDER BY _ROWID_ LIMIT 1", List.of());
        long last = workspace.sql().scalar("SELECT _ROWID_ FROM " + table + " ORDER BY _ROWID_ DESC LIMIT 1", List.of());
        return last - first + 1 == count && count <= Integer.MAX_VALUE
                ? Optional.of(RowIndex.range(first, (int) count)) : Optional.empty();
    }

    /** The rows with these ids, in the order given; ids no longer in the table are skipped. */
    public List<BrowsedRow> rows(long[] rowIds) {
        if (rowIds.length == 0) {
            return List.of();
        }
        Map<Long, BrowsedRow> byId = new HashMap<>();
        String sql = "SELECT t._ROWID_ AS " + ROW_ID + ", f.file_name AS " + FILE + ", t.* FROM " + table
                + " t LEFT JOIN import_file f ON f.id = t." + SqlNames.IMPORT_ID + " WHERE t._ROWID_ BETWEEN ? AND ?";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            for (BrowsedRow row : RowIdRuns.read(ps, rowIds, rs -> read(rs, rs.getMetaData()))) {
                byId.put(row.rowId(), row);
            }
        } catch (SQLException e) {
            throw workspace.failure("reading " + table, e);
        }
        List<BrowsedRow> ordered = new ArrayList<>(rowIds.length);
        for (long id : rowIds) {
            BrowsedRow row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private String where(BrowseQuery query, List<Object> params) {
        if (!query.filtered()) {
            return "";
        }
        params.add(query.filterText().toLowerCase(Locale.ROOT));
        if (query.filterColumn() != null) {
            return " WHERE LOCATE(?, LOWER(CAST(" + query.filterColumn() + " AS VARCHAR))) > 0";
        }
        List<String> shown = columns();
        if (shown.isEmpty()) {
            return " WHERE FALSE";
        }
        // One haystack per row: a single LOCATE instead of one per column. The separator keeps a
        // match from spanning two values.
        return " WHERE LOCATE(?, LOWER(CONCAT_WS(CHAR(31), " + String.join(", ", shown.stream()
                .map(c -> "CAST(" + SqlNames.checked(c) + " AS VARCHAR)").toList()) + "))) > 0";
    }

    private static String orderBy(BrowseQuery query) {
        if (query.sortColumn() == null) {
            return " ORDER BY _ROWID_";
        }
        return " ORDER BY " + query.sortColumn() + (query.ascending() ? " ASC" : " DESC") + " NULLS LAST, _ROWID_";
    }

    private static BrowsedRow read(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        long rowId = 0;
        String file = null;
        long line = 0;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            Object value = meta.getColumnType(i) == Types.TIMESTAMP ? rs.getObject(i, LocalDateTime.class) : rs.getObject(i);
            switch (label) {
                case ROW_ID -> rowId = ((Number) value).longValue();
                case FILE -> file = (String) value;
                case SqlNames.SOURCE_LINE -> line = ((Number) value).longValue();
                case SqlNames.IMPORT_ID -> { }
                default -> values.put(label, value);
            }
        }
        return new BrowsedRow(rowId, file, line, values);
    }
}
