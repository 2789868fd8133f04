package dev.p2caudit.store;

import dev.p2caudit.model.ImportRecord;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.api.ErrorCode;

/**
 * An audit workspace: one H2 file. Opening it takes H2's file lock, so a second process gets
 * {@link WorkspaceInUseException}; opening also finishes off any import a crash interrupted,
 * so nobody ever reads a half-written file.
 */
public final class Workspace implements AutoCloseable {

    static {
        // H2 interns every string value it creates in a shared soft cache; for bulk loads of
        // mostly distinct values that is ~15% of the import's CPU for no gain. Must be set before
        // H2's first connection reads its system properties.
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
    /**
     * Held around every change to the schema (CREATE, ALTER, DROP) until it is committed. H2 takes
     * its schema lock inside DDL while holding the database's monitor, so two sessions running DDL
     * at once can deadlock (seen with two imports side by side: an ALTER TABLE against a CREATE
     * INDEX); one change at a time, committed before the next, cannot.
     */
    private final ReentrantLock schemaLock = new ReentrantLock();
    /** A connection of the current thread's own, while it works in {@link #onOwnConnection}. */
    private final ThreadLocal<Connection> own = new ThreadLocal<>();

    private Workspace(Path file, String url, Connection connection) {
        this.file = file;
        this.url = url;
        this.connection = connection;
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
            Workspace workspace = new Workspace(file, url, connection);
            try {
                workspace.prepare();
            } catch (SQLException | RuntimeException e) {
                // Not opened after all: release H2's file lock for whoever tries next.
                connection.close();
                throw e;
            }
            return workspace;
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create workspace " + file + ": " + e.getMessage(), e);
        }
    }

    /** The workspace file, always ending in {@value #SUFFIX}. */
    public Path file() {
        return file;
    }

    /** Starts loading one file; see {@link ImportSession}. */
    public ImportSession beginImport(ImportPlan plan) {
        return ImportSession.begin(this, plan);
    }

    /** What was imported, rejected and how the headers mapped. */
    public ImportLog imports() {
        return new ImportLog(this);
    }

    /** Removes a loaded file and everything it brought, in one transaction. */
    public void removeImport(ImportRecord record) {
        try {
            connection.setAutoCommit(false);
            new ImportPurge(connection).purge(record.id(), record.snapshot(), record.table());
            connection.commit();
        } catch (SQLException e) {
            throw failure("removing " + record.fileName(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is broken; the next use reports it
            }
        }
    }

    /** Set-based SQL for the checks. */
    public Sql sql() {
        return new Sql(this);
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

    Connection connection() {
        Connection mine = own.get();
        return mine != null ? mine : connection;
    }

    /**
     * Runs {@code work} on this thread with a connection of its own to the workspace: everything
     * it does through this workspace (queries, working tables, findings) goes through that
     * connection, in autocommit, so that two threads can run checks side by side (an H2 session
     * runs one statement at a time). The connection is closed when {@code work} ends.
     */
    public void onOwnConnection(Runnable work) {
        if (own.get() != null) {
            work.run();
            return;
        }
        Connection mine;
        try {
            mine = DriverManager.getConnection(url);
            mine.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("opening a second connection", e);
        }
        own.set(mine);
        try {
            work.run();
        } finally {
            own.remove();
            try {
                mine.close();
            } catch (SQLException e) {
                // Closing fails only when the connection is already gone; nothing is lost.
            }
        }
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException("workspace " + file + ": " + what + " failed: " + e.getMessage(), e);
    }

    private void prepare() throws SQLException {
        connection.setAutoCommit(true);
        WorkspaceSchema.ensureMeta(connection);
        new ImportPurge(connection).purgeUnfinished();
        WorkTables.dropAll(connection);
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
        } catch (SQLException e) {
            throw failure("closing", e);
        }
    }
}
