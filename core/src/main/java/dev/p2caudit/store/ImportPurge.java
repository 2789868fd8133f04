package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes imports and everything they wrote, on both sides. The record goes first, in one H2
 * transaction; the rows in the analytic store after it. Rows whose import is not a published one
 * (the record was removed, or never published: a crash between the two) are swept away when the
 * workspace opens, so an import is in sight exactly when its record says COMPLETE.
 */
final class ImportPurge {

    /** An import to remove: its id and the data table holding its rows. */
    record Gone(long id, String dataTable) {
    }

    private final Workspace workspace;

    ImportPurge(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * At open: imports a crash or a failure left unfinished lose their records, and every data table
     * loses the rows of imports that are not published.
     */
    void purgeUnfinished() throws SQLException {
        Connection c = workspace.connection();
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM rejected_row WHERE import_id IN (SELECT id FROM import_file WHERE state <> 'COMPLETE')");
            st.execute("DELETE FROM import_column WHERE import_id IN (SELECT id FROM import_file WHERE state <> 'COMPLETE')");
            st.execute("DELETE FROM import_file WHERE state <> 'COMPLETE'");
        }
        Set<Long> published = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM import_file")) {
            while (rs.next()) {
                published.add(rs.getLong(1));
            }
        }
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                sweep(SqlNames.dataTable(snapshot, table), published);
            }
        }
    }

    /** Deletes a data table's rows of unpublished imports; reads only the import ids when there are none. */
    private void sweep(String dataTable, Set<Long> published) throws SQLException {
        List<Long> strays = new ArrayList<>();
        try (Statement st = workspace.data().createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT " + SqlNames.IMPORT_ID + " FROM " + dataTable)) {
            while (rs.next()) {
                if (!published.contains(rs.getLong(1))) {
                    strays.add(rs.getLong(1));
                }
            }
        }
        for (long id : strays) {
            deleteRows(new Gone(id, dataTable));
        }
    }

    /** Completed imports of the same file into the same snapshot: the new import replaces them. */
    List<Gone> superseded(long newImportId, Snapshot snapshot, String fileName, String sha256) throws SQLException {
        List<Gone> gone = new ArrayList<>();
        try (PreparedStatement ps = workspace.connection().prepareStatement("""
                SELECT id, table_name FROM import_file
                WHERE snapshot = ? AND id <> ? AND state = 'COMPLETE' AND (LOWER(file_name) = LOWER(?) OR sha256 = ?)""")) {
            ps.setString(1, snapshot.id());
            ps.setLong(2, newImportId);
            ps.setString(3, fileName);
            ps.setString(4, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    gone.add(new Gone(rs.getLong(1), SqlNames.dataTable(snapshot, TableKind.fromId(rs.getString(2)).orElseThrow())));
                }
            }
        }
        return gone;
    }

    /** Removes an import: its record in one transaction, then its rows. */
    void purge(long importId, Snapshot snapshot, TableKind table) throws SQLException {
        Connection c = workspace.connection();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            deleteRecord(importId);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        workspace.syncRecords();
        deleteRows(new Gone(importId, SqlNames.dataTable(snapshot, table)));
    }

    /** The import's record, mapping and rejections, in the caller's H2 transaction. */
    void deleteRecord(long importId) throws SQLException {
        delete(workspace.connection(), "DELETE FROM rejected_row WHERE import_id = ?", importId);
        delete(workspace.connection(), "DELETE FROM import_column WHERE import_id = ?", importId);
        delete(workspace.connection(), "DELETE FROM import_file WHERE id = ?", importId);
    }

    /** The import's rows in the analytic store, in autocommit. */
    void deleteRows(Gone gone) throws SQLException {
        delete(workspace.data(), "DELETE FROM " + SqlNames.checked(gone.dataTable()) + " WHERE " + SqlNames.IMPORT_ID
                + " = ?", gone.id());
    }

    private static void delete(Connection c, String sql, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
    }
}
