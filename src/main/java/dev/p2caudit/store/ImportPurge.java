package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Removes an import and everything it wrote. Callers decide the transaction. */
final class ImportPurge {

    private final Connection connection;

    ImportPurge(Connection connection) {
        this.connection = connection;
    }

    /** Imports a crash or a failure left unfinished are removed when the workspace opens. */
    void purgeUnfinished() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, snapshot, table_name FROM import_file WHERE state <> 'COMPLETE'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                purge(rs.getLong(1), Snapshot.parse(rs.getString(2)), TableKind.fromId(rs.getString(3)).orElseThrow());
            }
        }
    }

    /** Completed imports of the same file into the same snapshot: the new import replaces them. */
    void purgeSuperseded(long newImportId, Snapshot snapshot, String fileName, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT id, table_name FROM import_file
                WHERE snapshot = ? AND id <> ? AND state = 'COMPLETE' AND (LOWER(file_name) = LOWER(?) OR sha256 = ?)""")) {
            ps.setString(1, snapshot.id());
            ps.setLong(2, newImportId);
            ps.setString(3, fileName);
            ps.setString(4, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    purge(rs.getLong(1), snapshot, TableKind.fromId(rs.getString(2)).orElseThrow());
                }
            }
        }
    }

    void purge(long importId, Snapshot snapshot, TableKind table) throws SQLException {
        delete("DELETE FROM " + SqlNames.dataTable(snapshot, table) + " WHERE " + SqlNames.IMPORT_ID + " = ?", importId);
        delete("DELETE FROM rejected_row WHERE import_id = ?", importId);
        delete("DELETE FROM import_column WHERE import_id = ?", importId);
        delete("DELETE FROM import_file WHERE id = ?", importId);
    }

    private void delete(String sql, long importId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, importId);
            ps.executeUpdate();
        }
    }
}
