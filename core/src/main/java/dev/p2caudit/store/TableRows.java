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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the rows of one data table, a page at a time, in file order. */
public final class TableRows {

    private final Workspace workspace;
    private final String table;

    TableRows(Workspace workspace, Snapshot snapshot, TableKind kind) {
        this.workspace = workspace;
        this.table = SqlNames.dataTable(snapshot, kind);
    }

    public long count() {
        try (PreparedStatement ps = workspace.data().prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw workspace.failure("counting " + table, e);
        }
    }

    /** Rows as column → value (lower-case column names, without the row id), ordered by import and source line. */
    public List<Map<String, Object>> page(long offset, int limit) {
        String sql = "SELECT * FROM " + table + " ORDER BY " + SqlNames.IMPORT_ID + ", " + SqlNames.SOURCE_LINE
                + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = workspace.data().prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setLong(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        if (meta.getColumnLabel(i).equalsIgnoreCase(SqlNames.ROW_ID)) {
                            continue;
                        }
                        Object value = meta.getColumnType(i) == Types.TIMESTAMP
                                ? rs.getObject(i, LocalDateTime.class) : rs.getObject(i);
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw workspace.failure("reading " + table, e);
        }
    }
}
