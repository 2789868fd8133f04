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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Browses one snapshot's table of the analytic store a page at a time, in any order and through a
 * text filter. A sort or filter costs one pass that collects the matching row ids in order
 * ({@link RowIndex}); each page is then read by id ranges, which DuckDB answers from the row
 * groups' min/max of {@code row_id} (ids are given in load order), so scrolling never re-sorts
 * or skips rows.
 */
public final class TableBrowser {

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
        java.util.Set<String> stored = new java.util.HashSet<>();
        workspace.registry().forEach("""
                SELECT ic.stored_as FROM import_column ic JOIN import_file f ON f.id = ic.import_id
                WHERE f.state = 'COMPLETE' AND f.snapshot = ? AND f.table_name = ? AND ic.stored_as IS NOT NULL""",
                List.of(snapshot.id(), kind.id()), row -> stored.add(row.text("stored_as")));
        List<String> filled = new ArrayList<>();
        workspace.sql().forEach("""
                SELECT LOWER(column_name) AS name FROM information_schema.columns
                WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""", List.of(table),
                row -> {
                    if (stored.contains(row.text("name"))) {
                        filled.add(row.text("name"));
                    }
                });
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
        String sql = "SELECT " + SqlNames.ROW_ID + " FROM " + table + where(query, params) + orderBy(query);
        return workspace.sql().rowIds(sql, params);
    }

    /**
     * In file order a table whose row ids have no gaps (nothing was removed from it, no import
     * was undone) needs no pass at all: position i is id first+i. One aggregate tells.
     */
    private Optional<RowIndex> gapless() {
        Sql.Row span = workspace.sql().query("SELECT COUNT(*) AS n, MIN(" + SqlNames.ROW_ID + ") AS first, MAX("
                + SqlNames.ROW_ID + ") AS last FROM " + table, List.of()).get(0);
        long count = span.number("n");
        if (count == 0) {
            return Optional.of(RowIndex.empty());
        }
        long first = span.number("first");
        return span.number("last") - first + 1 == count && count <= Integer.MAX_VALUE
                ? Optional.of(RowIndex.range(first, (int) count)) : Optional.empty();
    }

    /** The rows with these ids, in the order given; ids no longer in the table are skipped. */
    public List<BrowsedRow> rows(long[] rowIds) {
        if (rowIds.length == 0) {
            return List.of();
        }
        Map<Long, BrowsedRow> byId = new HashMap<>();
        Map<Long, String> files = fileNames();
        String sql = "SELECT * FROM " + table + " WHERE " + SqlNames.ROW_ID + " BETWEEN ? AND ?";
        try (PreparedStatement ps = workspace.data().prepareStatement(sql)) {
            for (BrowsedRow row : RowIdRuns.read(ps, rowIds, rs -> read(rs, rs.getMetaData(), files))) {
                byId.put(row.rowId(), row);
            }
        } catch (SQLException e) {
            throw workspace.failure("reading " + table, e);
        }
        return RowIdRuns.inOrder(rowIds, byId);
    }

    /** Import id → file name: the record lives in H2, the rows in the analytic store. */
    private Map<Long, String> fileNames() {
        Map<Long, String> names = new HashMap<>();
        workspace.registry().forEach("SELECT id, file_name FROM import_file", List.of(),
                row -> names.put(row.number("id"), row.text("file_name")));
        return names;
    }

    private String where(BrowseQuery query, List<Object> params) {
        if (!query.filtered()) {
            return "";
        }
        params.add(query.filterText().toLowerCase(Locale.ROOT));
        if (query.filterColumn() != null) {
            return " WHERE STRPOS(LOWER(CAST(" + query.filterColumn() + " AS VARCHAR)), ?) > 0";
        }
        List<String> shown = columns();
        if (shown.isEmpty()) {
            return " WHERE FALSE";
        }
        // One haystack per row: a single search instead of one per column. The separator keeps a
        // match from spanning two values.
        return " WHERE STRPOS(LOWER(CONCAT_WS(CHR(31), " + String.join(", ", shown.stream()
                .map(c -> "CAST(" + SqlNames.checked(c) + " AS VARCHAR)").toList()) + ")), ?) > 0";
    }

    private static String orderBy(BrowseQuery query) {
        if (query.sortColumn() == null) {
            return " ORDER BY " + SqlNames.ROW_ID;
        }
        return " ORDER BY " + query.sortColumn() + (query.ascending() ? " ASC" : " DESC") + " NULLS LAST, "
                + SqlNames.ROW_ID;
    }

    private static BrowsedRow read(ResultSet rs, ResultSetMetaData meta, Map<Long, String> files) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        long rowId = 0;
        String file = null;
        long line = 0;
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            Object value = meta.getColumnType(i) == Types.TIMESTAMP ? rs.getObject(i, LocalDateTime.class) : rs.getObject(i);
            switch (label) {
                case SqlNames.ROW_ID -> rowId = ((Number) value).longValue();
                case SqlNames.IMPORT_ID -> file = files.get(((Number) value).longValue());
                case SqlNames.SOURCE_LINE -> line = ((Number) value).longValue();
                default -> values.put(label, value);
            }
        }
        return new BrowsedRow(rowId, file, line, values);
    }
}
