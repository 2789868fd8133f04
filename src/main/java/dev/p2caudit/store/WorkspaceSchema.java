package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the tables of the workspace of record (H2). Every statement is idempotent. The data
 * tables live in the analytic store ({@link DataSchema}); version 1, written before ADR 0008, kept
 * them here too ({@link LegacyData}).
 */
final class WorkspaceSchema {

    static final int VERSION = 2;

    private static final String[] META = {
        "CREATE TABLE IF NOT EXISTS ws_meta(k VARCHAR PRIMARY KEY, v VARCHAR)",
        """
        CREATE TABLE IF NOT EXISTS import_file(
          id INT AUTO_INCREMENT PRIMARY KEY, snapshot VARCHAR(4) NOT NULL, table_name VARCHAR(20) NOT NULL,
          file_name VARCHAR NOT NULL, sha256 CHAR(64) NOT NULL, format VARCHAR(8) NOT NULL,
          dialect VARCHAR(10), encoding VARCHAR(40), delimiter VARCHAR(4), decimal_separator VARCHAR(4),
          table_reason VARCHAR, rows_loaded BIGINT DEFAULT 0 NOT NULL, rows_rejected BIGINT DEFAULT 0 NOT NULL,
          state VARCHAR(10) NOT NULL, finished_at TIMESTAMP WITH TIME ZONE, duration_ms BIGINT)""",
        """
        CREATE TABLE IF NOT EXISTS import_column(
          import_id INT NOT NULL, position INT NOT NULL, header VARCHAR NOT NULL, canonical VARCHAR,
          stored_as VARCHAR, note VARCHAR, PRIMARY KEY(import_id, position))""",
        """
        CREATE TABLE IF NOT EXISTS rejected_row(
          import_id INT NOT NULL, line BIGINT NOT NULL, column_number INT NOT NULL, column_name VARCHAR,
          reason VARCHAR NOT NULL, raw VARCHAR)""",
        "CREATE INDEX IF NOT EXISTS rejected_row_import ON rejected_row(import_id)",
        """
        CREATE TABLE IF NOT EXISTS audit_run(
          id INT AUTO_INCREMENT PRIMARY KEY, started_at TIMESTAMP WITH TIME ZONE NOT NULL,
          finished_at TIMESTAMP WITH TIME ZONE, tool_version VARCHAR, ruleset_version VARCHAR, profile VARCHAR,
          parameters VARCHAR)""",
        """
        CREATE TABLE IF NOT EXISTS finding(
          run_id INT NOT NULL, seq BIGINT AUTO_INCREMENT, rule VARCHAR(40) NOT NULL, severity VARCHAR(8) NOT NULL,
          table_name VARCHAR(20), snapshot VARCHAR(4), record_key VARCHAR NOT NULL, message VARCHAR,
          values_json VARCHAR, remediation VARCHAR, waived BOOLEAN DEFAULT FALSE NOT NULL, waiver_note VARCHAR)""",
        "CREATE INDEX IF NOT EXISTS finding_run_rule ON finding(run_id, rule)",
        """
        CREATE TABLE IF NOT EXISTS audit_run_stat(
          run_id INT NOT NULL, kind VARCHAR(20) NOT NULL, snapshot VARCHAR(4) NOT NULL, label VARCHAR NOT NULL,
          stat_value NUMERIC(31,10) NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS audit_run_input(
          run_id INT NOT NULL, import_id INT NOT NULL, snapshot VARCHAR(4) NOT NULL, table_name VARCHAR(20) NOT NULL,
          file_name VARCHAR NOT NULL, sha256 CHAR(64) NOT NULL, rows_loaded BIGINT NOT NULL, rows_rejected BIGINT NOT NULL,
          format VARCHAR(8), dialect VARCHAR(10), encoding VARCHAR(40), delimiter VARCHAR(4))""",
        // The desktop app's waivers and settings (WaiverStore, AuditSettings): kept with the audit.
        """
        CREATE TABLE IF NOT EXISTS waiver(
          rule VARCHAR(40) NOT NULL, record_key VARCHAR NOT NULL, reason VARCHAR NOT NULL, who VARCHAR NOT NULL,
          until DATE NOT NULL, created_at TIMESTAMP WITH TIME ZONE, PRIMARY KEY(rule, record_key))""",
        "CREATE TABLE IF NOT EXISTS audit_setting(k VARCHAR PRIMARY KEY, v VARCHAR)",
        // Covers the findings screen's listing (FindingIndex) and the counts of a run: H2 reads these
        // from the index instead of every stored finding with its message and values (100,000
        // findings: about a second less, each time a run is listed or counted).
        "CREATE INDEX IF NOT EXISTS finding_listing ON finding(run_id, severity, rule, table_name, snapshot, record_key,"
            + " waived, seq)",
    };

    private WorkspaceSchema() {
    }

    static void ensureMeta(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String ddl : META) {
                st.execute(ddl);
            }
            st.execute("MERGE INTO ws_meta KEY(k) VALUES ('schema_version', '" + VERSION + "')");
        }
    }

    /** Whether the workspace was written before ADR 0008: its data tables are in H2. */
    static boolean hasLegacyDataTables(Connection connection) throws SQLException {
        return !legacyDataTables(connection).isEmpty();
    }

    /** The data tables an earlier version created in H2 ({@code pre_account}, …) that are still there. */
    static List<String> legacyDataTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT LOWER(table_name) FROM information_schema.tables"
                     + " WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        List<String> data = new ArrayList<>();
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                if (names.contains(SqlNames.dataTable(snapshot, table))) {
                    data.add(SqlNames.dataTable(snapshot, table));
                }
            }
        }
        return data;
    }

    /**
     * Whether imports with rows are recorded while the rows are not in H2: they are in the analytic
     * store, and must not be taken for lost when its file is missing.
     */
    static boolean hasImportedRowsElsewhere(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                     + " WHERE table_schema = 'PUBLIC' AND table_name = 'IMPORT_FILE'")) {
            rs.next();
            if (rs.getLong(1) == 0 || hasLegacyDataTables(connection)) {
                return false;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM import_file WHERE state = 'COMPLETE' AND rows_loaded > 0")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
