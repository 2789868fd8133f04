package dev.p2caudit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.p2caudit.ingest.FileReport;
import dev.p2caudit.model.MappedColumn;
import dev.p2caudit.model.RejectedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code inspect --json} contract: one object per file. */
final class InspectJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectJson() {
    }

    static String render(List<FileReport> reports) {
        List<Map<String, Object>> out = new ArrayList<>();
        reports.forEach(r -> out.add(object(r)));
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, Object> object(FileReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", r.file());
        o.put("table", r.table());
        o.put("tableReason", r.tableReason());
        o.put("format", r.format());
        o.put("sha256", r.sha256());
        o.put("encoding", r.encoding());
        o.put("delimiter", r.delimiter());
        o.put("decimalSeparator", r.decimalSeparator());
        o.put("dialect", r.dialect().name().toLowerCase(java.util.Locale.ROOT));
        o.put("columns", columns(r.columns()));
        o.put("columnDetails", r.columns().stream().map(InspectJson::detail).toList());
        o.put("rows", r.rows());
        o.put("rejected", r.rejected());
        o.put("errors", errors(r));
        return o;
    }

    /** Header → canonical column, or null when kept as-is; a repeated header gets a {@code #2} suffix. */
    private static Map<String, String> columns(List<MappedColumn> columns) {
        Map<String, String> map = new LinkedHashMap<>();
        for (MappedColumn c : columns) {
            String key = c.header();
            for (int n = 2; map.containsKey(key); n++) {
                key = c.header() + " #" + n;
            }
            map.put(key, c.canonical());
        }
        return map;
    }

    private static Map<String, Object> detail(MappedColumn c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("position", c.position() + 1);
        d.put("header", c.header());
        d.put("canonical", c.canonical());
        d.put("storedAs", c.storedAs());
        d.put("note", c.note());
        d.put("reading", c.reading());
        return d;
    }

    private static List<Map<String, Object>> errors(FileReport r) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String problem : r.problems()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", null);
            e.put("reason", problem);
            errors.add(e);
        }
        for (RejectedRow row : r.rejections()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", row.line());
            e.put("columnNumber", row.columnNumber() == 0 ? null : row.columnNumber());
            e.put("column", row.column());
            e.put("reason", row.reason());
            e.put("value", row.raw());
            errors.add(e);
        }
        return errors;
    }
}
