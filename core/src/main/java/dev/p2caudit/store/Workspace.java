package dev.p2caudit.store;

import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.api.ErrorCode;

/**
 * An audit workspace: an H2 file, the workspace of record (imports, header mappings, rejected
 * rows, audit runs, findings, waivers, settings), and beside it a DuckDB file, the analytic store
 * (the imported rows and the audit's working tables; {@link DataStore}, ADR 0008). Opening it
 * takes H2's file lock, so a second process gets {@link WorkspaceInUseException}; opening also
 * finishes off any import a crash interrupted, on both sides, so nobody ever reads a half-written
 * file, and moves the data of a workspace an earlier version wrote into the analytic store
 * ({@link LegacyData}).
 */
public final class Workspace implements AutoCloseable {

    static {
        // H2 interns every string value it creates in a shared soft cache; for the findings of a
        // large run, mostly distinct texts, that is CPU for no gain. Must be set before H2's first
        // connection reads its system properties.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /** How long a statement waits for a lock another thread's statement holds. */
    static final int LOCK_TIMEOUT_MILLIS = 300_000;

    /** The suffix H2 gives its files; users may name the workspace with or without it. */
    public static final String SUFFIX = ".mv.db";

    private final Path file;
    private final String url;
    private final Connection connection;
    private final DataStore data;
    /** One import at a time per data table, so that each file's rows take consecutive row ids. */
    private final ConcurrentHashMap<String, ReentrantLock> importLocks =
            new ConcurrentHashMap<>();
    /** Each data table's last row id, read from the table on first use (RowAppender). */
    private final ConcurrentHashMap<String, AtomicLong> rowIds =
            new ConcurrentHashMap<>();
    /**
     * Held around every change to a schema (CREATE, ALTER, DROP) until it is committed. H2 could
     * deadlock two sessions' DDL, and DuckDB fails one of two transactions that change the same
     * catalog entry at once; one change at a time, committed before the next, does neither.
     */
    private final ReentrantLock schemaLock = new ReentrantLock();
    /** A connection of the current thread's own, while it works in {@link #onOwnConnection}. */
    private final ThreadLocal<Connection> own = new ThreadLocal<>();
    /** The same for the analytic store. */
    private final ThreadLocal<Connection> ownData = new ThreadLocal<>();

    private Workspace(Path file, String url, Connection connection, DataStore data) {
        this.file = file;
        this.url = url;
        this.connection = connection;
        this.data = data;
    }

    /** Opens the workspace, creating it when the file does not exist yet. */
    public static Workspace open(Path requested) {
        Path file = withSuffix(requested.toAbsolutePath().normalize());
        String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!looksLikeH2(file)) {
                throw new StoreException(file + " is not a P2C Auditor workspace (or it is damaged)");
            }
            // "retry:" reopens H2's file channel when an interrupt (a cancel in the desktop app) closes it;
            // without it an interrupted thread leaves the workspace unusable until reopened.
            // LOCK_TIMEOUT: two threads audit side by side (WorkspaceLanes); one may wait on a lock
            // the other's statement holds for longer than H2's default of one second.
            String url = "jdbc:h2:retry:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=" + LOCK_TIMEOUT_MILLIS;
            Connection connection = DriverManager.getConnection(url);
            DataStore data = openData(file, connection, DataStore.fileFor(base));
            Workspace workspace = new Workspace(file, url, connection, data);
            try {
                workspace.prepare();
            } catch (SQLException | RuntimeException e) {
                // Not opened after all: release both files' locks for whoever tries next.
                workspace.closeQuietly();
                throw e;
            }
            return workspace;
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes a closed workspace: the H2 file and the analytic store's files beside it. Deleting
     * only the H2 file would leave rows that the next workspace of that name sweeps away at open.
     */
    public static void delete(Path requested) throws java.io.IOException {
        Path file = withSuffix(requested.toAbsolutePath().normalize());
        String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(base + ".trace.db"));
        DataStore.delete(DataStore.fileFor(base));
    }

    /** The workspace file, always ending in {@value #SUFFIX}. */
    public Path file() {
        return file;
    }

    /** The analytic store's file beside it, ending in {@code .duckdb}. */
    public Path dataFile() {
        return data.file();
    }

    /** Starts loading one file; see {@link ImportSession}. */
    public ImportSession beginImport(ImportPlan plan) {
        return ImportSession.begin(this, plan);
    }

    /** What was imported, rejected and how the headers mapped. */
    public ImportLog imports() {
        return new ImportLog(this);
    }

    /**
     * Removes a loaded file and everything it brought: its record first (one transaction), then its
     * rows; a crash in between leaves rows of no import, which the next open removes.
     */
    public void removeImport(ImportRecord record) {
        try {
            new ImportPurge(this).purge(record.id(), record.snapshot(), record.table());
        } catch (SQLException e) {
            throw failure("removing " + record.fileName(), e);
        }
    }

    /** Set-based SQL for the checks, over the analytic store (the data tables and working tables). */
    public Sql sql() {
        return new Sql(this, true);
    }

    /** Set-based SQL over the workspace of record (imports, runs, findings, waivers, settings). */
    Sql registry() {
        return new Sql(this, false);
    }

    /** Where an audit run keeps its working tables. */
    public WorkTables workTables() {
        return new WorkTables(sql());
    }

    /** Audit runs and their findings. */
    public FindingStore findings() {
        return new FindingStore(this);
    }

    /** The catalogue each audit run used. */
    public RunRules runRules() {
        return new RunRules(this);
    }

    /** The rows of one snapshot's table. */
    public TableRows rows(Snapshot snapshot, TableKind table) {
        return new TableRows(this, snapshot, table);
    }

