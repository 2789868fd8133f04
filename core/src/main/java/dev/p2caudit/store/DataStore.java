package dev.p2caudit.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The workspace's analytic store (ADR 0008): one DuckDB file beside the H2 file, {@code audit.duckdb}
 * next to {@code audit.mv.db}, holding the imported rows; the audit's working tables are in an
 * in-memory database attached to it ({@value #WORK}). DuckDB's
 * memory lives outside the Java heap, so it is bounded here from the JVM's own limits: as much as
 * the heap may take, and one thread per core; what does not fit spills to a temp folder beside the
 * file ({@code audit.duckdb.tmp}, created by DuckDB when it first spills and removed when it
 * closes), never to the system's.
 */
final class DataStore {

    /** The suffix of the DuckDB file; its write-ahead log adds {@code .wal}, its spill folder {@code .tmp}. */
    static final String SUFFIX = ".duckdb";
    /**
     * The in-memory database the audit's working tables live in, attached to the file's: shared by
     * every connection, never written to the file, gone with the process however it ends.
     */
    static final String WORK = "work";
    /** DuckDB needs room for its own bookkeeping even on a small heap. */
    private static final long MIN_MEMORY = 256L << 20;

    private final Path file;
    private final DuckDBConnection connection;

    private DataStore(Path file, DuckDBConnection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** The DuckDB file that belongs to the H2 file {@code base}.mv.db. */
    static Path fileFor(String base) {
        return Path.of(base + SUFFIX);
    }

    static DataStore open(Path file) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", memoryLimit() + "B");
        settings.setProperty("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
        settings.setProperty("temp_directory", tempDirectory(file).toString());
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, settings);
        // One process that opens the file twice (the desktop app's reader) shares one DuckDB
        // instance, and with it the attached database.
        try (Statement st = c.createStatement()) {
            st.execute("ATTACH IF NOT EXISTS ':memory:' AS " + WORK);
        }
        usingWork(c);
        return new DataStore(file, c.unwrap(DuckDBConnection.class));
    }

    /**
     * Unqualified names find the data tables first, then the working tables: the checks name both
     * the same way. The setting is a connection's own, so every connection gets it.
     */
    private static Connection usingWork(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET search_path = 'main," + WORK + ".main'");
        }
        return c;
    }

    /** As much as the Java heap may grow to (at least {@value #MIN_MEMORY} bytes): the process stays near twice -Xmx. */
    static long memoryLimit() {
        long heap = Runtime.getRuntime().maxMemory();
        return Math.max(MIN_MEMORY, heap == Long.MAX_VALUE ? MIN_MEMORY * 4 : heap);
    }

    /** Deletes every file of a closed store: the database, its write-ahead log, its spill folder. */
    static void delete(Path file) throws java.io.IOException {
        for (Path f : java.util.List.of(file, file.resolveSibling(file.getFileName() + ".wal"), tempDirectory(file))) {
            if (java.nio.file.Files.isDirectory(f)) {
                try (var inside = java.nio.file.Files.list(f)) {
                    for (Path spilled : inside.toList()) {
                        java.nio.file.Files.deleteIfExists(spilled);
                    }
                }
            }
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    static Path tempDirectory(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    Path file() {
        return file;
    }

    /** The workspace's main connection to the store. */
    Connection connection() {
        return connection;
    }

    /** Another connection to the same database, for a thread of its own (DuckDB runs them side by side). */
    Connection newConnection() throws SQLException {
        return usingWork(connection.duplicate());
    }

    void close() throws SQLException {
        connection.close();
    }
}
