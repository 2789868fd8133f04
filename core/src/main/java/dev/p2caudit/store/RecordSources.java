package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the records that many keys name came from (import and source line), found in one pass over
 * a table rather than a lookup per key: what a SARIF file of a hundred thousand findings needs.
 * Keys are read as {@link RecordLocator} reads one: a header by its key or any of its lookup
 * columns, a line by {@code <parent key>/<line number or product>} through any reference its
 * parent can be known by (number, id, name) — case and surrounding spaces aside.
 */
public final class RecordSources {

    private final Workspace workspace;

    RecordSources(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Each key's records in the snapshot's table, at most {@code limit} per key, in row order; a
     * key that names no record is absent.
     */
    public Map<String, List<SourceLine>> of(Snapshot snapshot, TableKind table, Set<String> keys, int limit) {
        Map<String, List<SourceLine>> found = new HashMap<>();
        if (!keys.isEmpty()) {
            if (table.parent().isEmpty()) {
                headers(snapshot, table, keys, limit, found);
            } else {
                lines(snapshot, table, keys, limit, found);
            }
        }
        return found;
    }

    private void headers(Snapshot snapshot, TableKind table, Set<String> keys, int limit,
                         Map<String, List<SourceLine>> found) {
        List<String> columns = RecordLocator.lookupColumns(table);
        workspace.sql().forEach(keyAndColumns(snapshot, table, columns) + ", " + source() + " FROM " + SqlNames.dataTable(snapshot, table)
                + " t ORDER BY t." + SqlNames.ROW_ID, List.of(), row -> {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(row.text("k"));
                    for (int i = 0; i < columns.size(); i++) {
                        names.add(row.text("c" + i));
                    }
                    names.forEach(name -> add(found, keys, name, row, limit));
                });
    }

    /** The parents the keys name, every reference they go by, then one pass over the lines. */
    private void lines(Snapshot snapshot, TableKind table, Set<String> keys, int limit,
                       Map<String, List<SourceLine>> found) {
        Set<String> parents = new HashSet<>();
        keys.stream().filter(k -> k.lastIndexOf('/') > 0).forEach(k -> parents.add(k.substring(0, k.lastIndexOf('/'))));
        Map<String, Set<String>> parentsByRef = references(snapshot, table.parent().orElseThrow(), parents);
        boolean numbered = table.column("line_number").isPresent();
        String ref = SqlNames.checked(table.parentRef().orElseThrow());
        workspace.sql().forEach("SELECT TRIM(t." + ref + ") AS r, "
                + (numbered ? "CAST(t.line_number AS VARCHAR)" : "CAST(NULL AS VARCHAR)") + " AS n, TRIM(t.product) AS p, "
                + source() + " FROM " + SqlNames.dataTable(snapshot, table) + " t ORDER BY t." + SqlNames.ROW_ID, List.of(), row -> {
                    String reference = row.text("r");
                    if (reference == null) {
                        return;
                    }
                    Set<String> named = new LinkedHashSet<>(parentsByRef.getOrDefault(upper(reference), Set.of()));
                    if (parents.contains(reference)) {
                        named.add(reference);
                    }
                    for (String parent : named) {
                        add(found, keys, row.text("n") == null ? null : parent + "/" + row.text("n"), row, limit);
                        add(found, keys, row.text("p") == null ? null : parent + "/" + row.text("p"), row, limit);
                    }
                });
    }

    /** Every reference (upper-cased) that the header rows with these keys go by → their keys. */
    private Map<String, Set<String>> references(Snapshot snapshot, TableKind parent, Set<String> parentKeys) {
        Map<String, Set<String>> byRef = new HashMap<>();
        if (parentKeys.isEmpty()) {
            return byRef;
        }
        List<String> columns = new ArrayList<>(RecordLocator.lookupColumns(parent));
        if (parent.column("name").isPresent()) {
            columns.add("name");
        }
        workspace.sql().forEach(keyAndColumns(snapshot, parent, columns) + " FROM " + SqlNames.dataTable(snapshot, parent) + " t", List.of(), row -> {
            String key = row.text("k");
            if (parentKeys.contains(key)) {
                for (int i = 0; i < columns.size(); i++) {
                    String value = row.text("c" + i);
                    if (value != null && !value.isEmpty()) {
                        byRef.computeIfAbsent(upper(value), v -> new LinkedHashSet<>()).add(key);
                    }
                }
            }
        });
        return byRef;
    }

    /** {@code SELECT} a header row's key as {@code k} and its trimmed columns as {@code c0, c1, …}. */
    private static String keyAndColumns(Snapshot snapshot, TableKind table, List<String> columns) {
        StringBuilder select = new StringBuilder("SELECT " + RecordLocator.headerKey(snapshot, table) + " AS k");
        for (int i = 0; i < columns.size(); i++) {
            select.append(", TRIM(t.").append(SqlNames.checked(columns.get(i))).append(") AS c").append(i);
        }
        return select.toString();
    }

    private static String source() {
        return "t." + SqlNames.IMPORT_ID + " AS import_id, t." + SqlNames.SOURCE_LINE + " AS source_line";
    }

    private static void add(Map<String, List<SourceLine>> found, Set<String> keys, String name, Sql.Row row, int limit) {
        if (name == null || !keys.contains(name)) {
            return;
        }
        List<SourceLine> sources = found.computeIfAbsent(name, k -> new ArrayList<>());
        SourceLine source = new SourceLine(row.number("import_id"), row.number("source_line"));
        if (sources.size() < limit && !sources.contains(source)) {
            sources.add(source);
        }
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
