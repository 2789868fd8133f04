package dev.p2caudit.store;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Set-based SQL without handing callers JDBC: statements come as text with {@code ?} parameters
 * (a {@code String[]} binds as an SQL array), results come back as {@link Row}s. Identifiers in
 * the text must come from {@link SqlNames}, never from data. {@link Workspace#sql()} speaks to the
 * analytic store (DuckDB: the data tables and the checks' working tables); the store's own classes
 * also use one over the workspace of record (H2: imports, runs, findings, waivers).
 */
public final class Sql {

    /** One result row, read by column label (case-insensitive). */
    public static final class Row {
        private final Map<String, Object> values;

        Row(Map<String, Object> values) {
            this.values = values;
        }

        public Object get(String column) {
            return values.get(column.toLowerCase(Locale.ROOT));
        }

        public String text(String column) {
            Object v = get(column);
            return v == null ? null : v.toString();
        }

        public BigDecimal decimal(String column) {
            Object v = get(column);
            return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
        }

        public long number(String column) {
            Object v = get(column);
            return v == null ? 0 : ((Number) v).longValue();
        }

        public Map<String, Object> asMap() {
            return java.util.Collections.unmodifiableMap(values);
        }
    }

    private final Workspace workspace;
    private final boolean analytic;

    /** @param analytic DuckDB's data tables when true, else H2's records */
    Sql(Workspace workspace, boolean analytic) {
        this.workspace = workspace;
        this.analytic = analytic;
    }

    private java.sql.Connection connection() {
        return analytic ? workspace.data() : workspace.connection();
    }

    /** Streams the rows of a query to {@code each}. */
    public void forEach(String sql, List<?> params, Consumer<Row> each) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    each.accept(read(rs, meta));
                }
            }
        } catch (SQLException e) {
            throw workspace.failure("query " + abbreviate(sql), e);
        }
    }

    public List<Row> query(String sql, List<?> params) {
        List<Row> rows = new ArrayList<>();
        forEach(sql, params, rows::add);
        return rows;
    }

    /**
     * The row ids a query lists in its one column, in its order: the index a listing pages
     * through ({@link FindingIndex}, {@link TableBrowser}). Fetched 10,000 at a time.
     */
    public RowIndex rowIds(String sql, List<?> params) {
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                long[] ids = new long[1024];
                int n = 0;
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
                return RowIndex.of(Arrays.copyOf(ids, n));
            }
        } catch (SQLException e) {
            throw workspace.failure("query " + abbreviate(sql), e);
        }
    }

    /** A single number, such as a count. */
    public long scalar(String sql, List<?> params) {
        List<Row> rows = query(sql, params);
        if (rows.isEmpty()) {
            return 0;
        }
        Object v = rows.get(0).values.values().iterator().next();
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** Data definition or bulk work ({@code CREATE TABLE … AS SELECT …}). */
    public void execute(String sql, List<?> params) {
        ReentrantLock schema = changesSchema(sql) ? workspace.schemaLock() : null;
        if (schema != null) {
            schema.lock();
        }
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            bind(ps, params);
            ps.execute();
        } catch (SQLException e) {
            throw workspace.failure("statement " + abbreviate(sql), e);
        } finally {
            if (schema != null) {
                schema.unlock();
            }
        }
    }

    public void execute(String sql) {
        execute(sql, List.of());
    }

    /**
     * CREATE, ALTER and DROP take the workspace's schema lock (see {@link Workspace}); the checks
     * run them in autocommit, so the change is committed when the statement returns. DuckDB lets
     * two connections change its catalog at once only when they touch different entries; one
     * change at a time keeps the two audit lanes clear of write-write conflicts.
     */
    private static boolean changesSchema(String sql) {
        String head = sql.stripLeading();
        return head.regionMatches(true, 0, "CREATE", 0, 6) || head.regionMatches(true, 0, "ALTER", 0, 5)
                || head.regionMatches(true, 0, "DROP", 0, 4);
    }

    private void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] strings) {
                Array array = connection().createArrayOf("VARCHAR", strings);
                ps.setArray(i + 1, array);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static Row read(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        Map<String, Object> values = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = meta.getColumnType(i) == Types.TIMESTAMP ? rs.getObject(i, LocalDateTime.class) : rs.getObject(i);
            values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
        }
        return new Row(values);
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
