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
 * Creates and extends the tables of the workspace of record (H2). Every statement is idempotent,
 * so opening a workspace of an older version brings it up to this one. The data tables live in the
 * analytic store ({@link DataSchema}); version 1, written before ADR 0008, kept them here too
 * ({@link LegacyData} moves them).
 */
final class WorkspaceSchema {

    /**
     * 2: the data tables in the analytic store (ADR 0008); each column's reading (how its values
     * were read, with the evidence), the date-order setting an import used, the readings a run
     * audited, room for {@code mixed} decimals, and the catalogue each run used
     * ({@code audit_run_rule}).
     */
    static final int VERSION = 2;

    private static final String[] META = {
        "CREATE TABLE IF NOT EXISTS ws_meta(k VARCHAR PRIMARY KEY, v VARCHAR)",
        """
        CREATE TABLE IF NOT EXISTS import_file(
          id INT AUTO_INCREMENT PRIMARY KEY, snapshot VARCHAR(4) NOT NULL, table_name VARCHAR(20) NOT NULL,
          file_name VARCHAR NOT NULL, sha256 CHAR(64) NOT NULL, format VARCHAR(8) NOT NULL,
          dialect VARCHAR(10), encoding VARCHAR(40), delimiter VARCHAR(4), decimal_separator VARCHAR(8),
          table_reason VARCHAR, date_order VARCHAR(12), rows_loaded BIGINT DEFAULT 0 NOT NULL, rows_rejected BIGINT DEFAULT 0 NOT NULL,
          state VARCHAR(10) NOT NULL, finished_at TIMESTAMP WITH TIME ZONE, duration_ms BIGINT)""",
        """
        CREATE TABLE IF NOT EXISTS import_column(
          import_id INT NOT NULL, position INT NOT NULL, header VARCHAR NOT NULL, canonical VARCHAR,
          stored_as VARCHAR, note VARCHAR, reading VARCHAR, PRIMARY KEY(import_id, position))""",
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
        // The catalogue each run used (RunRules): a report re-rendered later shows the rules that ran.
        """
        CREATE TABLE IF NOT EXISTS audit_run_rule(
          run_id INT NOT NULL, position INT NOT NULL, rule VARCHAR(40) NOT NULL, severity VARCHAR(8) NOT NULL,
          table_name VARCHAR(20), family VARCHAR(40) NOT NULL, title VARCHAR NOT NULL, step VARCHAR, why VARCHAR,
          remediation VARCHAR, definition VARCHAR, PRIMARY KEY(run_id, position))""",
        // The desktop app's waivers and settings (WaiverStore, AuditSettings): kept with the audit.
        """
        CREATE TABLE IF NOT EXISTS waiver(
          rule VARCHAR(40) NOT NULL, record_key VARCHAR NOT NULL, reason VARCHAR NOT NULL, who VARCHAR NOT NULL,
          until DATE NOT NULL, created_at TIMESTAMP WITH TIME ZONE, PRIMARY KEY(rule, record_key))""",
        "CREATE TABLE IF NOT EXISTS audit_setting(k VARCHAR PRIMARY KEY, v VARCHAR)",
        // How the audited files' values were read (ImportRecord columns' readings), as they were when the run began.
        """
        CREATE TABLE IF NOT EXISTS audit_run_reading(
          run_id INT NOT NULL, import_id INT NOT NULL, position INT NOT NULL, header VARCHAR NOT NULL,
          reading VARCHAR NOT NULL)""",
        // Covers the findings screen's listing (FindingIndex) and the counts of a run: H2 reads these
        // from the index instead of every stored finding with its message and values (100,000
        // findings: about a second less, each time a run is listed or counted).
        "CREATE INDEX IF NOT EXISTS finding_listing ON finding(run_id, severity, rule, table_name, snapshot, record_key,"
            + " waived, seq)",
    };

    /** What a workspace of an earlier version lacks; each statement is a no-op on a current one. */
    private static final String[] UPGRADE = {
        "ALTER TABLE import_file ALTER COLUMN decimal_separator SET DATA TYPE VARCHAR(8)",
        "ALTER TABLE import_file ADD COLUMN IF NOT EXISTS date_order VARCHAR(12)",
        "ALTER TABLE import_column ADD COLUMN IF NOT EXISTS reading VARCHAR",
    };

    private WorkspaceSchema() {
    }

    static void ensureMeta(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS ws_meta(k VARCHAR PRIMARY KEY, v VARCHAR)");
            refuseNewer(st);
            for (String ddl : META) {
                st.execute(ddl);
            }
            for (String ddl : UPGRADE) {
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

    /** A workspace a newer version wrote may hold what this one would misread or drop: it is not touched. */
    private static void refuseNewer(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT v FROM ws_meta WHERE k = 'schema_version'")) {
            int found = rs.next() ? Integer.parseInt(rs.getString(1)) : VERSION;
            if (found > VERSION) {
                throw new NewerSchemaException(found);
            }
        }
    }

    /** Thrown before anything changes, when the workspace's schema is newer than this version knows. */
    static final class NewerSchemaException extends SQLException {
        private static final long serialVersionUID = 1L;
        final int found;

        NewerSchemaException(int found) {
            super("schema version " + found + ", newer than " + VERSION);
            this.found = found;
        }
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
