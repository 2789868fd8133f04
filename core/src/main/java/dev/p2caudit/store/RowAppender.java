package dev.p2caudit.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes rows into one data table through DuckDB's appender, in the connection's transaction. The
 * appender fills every column of the table in its stored order, so each row is laid out from the
 * caller's columns: the ids first, a column the file does not carry (another file's kept-as-is
 * column, a canonical column it lacks) as NULL.
 */
final class RowAppender implements AutoCloseable {

    /** Decimals are stored as NUMERIC(31,10) (SqlTypes); the appender wants the column's scale exactly. */
    private static final int SCALE = 10;

    private final DuckDBAppender appender;
    private final AtomicLong rowIds;
    /** For each stored column after the three ids: the index of its value in a row, or -1. */
    private final int[] sources;
    /** For each stored column after the three ids: its DuckDB type. */
    private final String[] types;

    private RowAppender(DuckDBAppender appender, AtomicLong rowIds, int[] sources, String[] types) {
        this.appender = appender;
        this.rowIds = rowIds;
        this.sources = sources;
        this.types = types;
    }

    /**
     * @param columns the names of the values each row brings, in order
     * @param rowIds  the table's row id counter: each row takes the next
     */
    static RowAppender open(Connection connection, String dataTable, List<String> columns, AtomicLong rowIds)
            throws SQLException {
        List<DataSchema.Column> stored = DataSchema.columns(connection, dataTable);
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            given.put(columns.get(i), i);
        }
        int[] sources = new int[stored.size() - 3];
        String[] types = new String[sources.length];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = given.getOrDefault(stored.get(i + 3).name(), -1);
            types[i] = stored.get(i + 3).type();
        }
        DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("main", dataTable);
        return new RowAppender(appender, rowIds, sources, types);
    }

    void append(long importId, long line, Object[] values) throws SQLException {
        appender.beginRow();
        appender.append(rowIds.incrementAndGet());
        appender.append((int) importId);
        appender.append(line);
        for (int i = 0; i < sources.length; i++) {
            value(types[i], sources[i] < 0 ? null : values[sources[i]]);
        }
        appender.endRow();
    }

    /** The value as the column's type wants it: the appender converts nothing itself. */
    private void value(String type, Object v) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else if (type.equals("VARCHAR")) {
            appender.append(v.toString());
        } else if (type.startsWith("DECIMAL")) {
            BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
            // H2 rounded a longer fraction half-up to the column's scale; so does this.
            appender.append(d.setScale(SCALE, RoundingMode.HALF_UP));
        } else if (type.equals("BIGINT")) {
            appender.append(((Number) v).longValue());
        } else if (type.equals("INTEGER")) {
            appender.append(((Number) v).intValue());
        } else if (type.equals("BOOLEAN")) {
            appender.append(((Boolean) v).booleanValue());
        } else if (type.equals("TIMESTAMP")) {
            appender.append((LocalDateTime) v);
        } else {
            throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName() + " value as " + type);
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
