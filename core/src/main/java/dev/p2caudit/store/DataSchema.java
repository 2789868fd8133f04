package dev.p2caudit.store;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * The tables of the analytic store (DuckDB): one per snapshot and table ({@code pre_order_line}, …).
 * Every statement is idempotent.
 */
final class DataSchema {

    private DataSchema() {
    }

    static void ensure(Connection connection) throws SQLException {
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                ensureDataTable(connection, snapshot, table);
            }
        }
    }

    /**
     * Every data table exists from the start, so that checks can query a table nobody imported.
     * {@code row_id} is the row's stable id (DuckDB's own {@code rowid} is a storage position that
     * a checkpoint after a delete may change): given in load order, it pages the data browser and
     * joins the audit's working tables to their rows.
     */
    private static void ensureDataTable(Connection connection, Snapshot snapshot, TableKind table)
            throws SQLException {
        StringJoiner columns = new StringJoiner(", ");
        columns.add(SqlNames.ROW_ID + " BIGINT NOT NULL").add(SqlNames.IMPORT_ID + " INTEGER NOT NULL")
                .add(SqlNames.SOURCE_LINE + " BIGINT NOT NULL");
        for (ColumnDef column : table.columns()) {
            columns.add(SqlNames.checked(column.name()) + " " + SqlTypes.of(column.type()));
        }
        String dataTable = SqlNames.dataTable(snapshot, table);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + dataTable + "(" + columns + ")");
        }
        addNewCanonicalColumns(connection, dataTable, table);
    }

    /**
     * A canonical column added after a workspace was written (invoice_line's line_number and
     * company) is added to its table, empty, so that checks can read it on old workspaces too.
     */
    private static void addNewCanonicalColumns(Connection connection, String dataTable, TableKind table)
            throws SQLException {
        List<String> stored = columns(connection, dataTable).stream().map(Column::name).toList();
        try (Statement st = connection.createStatement()) {
            for (ColumnDef column : table.columns()) {
                if (!stored.contains(column.name())) {
                    st.execute("ALTER TABLE " + dataTable + " ADD COLUMN " + SqlNames.checked(column.name()) + " "
                            + SqlTypes.of(column.type()));
                }
            }
        }
    }

    /** Columns kept as-is are text; a later file with the same header reuses the column. */
    static void ensureExtraColumns(Connection connection, String dataTable, Collection<String> extras)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String extra : extras) {
                st.execute("ALTER TABLE " + dataTable + " ADD COLUMN IF NOT EXISTS " + SqlNames.checked(extra) + " VARCHAR");
            }
        }
    }

    /** A stored column: its lower-case name and DuckDB's name of its type ({@code BIGINT}, {@code DECIMAL(31,10)}, …). */
    record Column(String name, String type) {
    }

    /** The columns of a data table in their stored order. */
    static List<Column> columns(Connection connection, String dataTable) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""")) {
            ps.setString(1, dataTable);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2)));
                }
            }
        }
        return columns;
    }
}
