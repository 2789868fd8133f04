package dev.p2caudit.generate;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of one snapshot, held as the workspace would store it after import: canonical
 * columns typed as the importer types them (text, {@link BigDecimal}, {@link Long} line numbers,
 * {@link Integer} option codes, {@link Boolean}, {@link java.time.LocalDateTime} in UTC, language
 * tags). Extras are the values of unknown and related-table columns. A raw text replaces a value
 * in the file when the row is meant to be rejected at import.
 */
final class Row {

    private static final Map<TableKind, Map<String, Integer>> POSITIONS = new EnumMap<>(TableKind.class);

    static {
        for (TableKind table : TableKind.values()) {
            Map<String, Integer> positions = new HashMap<>();
            List<ColumnDef> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                positions.put(columns.get(i).name(), i);
            }
            POSITIONS.put(table, positions);
        }
    }

    final TableKind table;
    final Snapshot snapshot;
    /** The record's index in its table, or a negative number for a seeded special record. */
    final long ordinal;
    private final Object[] values;
    private Map<String, Object> extras;
    private Map<String, String> raw;
    private List<String> seeds;
    /** Not in this snapshot's export (deleted, never synced). */
    boolean absent;
    /** A header whose lines are not in this snapshot's export. */
    boolean dropLines;

    Row(TableKind table, Snapshot snapshot, long ordinal) {
        this.table = table;
        this.snapshot = snapshot;
        this.ordinal = ordinal;
        this.values = new Object[table.columns().size()];
    }

    Object get(String column) {
        return values[position(column)];
    }

    String text(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    BigDecimal decimal(String column) {
        return (BigDecimal) get(column);
    }

    Row set(String column, Object value) {
        values[position(column)] = value instanceof String s && s.isEmpty() ? null : value;
        return this;
    }

    Object extra(String key) {
        return extras == null ? null : extras.get(key);
    }

    Row extra(String key, Object value) {
        if (extras == null) {
            extras = new HashMap<>(8);
        }
        extras.put(key, value);
        return this;
    }

    /** The text written in the file instead of the column's value: an unreadable cell. */
    String raw(String column) {
        return raw == null ? null : raw.get(column);
    }

    Row raw(String column, String text) {
        if (raw == null) {
            raw = new LinkedHashMap<>(2);
        }
        raw.put(column, text);
        return this;
    }

    /** Whether the importer will reject this row: some cell cannot be read. */
    boolean rejected() {
        return raw != null && !raw.isEmpty();
    }

    void touchedBy(String seedId) {
        if (seeds == null) {
            seeds = new ArrayList<>(2);
        }
        if (!seeds.contains(seedId)) {
            seeds.add(seedId);
        }
    }

    List<String> seeds() {
        return seeds == null ? List.of() : seeds;
    }

    private int position(String column) {
        Integer p = POSITIONS.get(table).get(column);
        if (p == null) {
            throw new IllegalArgumentException(table.id() + " has no column " + column);
        }
        return p;
    }
}
