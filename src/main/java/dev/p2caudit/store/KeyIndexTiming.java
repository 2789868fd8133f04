package dev.p2caudit.store;

import dev.p2caudit.model.MappedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When an import creates the key indexes of ADR 0002 that its table does not have yet (ADR 0005).
 * An index H2 maintains while rows arrive costs little when the keys arrive in order (order
 * numbers: about 1.3 s per million rows) and a lot when they arrive at random (GUIDs: 15–20 s per
 * 800,000 rows, each insert landing on another B-tree page); built over the loaded rows it costs
 * 2–8 s either way. So each missing index waits for the first {@value #DECIDE_AFTER} rows: if
 * their keys came in order it is created then and maintained, otherwise it is built just before
 * the import is published. An index the table already has is always maintained.
 */
final class KeyIndexTiming {

    /** Rows seen before deciding: enough to tell sorted keys from random ones, cheap to index. */
    static final int DECIDE_AFTER = 50_000;
    /** Keys count as arriving in order when at most this share of them is smaller than the one before. */
    private static final double DESCENTS_ALLOWED = 0.01;

    /** One missing index and the order its column's values arrive in. */
    private static final class Watch {
        final String column;
        final int position;
        Comparable<Object> last;
        long compared;
        long descents;

        Watch(String column, int position) {
            this.column = column;
            this.position = position;
        }

        @SuppressWarnings("unchecked")
        void observe(Object value) {
            if (!(value instanceof Comparable<?> c)) {
                return;
            }
            Comparable<Object> current = (Comparable<Object>) c;
            if (last != null && last.getClass() == current.getClass()) {
                compared++;
                if (current.compareTo(last) < 0) {
                    descents++;
                }
            }
            last = current;
        }

        boolean arrivesInOrder() {
            return descents <= compared * DESCENTS_ALLOWED;
        }
    }

    private final Connection connection;
    private final ReentrantLock schemaLock;
    private final String dataTable;
    private final List<Watch> pending = new ArrayList<>();
    private boolean decided;

    private KeyIndexTiming(Connection connection, String dataTable, ReentrantLock schemaLock) {
        this.connection = connection;
        this.schemaLock = schemaLock;
        this.dataTable = dataTable;
    }

    /** Plans the key indexes of the columns {@code plan} fills that its table has no index on yet. */
    static KeyIndexTiming plan(Connection connection, ImportPlan plan, ReentrantLock schemaLock)
            throws SQLException {
        String dataTable = SqlNames.dataTable(plan.snapshot(), plan.table());
        KeyIndexTiming timing = new KeyIndexTiming(connection, dataTable, schemaLock);
        List<MappedColumn> stored = plan.storedColumns();
        for (String column : plan.table().indexedColumns()) {
            for (int i = 0; i < stored.size(); i++) {
                MappedColumn c = stored.get(i);
                if (c.isCanonical() && c.canonical().equals(column) && !timing.exists(column)) {
                    timing.pending.add(new Watch(column, i));
                }
            }
        }
        return timing;
    }

    /** Notes the keys of one row; {@code values} follow the plan's stored columns. */
    void observe(Object[] values) {
        if (!decided) {
            for (Watch w : pending) {
                w.observe(values[w.position]);
            }
        }
    }

    /**
     * After {@value #DECIDE_AFTER} rows, creates the indexes whose keys arrived in order. Called
     * between chunks: the DDL commits the rows so far, which stay out of sight in state LOADING.
     */
    void decideIfDue(long rowsLoaded) throws SQLException {
        if (decided || rowsLoaded < DECIDE_AFTER) {
            return;
        }
        decided = true;
        for (Iterator<Watch> it = pending.iterator(); it.hasNext(); ) {
            Watch w = it.next();
            if (w.arrivesInOrder()) {
                create(w.column);
                it.remove();
            }
        }
    }

    /** Builds the indexes still missing, over every loaded row; before the import is published. */
    void finish() throws SQLException {
        for (Watch w : pending) {
            create(w.column);
        }
        pending.clear();
    }

    private boolean exists(String column) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?")) {
            ps.setString(1, indexName(column).toUpperCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Creates the index and commits at once, under the workspace's schema lock: in the import's
     * transaction H2 would otherwise keep its schema locked until the next commit (Workspace).
     * The rows committed with it stay out of sight in state LOADING.
     */
    private void create(String column) throws SQLException {
        schemaLock.lock();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX IF NOT EXISTS " + indexName(column) + " ON " + dataTable + "(" + column + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } finally {
            schemaLock.unlock();
        }
    }

    private String indexName(String column) {
        return dataTable + "_" + SqlNames.checked(column);
    }
}