    /** One table of one snapshot, paged, sorted and filtered for the data browser. */
    public TableBrowser browse(Snapshot snapshot, TableKind table) {
        return new TableBrowser(this, snapshot, table);
    }

    /** A run's findings listed by row id, for a findings table that scrolls a page at a time. */
    public FindingIndex findingIndex() {
        return new FindingIndex(this);
    }

    /** Finds the stored rows a finding's key names, and the key of a stored row. */
    public RecordLocator records() {
        return new RecordLocator(this);
    }

    /** Where the records many keys name came from, in one pass over each table (SARIF locations). */
    public RecordSources recordSources() {
        return new RecordSources(this);
    }

    /** Waivers given in the desktop app. */
    public WaiverStore waivers() {
        return new WaiverStore(this);
    }

    /** Settings kept with this audit (the rules screen's profile). */
    public AuditSettings settings() {
        return new AuditSettings(this);
    }

    ReentrantLock schemaLock() {
        return schemaLock;
    }

    /** The current thread's connection to the workspace of record (H2). */
    Connection connection() {
        Connection mine = own.get();
        return mine != null ? mine : connection;
    }

    /** The current thread's connection to the analytic store (DuckDB). */
    Connection data() {
        Connection mine = ownData.get();
        return mine != null ? mine : data.connection();
    }

    /**
     * Writes H2's committed changes to disk now. H2 writes its commits to the file within a second,
     * and a process killed before that loses them; where the analytic store's next step relies on a
     * commit of record (rows deleted after their import's record is gone), that commit must survive.
     */
    void syncRecords() throws SQLException {
        try (Statement st = connection().createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    DataStore dataStore() {
        return data;
    }

    /** Held by the import writing into a data table (ImportSession). */
    ReentrantLock importLock(String dataTable) {
        return importLocks.computeIfAbsent(dataTable, t -> new ReentrantLock());
    }

    /** The row id counter of a data table: the next row takes {@code incrementAndGet()}. */
    AtomicLong rowIds(String dataTable) {
        return rowIds.computeIfAbsent(dataTable, t -> new AtomicLong(
                sql().scalar("SELECT COALESCE(MAX(" + SqlNames.ROW_ID + "), 0) FROM " + t, List.of())));
    }

    /**
     * Runs {@code work} on this thread with connections of its own to both stores: everything it
     * does through this workspace (queries, working tables, findings) goes through them, in
     * autocommit, so that two threads can run checks side by side (an H2 session runs one
     * statement at a time, and so does a DuckDB connection). They are closed when {@code work} ends.
     */
    public void onOwnConnection(Runnable work) {
        if (own.get() != null) {
            work.run();
            return;
        }
        Connection mine;
        Connection mineData;
        try {
            mine = DriverManager.getConnection(url);
            mine.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("opening a second connection", e);
        }
        try {
            mineData = data.newConnection();
        } catch (SQLException e) {
            closeQuietly(mine);
            throw failure("opening a second connection to " + data.file(), e);
        }
        own.set(mine);
        ownData.set(mineData);
        try {
            work.run();
        } finally {
            own.remove();
            ownData.remove();
            closeQuietly(mine);
            closeQuietly(mineData);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing fails only when the connection is already gone; nothing is lost.
        }
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException("workspace " + file + ": " + what + " failed: " + e.getMessage(), e);
    }

    private void prepare() throws SQLException {
        connection.setAutoCommit(true);
        WorkspaceSchema.ensureMeta(connection);
        DataSchema.ensure(data.connection());
        LegacyData.moveIntoStore(this);
        new ImportPurge(this).purgeUnfinished();
    }

    /**
     * Opens the DuckDB file. A workspace of record whose imports have rows but whose data file is
     * gone (deleted or moved by hand) cannot be audited: said in one line instead of auditing nothing.
     */
    private static DataStore openData(Path file, Connection h2, Path dataFile) throws SQLException {
        boolean existed = Files.exists(dataFile);
        if (!existed && WorkspaceSchema.hasImportedRowsElsewhere(h2)) {
            h2.close();
            throw new StoreException("workspace " + file + ": its data file " + dataFile.getFileName()
                    + " is missing; put it back beside the workspace, or import the files into a new workspace");
        }
        try {
            return DataStore.open(dataFile);
        } catch (SQLException e) {
            h2.close();
            if (String.valueOf(e.getMessage()).contains("Could not set lock")) {
                throw new WorkspaceInUseException(file.toString(), e);
            }
            throw new StoreException(dataFile + " is not a P2C Auditor data file (or it is damaged): " + e.getMessage(), e);
        }
    }

    private void closeQuietly() {
        closeQuietly(connection);
        try {
            data.close();
        } catch (SQLException e) {
            // Closing fails only when the store is already gone; nothing is lost.
        }
    }

    /** An H2 MVStore file starts with its text header {@code H:2,}; a new workspace has no file yet. */
    private static boolean looksLikeH2(Path file) throws java.io.IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return true;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("H:2,");
        }
    }

    private static Path withSuffix(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX) ? file : file.resolveSibling(file.getFileName() + SUFFIX);
    }

    private static StoreException translate(Path file, SQLException e) {
        if (e instanceof WorkspaceSchema.NewerSchemaException newer) {
            return new StoreException(file + " was written by a newer P2C Auditor (workspace schema " + newer.found
                    + "; this version reads up to " + WorkspaceSchema.VERSION + "); open it with that version", e);
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new WorkspaceInUseException(file.toString(), e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new StoreException(file + " is not a P2C Auditor workspace (or it is damaged)", e);
        }
        return new StoreException("cannot open workspace " + file + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
            data.close();
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }
}
