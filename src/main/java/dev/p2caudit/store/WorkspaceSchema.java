package dev.p2caudit.store;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Creates and extends the workspace's tables. Every statement is idempotent, so opening a
 * workspace of an older version brings it up to this one (version 2 added {@code audit_run_rule};
 * runs made before it keep no catalogue).
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
        // The working tables an audit run creates (reference maps, pairings), so that those of a run
        // that crashed are dropped at the next open (WorkTables).
        "CREATE TABLE IF NOT EXISTS work_table(name VARCHAR PRIMARY KEY)",
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
        for (Snapshot snapshot : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                ensureDataTable(connection, snapshot, table);
            }
        }
    }

    /** Every data table exists from the start, so that checks can query a table nobody imported. */
    private static void ensureDataTable(Connection connection, Snapshot snapshot, TableKind table)
            throws SQLException {
        StringJoiner columns = new StringJoiner(", ");
        columns.add(SqlNames.IMPORT_ID + " INT NOT NULL").add(SqlNames.SOURCE_LINE + " BIGINT NOT NULL");
        for (ColumnDef column : table.columns()) {
            columns.add(SqlNames.checked(column.name()) + " " + SqlTypes.of(column.type()));
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + SqlNames.dataTable(snapshot, table) + "(" + columns + ")");
        }
    }

    /** Columns kept as-is are text; a later file with the same header reuses the column. */
    static void ensureExtraColumns(Connection connection, String dataTable, Collection<String> extras)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String extra : extras) {
                st.execute("ALTER TABLE " + dataTable + " ADD COLUMN IF NOT EXISTS "
                        + SqlNames.checked(extra) + " VARCHAR");
            }
        }
    }
}
