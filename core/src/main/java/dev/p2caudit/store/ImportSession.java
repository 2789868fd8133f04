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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Loads one file into the workspace, atomically as far as anyone can see. Its record is written
 * first, in state {@code LOADING}; the rows go through DuckDB's appender into the analytic store
 * in one transaction of a connection of their own; {@link #commit} commits that transaction
 * (the data commit) and then publishes the record in one H2 transaction that also removes the
 * record of the import it replaces, whose rows are deleted last. A failure, {@link #close} without
 * commit, or a crash removes every row the import wrote: until its record is published, the rows
 * are either not committed or swept away at the next open ({@link ImportPurge}).
 */
public final class ImportSession implements AutoCloseable {

    private final Workspace workspace;
    private final ImportPlan plan;
    private final long importId;
    private final Connection data;
    private final RowAppender rows;
    private final PreparedStatement insertRejection;
    private final int width;
    private long rowsLoaded;
    private long rowsRejected;
    private boolean finished;
    private List<ImportPurge.Gone> replaced = List.of();
    /** This table's import lock ({@link Workspace#importLock}), held until the session ends. */
    private final ReentrantLock tableLock;

    private ImportSession(Workspace workspace, ImportPlan plan, long importId, Connection data, RowAppender rows)
            throws SQLException {
        this.tableLock = workspace.importLock(SqlNames.dataTable(plan.snapshot(), plan.table()));
        this.workspace = workspace;
        this.plan = plan;
        this.importId = importId;
        this.data = data;
        this.rows = rows;
        this.width = plan.storedColumns().size();
        this.insertRejection = workspace.connection().prepareStatement(
                "INSERT INTO rejected_row(import_id, line, column_number, column_name, reason, raw) VALUES (?,?,?,?,?,?)");
    }

    static ImportSession begin(Workspace workspace, ImportPlan plan) {
        Connection c = workspace.connection();
        String table = SqlNames.dataTable(plan.snapshot(), plan.table());
        Connection data = null;
        // Two imports into one table wait for each other: each file's rows take consecutive ids,
        // so the data browser's file order stays the files' order.
        ReentrantLock lock = workspace.importLock(table);
        lock.lock();
        try {
            c.setAutoCommit(true);
            long id = register(c, plan);
            data = workspace.dataStore().newConnection();
            workspace.schemaLock().lock();
            try {
                DataSchema.ensureExtraColumns(data, table, plan.extraColumns());
            } finally {
                workspace.schemaLock().unlock();
            }
            data.setAutoCommit(false);
            List<String> columns = plan.storedColumns().stream().map(MappedColumn::storedAs).toList();
            RowAppender rows = RowAppender.open(data, table, columns, workspace.rowIds(table));
            c.setAutoCommit(false);
            return new ImportSession(workspace, plan, id, data, rows);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(data);
            lock.unlock();
            if (e instanceof SQLException sql) {
                throw workspace.failure("starting the import of " + plan.fileName(), sql);
            }
            throw (RuntimeException) e;
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
            rows.append(importId, line, values);
            rowsLoaded++;
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
        commitData();
        publish(durationMillis);
        dropReplaced();
        return workspace.imports().find(importId).orElseThrow();
    }

    /** The data commit: the rows are in the store, still out of sight (the record says LOADING). */
    void commitData() {
        try {
            rows.close();
            data.commit();
        } catch (SQLException e) {
            throw workspace.failure("writing the rows of " + plan.fileName(), e);
        }
    }

    /** The publish: the record says COMPLETE and the records it replaces are gone, in one H2 transaction. */
    void publish(long durationMillis) {
        Connection c = workspace.connection();
        try {
            ImportPurge purge = new ImportPurge(workspace);
            replaced = purge.superseded(importId, plan.snapshot(), plan.fileName(), plan.sha256());
            for (ImportPurge.Gone gone : replaced) {
                purge.deleteRecord(gone.id());
            }
            markComplete(c, durationMillis);
            c.commit();
            finished = true;
            c.setAutoCommit(true);
            workspace.syncRecords();
        } catch (SQLException e) {
            throw workspace.failure("publishing the import of " + plan.fileName(), e);
        }
    }

    /** The rows of the imports this one replaced; a crash before this leaves them to the next open's sweep. */
    void dropReplaced() {
        try {
            ImportPurge purge = new ImportPurge(workspace);
            for (ImportPurge.Gone gone : replaced) {
                purge.deleteRows(gone);
            }
        } catch (SQLException e) {
            throw workspace.failure("removing the import " + plan.fileName() + " replaced", e);
        } finally {
            closeQuietly(data);
            release();
        }
    }

    private void release() {
        if (tableLock.isHeldByCurrentThread()) {
            tableLock.unlock();
        }
    }

    /** Without a commit, removes everything this import wrote. */
    @Override
    public void close() {
        closeStatements();
        if (finished) {
            closeQuietly(data);
            release();
            return;
        }
        finished = true;
        Connection c = workspace.connection();
        try {
            try {
                rows.close();
            } catch (SQLException e) {
                // The rows are rolled back below whatever the appender still held.
            }
            data.rollback();
            c.rollback();
            c.setAutoCommit(true);
            new ImportPurge(workspace).purge(importId, plan.snapshot(), plan.table());
        } catch (SQLException e) {
            // The import stays in state LOADING; the next open of the workspace removes it.
            throw workspace.failure("undoing the import of " + plan.fileName(), e);
        } finally {
            restoreAutoCommit(c);
            closeQuietly(data);
            release();
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

    private void closeStatements() {
        try {
            insertRejection.close();
        } catch (SQLException e) {
            // Closing a statement fails only when the connection is gone; nothing left to release.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // Closing fails only when the connection is already gone; an open transaction dies with it.
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
