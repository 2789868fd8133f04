package dev.p2caudit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.p2caudit.model.Finding;
import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Severity;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How findings are filtered and read back, for every listing of the {@code finding} table (the
 * store's pages and streams, the findings screen's index), so they all agree.
 */
final class FindingRecords {

    /** One stored finding's columns, however they were fetched. */
    interface Columns {
        String text(String column);

        boolean flag(String column);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, FindingValue>> VALUES = new TypeReference<>() { };

    private FindingRecords() {
    }

    /** The WHERE clause of a run's findings that pass the filter; its parameters go to {@code params}. */
    static String where(FindingFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("run_id = ?");
        if (filter.severity() != null) {
            where.append(" AND severity = ?");
            params.add(filter.severity().name());
        }
        if (filter.rule() != null) {
            where.append(" AND rule = ?");
            params.add(filter.rule());
        }
        if (filter.table() != null) {
            where.append(" AND table_name = ?");
            params.add(filter.table().id());
        }
        if (filter.snapshot() != null) {
            where.append(" AND snapshot = ?");
            params.add(filter.snapshot().id());
        }
        if (filter.text() != null) {
            where.append(" AND (LOCATE(?, LOWER(record_key)) > 0 OR LOCATE(?, LOWER(message)) > 0)");
            String needle = filter.text().toLowerCase(Locale.ROOT);
            params.add(needle);
            params.add(needle);
        }
        return where.toString();
    }

    static Finding read(Columns row) {
        String table = row.text("table_name");
        String snapshot = row.text("snapshot");
        return new Finding(row.text("rule"), Severity.valueOf(row.text("severity")),
                table == null ? null : TableKind.fromId(table).orElseThrow(),
                snapshot == null ? null : Snapshot.parse(snapshot), row.text("record_key"), row.text("message"),
                values(row.text("values_json")), row.text("remediation"), row.flag("waived"), row.text("waiver_note"));
    }

    static String json(Map<String, FindingValue> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot store a finding's values: " + e.getMessage(), e);
        }
    }

    private static Map<String, FindingValue> values(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored finding has unreadable values: " + e.getMessage(), e);
        }
    }
}
