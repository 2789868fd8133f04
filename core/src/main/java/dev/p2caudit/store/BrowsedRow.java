package dev.p2caudit.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored record, as the data browser and the finding detail show it.
 *
 * @param rowId  the row's {@code row_id}: stable for the life of the import, the handle to find the row again
 * @param file   the name of the file it came from
 * @param line   its line in that file
 * @param values column → value (canonical and kept-as-is columns, lower case), in table order
 */
public record BrowsedRow(long rowId, String file, long line, Map<String, Object> values) {

    public BrowsedRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object value(String column) {
        return values.get(column);
    }
}
