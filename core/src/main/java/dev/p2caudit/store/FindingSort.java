package dev.p2caudit.store;

import java.util.Map;

/**
 * The order of a findings listing. The default is worst first, then rule and key; a column sort
 * keeps that as the tie-breaker, so pages never shuffle.
 *
 * @param column    one of {@link #COLUMNS}' keys, or {@code null} for the default
 * @param ascending the direction of {@code column}
 */
public record FindingSort(String column, boolean ascending) {

    public static final FindingSort DEFAULT = new FindingSort(null, true);

    /** Sortable columns → SQL; the names a findings table shows. */
    static final Map<String, String> COLUMNS = Map.of(
            "rule", "rule", "severity", "CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END",
            "table", "table_name", "snapshot", "snapshot", "key", "record_key", "message", "message",
            "waived", "waived");

    public FindingSort {
        if (column != null && !COLUMNS.containsKey(column)) {
            throw new IllegalArgumentException("cannot sort findings by " + column + "; sortable: " + COLUMNS.keySet());
        }
    }

    String orderBy() {
        String worstFirst = "CASE severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, rule, record_key, seq";
        return column == null ? " ORDER BY " + worstFirst
                : " ORDER BY " + COLUMNS.get(column) + (ascending ? " ASC" : " DESC") + ", " + worstFirst;
    }
}
