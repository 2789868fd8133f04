package dev.p2caudit.ingest;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.ImportPlan;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Spike (ADR 0007), not part of the product: our own reader (the same sniffing, header mapping
 * and typed cells as an import) writing every row into a DuckDB file through DuckDB's appender,
 * two files at a time, DuckDB held to 1 GB and 2 threads. Tables are named and typed like the
 * workspace's data tables. Rejections, the import log and atomic publishing are left out.
 *
 * <p>Arguments: the dataset directory (with {@code pre/} and {@code post/}), the DuckDB file
 * (replaced), the number of files read at once. Variants: {@code -DoneTransaction=true} appends
 * each file in one transaction instead of the appender's own commits; {@code -Dmemory=true} keeps
 * the database in memory instead of the file.
 */
public final class DuckImport {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        String url = Boolean.getBoolean("memory") ? "jdbc:duckdb:" : "jdbc:duckdb:" + db;
        try (DuckDBConnection base = (DuckDBConnection) DriverManager.getConnection(url)) {
            createTables(base);
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads, DuckImport::daemon);
            List<Future<String>> results = new ArrayList<>();
            int importId = 0;
            for (Path file : files(root)) {
                int id = ++importId;
                results.add(pool.submit(() -> load(base, root, file, id)));
            }
            for (Future<String> result : results) {
                System.out.println(result.get());
            }
            try (Statement st = base.createStatement()) {
                st.execute("CHECKPOINT");
            }
            System.out.printf("import into DuckDB: %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    private static String load(DuckDBConnection base, Path root, Path file, int id) throws SQLException {
        long t = System.nanoTime();
        try (DuckDBConnection connection = (DuckDBConnection) base.duplicate()) {
            AppendingSink sink = new AppendingSink(connection, id);
            FileReport report = new FileLoader().load(file, snapshotOf(root, file), null, sink);
            sink.close();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return line(root, file, report.rows(), t);
        }
    }

    private static void createTables(DuckDBConnection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET memory_limit='1GB'");
            st.execute("SET threads=2");
            for (Snapshot snapshot : Snapshot.values()) {
                for (TableKind table : TableKind.values()) {
                    StringJoiner columns = new StringJoiner(", ");
                    columns.add("import_id INTEGER NOT NULL").add("source_line BIGINT NOT NULL");
                    for (ColumnDef column : table.columns()) {
                        columns.add(column.name() + " " + type(column.type()));
                    }
                    st.execute("CREATE TABLE " + name(snapshot, table) + "(" + columns + ")");
                }
            }
        }
    }

    static String type(ColumnType type) {
        return switch (type) {
            case TEXT, LANGUAGE -> "VARCHAR";
            case DECIMAL -> "DECIMAL(31,10)";
            case INTEGER -> "BIGINT";
            case BOOLEAN -> "BOOLEAN";
            case TIMESTAMP -> "TIMESTAMP";
            case OPTION -> "INTEGER";
        };
    }

    static String name(Snapshot snapshot, TableKind table) {
        return snapshot.name().toLowerCase() + "_" + table.id().replace('-', '_');
    }

    static List<Path> files(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String side : List.of("pre", "post")) {
            try (Stream<Path> listing = Files.list(root.resolve(side))) {
                listing.sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed())
                        .forEach(files::add);
            }
        }
        return files;
    }

    static Snapshot snapshotOf(Path root, Path file) {
        return root.relativize(file).startsWith("pre") ? Snapshot.PRE : Snapshot.POST;
    }

    static String line(Path root, Path file, long rows, long startNanos) {
        return String.format("%-50s %9d rows %6.2f s", root.relativize(file), rows, (System.nanoTime() - startNanos) / 1e9);
    }

    static Thread daemon(Runnable task) {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        return thread;
    }

    /** Appends each typed row straight into the data table, in the table's column order. */
    private static final class AppendingSink implements FileLoader.Sink {
        private final DuckDBConnection connection;
        private final int importId;
        private DuckDBAppender appender;
        /** For each table column after the two bookkeeping ones, the row value's index, or -1. */
        private int[] valueOfColumn;

        AppendingSink(DuckDBConnection connection, int importId) {
            this.connection = connection;
            this.importId = importId;
        }

        @Override
        public void begin(ImportPlan plan) {
            String table = name(plan.snapshot(), plan.table());
            try (Statement st = connection.createStatement()) {
                for (MappedColumn column : plan.storedColumns()) {
                    if (!column.isCanonical() && !exists(st, table, column.storedAs())) {
                        st.execute("ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS " + column.storedAs() + " VARCHAR");
                    }
                }
                List<String> tableColumns = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT column_name FROM duckdb_columns() WHERE table_name = '"
                        + table + "' ORDER BY column_index")) {
                    while (rs.next()) {
                        tableColumns.add(rs.getString(1));
                    }
                }
                List<String> stored = plan.storedColumns().stream().map(MappedColumn::storedAs).toList();
                valueOfColumn = tableColumns.subList(2, tableColumns.size()).stream().mapToInt(stored::indexOf).toArray();
                // after the ALTERs: another file of the same table may be appending in its own transaction
                connection.setAutoCommit(!Boolean.getBoolean("oneTransaction"));
                appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean exists(Statement st, String table, String column) throws SQLException {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM duckdb_columns() WHERE table_name = '" + table
                    + "' AND column_name = '" + column + "'")) {
                return rs.next();
            }
        }

        @Override
        public void row(long line, Object[] values) {
            try {
                appender.beginRow();
                appender.append(importId);
                appender.append(line);
                for (int index : valueOfColumn) {
                    append(index < 0 ? null : values[index]);
                }
                appender.endRow();
            } catch (SQLException e) {
                throw new IllegalStateException("line " + line, e);
            }
        }

        private void append(Object value) throws SQLException {
            if (value == null) {
                appender.appendNull();
            } else if (value instanceof String s) {
                appender.append(s);
            } else if (value instanceof BigDecimal d) {
                appender.append(d.setScale(10, RoundingMode.UNNECESSARY));
            } else if (value instanceof Long l) {
                appender.append(l.longValue());
            } else if (value instanceof Integer i) {
                appender.append(i.intValue());
            } else if (value instanceof Boolean b) {
                appender.append(b.booleanValue());
            } else if (value instanceof LocalDateTime t) {
                appender.append(t);
            } else {
                throw new IllegalStateException("no append for " + value.getClass());
            }
        }

        @Override
        public void reject(RejectedRow row) {
        }

        void close() throws SQLException {
            appender.close();
        }
    }
}
