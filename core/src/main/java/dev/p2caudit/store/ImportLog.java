package dev.p2caudit.store;

import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the import log: which files are in the workspace, how they mapped, what was rejected. */
public final class ImportLog {

    private static final String SELECT = """
            SELECT id, snapshot, table_name, file_name, sha256, format, dialect, encoding, delimiter,
                   decimal_separator, table_reason, rows_loaded, rows_rejected, finished_at, duration_ms, date_order
            FROM import_file WHERE state = 'COMPLETE'""";

    private final Workspace workspace;

    ImportLog(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every completed import, pre before post, then by table and file. */
    public List<ImportRecord> all() {
        return query(SELECT + " ORDER BY snapshot DESC, table_name, file_name", null);
    }

    public Optional<ImportRecord> find(long importId) {
        return query(SELECT + " AND id = ?", importId).stream().findFirst();
    }

    /** A completed import of exactly these bytes into this snapshot, if there is one. */
    public Optional<ImportRecord> findBySha256(Snapshot snapshot, String sha256) {
        return all().stream().filter(r -> r.snapshot() == snapshot && r.sha256().equals(sha256)).findFirst();
    }

    /** Whether any file was loaded into this snapshot's table. */
    public boolean isLoaded(Snapshot snapshot, TableKind table) {
        return all().stream().anyMatch(r -> r.snapshot() == snapshot && r.table() == table);
    }

    /** The canonical columns that some file loaded into this snapshot's table carried. */
    public java.util.Set<String> presentColumns(Snapshot snapshot, TableKind table) {
        java.util.Set<String> present = new java.util.TreeSet<>();
        all().stream().filter(r -> r.snapshot() == snapshot && r.table() == table)
                .forEach(r -> r.columns().stream().filter(MappedColumn::isCanonical)
                        .forEach(c -> present.add(c.canonical())));
        return present;
    }

    /** The rejected rows of one import, in file order. */
    public List<RejectedRow> rejections(long importId) {
        String sql = """
                SELECT f.file_name, r.line, r.column_number, r.column_name, r.reason, r.raw
                FROM rejected_row r JOIN import_file f ON f.id = r.import_id
                WHERE r.import_id = ? ORDER BY r.line, r.column_number""";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, importId);
            List<RejectedRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectedRow(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw workspace.failure("reading rejected rows", e);
        }
    }

    private List<ImportRecord> query(String sql, Long id) {
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            List<ImportRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
            return records;
        } catch (SQLException e) {
            throw workspace.failure("reading the import log", e);
        }
    }

    private ImportRecord read(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportRecord(id, Snapshot.parse(rs.getString("snapshot")),
                TableKind.fromId(rs.getString("table_name")).orElseThrow(), rs.getString("file_name"),
                rs.getString("sha256"), rs.getString("format"), Dialect.valueOf(rs.getString("dialect")),
                rs.getString("encoding"), rs.getString("delimiter"), rs.getString("decimal_separator"),
                rs.getString("table_reason"), columns(id), rs.getLong("rows_loaded"), rs.getLong("rows_rejected"),
                finished == null ? null : finished.toInstant(), rs.getLong("duration_ms"), rs.getString("date_order"));
    }

    private List<MappedColumn> columns(long importId) throws SQLException {
        try (PreparedStatement ps = workspace.connection().prepareStatement(
                "SELECT position, header, canonical, stored_as, note, reading FROM import_column WHERE import_id = ?"
                        + " ORDER BY position")) {
            ps.setLong(1, importId);
            List<MappedColumn> columns = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new MappedColumn(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return columns;
        }
    }
}
