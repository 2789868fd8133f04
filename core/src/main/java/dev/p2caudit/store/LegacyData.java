package dev.p2caudit.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workspaces written before ADR 0008 keep the imported rows in H2, in data tables of their own.
 * Opening one moves them into the analytic store, table by table, so nothing has to be imported
 * again: the rows of the published imports are copied in load order under one DuckDB transaction,
 * committed, and only then is the H2 table dropped. A crash in between leaves the H2 table, and
 * the next open copies it again after clearing what the first attempt wrote of those imports; a
 * dropped table is one whose copy was committed. Rows of other imports are never touched. The working tables an earlier run left in H2 are dropped.
 */
final class LegacyData {

    private LegacyData() {
    }

    static void moveIntoStore(Workspace workspace) throws SQLException {
        Connection h2 = workspace.connection();
        List<String> tables = WorkspaceSchema.legacyDataTables(h2);
        if (tables.isEmpty()) {
            return;
        }
        dropLegacyWorkTables(h2);
        for (String table : tables) {
            try {
                move(workspace, table);
            } catch (SQLException e) {
                throw new StoreException("workspace " + workspace.file() + " was written by an earlier version and its "
                        + table + " rows could not be moved into " + workspace.dataFile().getFileName() + " ("
                        + e.getMessage() + "); import the files into a new workspace", e);
            }
        }
    }

    private static void move(Workspace workspace, String table) throws SQLException {
        Connection h2 = workspace.connection();
        Connection data = workspace.data();
        List<String> extras = extraColumns(h2, table);
        DataSchema.ensureExtraColumns(data, table, extras);
        List<Long> imports = importIds(h2, table);
        data.setAutoCommit(false);
        try (Statement clear = data.createStatement()) {
            // What an interrupted move already wrote of these imports goes first; rows of other
            // imports stay (an earlier version that opened a newer workspace leaves its own table
            // empty, or holding only the files it imported itself).
            for (long id : imports) {
                clear.execute("DELETE FROM " + table + " WHERE " + SqlNames.IMPORT_ID + " = " + id);
            }
            copy(h2, data, table, workspace.rowIds(table));
            data.commit();
        } catch (SQLException | RuntimeException e) {
            data.rollback();
            throw e;
        } finally {
            data.setAutoCommit(true);
        }
        try (Statement st = h2.createStatement()) {
            st.execute("DROP TABLE " + table);
        }
    }

    /** The published rows in load order (H2's row ids), with their import ids and source lines. */
    private static void copy(Connection h2, Connection data, String table, AtomicLong rowIds)
            throws SQLException {
        try (Statement st = h2.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE " + SqlNames.IMPORT_ID
                    + " IN (SELECT id FROM import_file WHERE state = 'COMPLETE') ORDER BY _ROWID_")) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                int importId = 0;
                int line = 0;
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                    if (name.equals(SqlNames.IMPORT_ID)) {
                        importId = i;
                    } else if (name.equals(SqlNames.SOURCE_LINE)) {
                        line = i;
                    } else {
                        columns.add(SqlNames.checked(name));
                        positions.add(i);
                    }
                }
                try (RowAppender rows = RowAppender.open(data, table, columns, rowIds)) {
                    Object[] values = new Object[columns.size()];
                    while (rs.next()) {
                        for (int i = 0; i < values.length; i++) {
                            int p = positions.get(i);
                            values[i] = meta.getColumnType(p) == Types.TIMESTAMP ? rs.getObject(p, LocalDateTime.class)
                                    : rs.getObject(p);
                        }
                        rows.append(rs.getLong(importId), rs.getLong(line), values);
                    }
                }
            }
        }
    }

    /** The imports whose rows the H2 table holds. */
    private static List<Long> importIds(Connection h2, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = h2.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT " + SqlNames.IMPORT_ID + " FROM " + table)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The kept-as-is ({@code x_…}) columns files brought into the H2 table. */
    private static List<String> extraColumns(Connection h2, String table) throws SQLException {
        List<String> extras = new ArrayList<>();
        try (Statement st = h2.createStatement();
             ResultSet rs = st.executeQuery("SELECT LOWER(column_name) FROM information_schema.columns"
                     + " WHERE table_schema = 'PUBLIC' AND LOWER(table_name) = '" + SqlNames.checked(table)
                     + "' AND LOWER(column_name) LIKE 'x\\_%' ORDER BY ordinal_position")) {
            while (rs.next()) {
                extras.add(rs.getString(1));
            }
        }
        return extras;
    }

    /** An earlier version kept its working tables in H2 too, registered in its own {@code work_table}. */
    private static void dropLegacyWorkTables(Connection h2) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = h2.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'PUBLIC' AND table_name = 'WORK_TABLE'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return;
            }
        }
        try (Statement st = h2.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM work_table")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement st = h2.createStatement()) {
            for (String name : names) {
                st.execute("DROP TABLE IF EXISTS " + SqlNames.checked(name));
            }
            st.execute("DROP TABLE work_table");
        }
    }
}
