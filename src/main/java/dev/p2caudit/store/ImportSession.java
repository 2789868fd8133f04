package dev.p2caudit.store;

import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;

/**
 * Loads one file into the workspace, atomically as far as anyone can see: rows are written under
 * an import whose state stays {@code LOADING} until {@link #commit} publishes it in one
 * transaction that also removes the import it replaces. A failure, {@link #close} without commit,
 * or a crash (cleaned up at the next open) removes every row the import wrote.
 *
 * <p>Rows are committed in chunks while loading: one transaction over a million rows costs H2 an
 * undo-log entry per row and most of its memory, and the state column already keeps those rows
 * out of sight.
 */
public final class ImportSession implements AutoCloseable {

    private static final int BATCH = 1_000;
    private static final int CHUNK = 50_000;

    private final Workspace workspace;
    private final ImportPlan plan;
    private final long importId;
    private final PreparedStatement insertRow;
    private final PreparedStatement insertRejection;
    private final int width;
    private final KeyIndexTiming indexes;
    private int batched;
    private long sinceCommit;
    private long rowsLoaded;
    private long rowsRejected;
    private boolean finished;

    private ImportSession(Workspace workspace, ImportPlan plan, long importId, KeyIndexTiming indexes)
            throws SQLException {
        this.workspace = workspace;
        this.plan = plan;
        this.importId = importId;
        this.indexes = indexes;
        Connection c = workspace.connection();
        this.width = plan.storedColumns().size();
        this.insertRow = c.prepareStatement(insertSql(plan));
        this.insertRejection = c.prepareStatement(
                "INSERT INTO rejected_row(import_id, line, column_number, column_name, reason, raw) VALUES (?,?,?,?,?,?)");
    }

    static ImportSession begin(Workspace workspace, ImportPlan plan) {
        Connection c = workspace.connection();
        try {
            c.setAutoCommit(true);
            KeyIndexTiming indexes;
            workspace.schemaLock().lock();
            try {
                WorkspaceSchema.ensureExtraColumns(c, SqlNames.dataTable(plan.snapshot(), plan.table()), plan.extraColumns());
                indexes = KeyIndexTiming.plan(c, plan, workspace.schemaLock());
            } finally {
                workspace.schemaLock().unlock();
            }
            long id = register(c, plan);
            c.setAutoCommit(false);
            return new ImportSession(workspace, plan, id, indexes);
        } catch (SQLException e) {
            throw workspace.failure("starting the import of " + plan.fileName(), e);
        }
    }

    public long importId() {
        return importId;
    }

    /**
     * Adds one row; {@code values} follow {@link ImportPlan#storedColumns()} and hold String,
     * BigDecimal, Long, Integer, Boolean or LocalDateTime (or null).
     */
    public void addRow(long line, Object[] values) {
        if (values.length != width) {
            throw new IllegalArgumentException("row has " + values.length + " values, plan has " + width + " columns");
        }
        try {
            indexes.observe(values);
            insertRow.setLong(1, importId);
            insertRow.setLong(2, line);
            for (int i = 0; i < width; i++) {
                insertRow.setObject(i + 3, values[i]);
            }
            insertRow.addBatch();
            rowsLoaded++;
            if (++batched == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw workspace.failure("writing line " + line + " of " + plan.fileName(), e);
        }
    }

    public void reject(RejectedRow row) {
        try {
            insertRejection.setLong(1, importId);
            insertRejection.setLong(2, row.line());
            insertRejection.setInt(3, row.columnNumber());
            insertRejection.setString(4, row.column());
            insertRejection.setString(5, row.reason());
            insertRejection.setString(6, row.raw());
            insertRejection.executeUpdate();
            rowsRejected++;
        } catch (SQLException e) {
            throw workspace.failure("recording a rejected row of " + plan.fileName(), e);
        }
    }

    /** Publishes the import, replacing any earlier import of the same file into the same snapshot. */
    public ImportRecord commit(long durationMillis) {
        Connection c = workspace.connection();
        try {
            flush();
            c.commit();
            indexes.finish();
            new ImportPurge(c).purgeSuperseded(importId, plan.snapshot(), plan.fileName(), plan.sha256());
            markComplete(c, durationMillis);
            c.commit();
            finished = true;
            c.setAutoCommit(true);
            return workspace.imports().find(importId).orElseThrow();
        } catch (SQLException e) {
            throw workspace.failure("publishing the import of " + plan.fileName(), e);
        }
    }

    /** Without a commit, removes everything this import wrote. */
    @Override
    public void close() {
        closeStatements();
        if (finished) {
            return;
        }
        finished = true;
        Connection c = workspace.connection();
        try {
            c.rollback();
            new ImportPurge(c).purge(importId, plan.snapshot(), plan.table());
            c.commit();
        } catch (SQLException e) {
            // The import stays in state LOADING; the next open of the workspace removes it.
            throw workspace.failure("undoing the import of " + plan.fileName(), e);
        } finally {
            restoreAutoCommit(c);
        }
    }

    private void flush() throws SQLException {
        if (batched > 0) {
            insertRow.executeBatch();
            sinceCommit += batched;
            batched = 0;
        }
        if (sinceCommit >= CHUNK) {
            workspace.connection().commit();
            sinceCommit = 0;
            indexes.decideIfDue(rowsLoaded);
        }
    }

    private void markComplete(Connection c, long durationMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE import_file SET state = 'COMPLETE', rows_loaded = ?, rows_rejected = ?,
                finished_at = ?, duration_ms = ? WHERE id = ?""")) {
            ps.setLong(1, rowsLoaded);
            ps.setLong(2, rowsRejected);
            ps.setObject(3, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            ps.setLong(4, durationMillis);
            ps.setLong(5, importId);
            ps.executeUpdate();
        }
    }

    private static long register(Connection c, ImportPlan plan) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO import_file(snapshot, table_name, file_name, sha256, format, dialect, encoding,
                  delimiter, decimal_separator, table_reason, date_order, state)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,'LOADING')""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, plan.snapshot().id());
            ps.setString(2, plan.table().id());
            ps.setString(3, plan.fileName());
            ps.setString(4, plan.sha256());
            ps.setString(5, plan.format());
            ps.setString(6, plan.dialect().name());
            ps.setString(7, plan.encoding());
            ps.setString(8, plan.delimiter());
            ps.setString(9, plan.decimalSeparator());
            ps.setString(10, plan.tableReason());
            ps.setString(11, plan.dateOrder());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        registerColumns(c, id, plan.columns());
        return id;
    }

    private static void registerColumns(Connection c, long id, List<MappedColumn> columns) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_column(import_id, position, header, canonical, stored_as, note, reading)"
                        + " VALUES (?,?,?,?,?,?,?)")) {
            for (MappedColumn column : columns) {
                ps.setLong(1, id);
                ps.setInt(2, column.position());
                ps.setString(3, column.header());
                ps.setString(4, column.canonical());
                ps.setString(5, column.storedAs());
                ps.setString(6, column.note());
                ps.setString(7, column.reading());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String insertSql(ImportPlan plan) {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        names.add(SqlNames.IMPORT_ID).add(SqlNames.SOURCE_LINE);
        marks.add("?").add("?");
        for (MappedColumn column : plan.storedColumns()) {
            names.add(SqlNames.checked(column.storedAs()));
            marks.add("?");
        }
        return "INSERT INTO " + SqlNames.dataTable(plan.snapshot(), plan.table()) + "(" + names + ") VALUES (" + marks + ")";
    }

    private void closeStatements() {
        try {
            insertRow.close();
            insertRejection.close();
        } catch (SQLException e) {
            // Closing a statement fails only when the connection is gone; nothing left to release.
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // The connection is broken; the workspace will report that on its next use.
        }
    }
}
