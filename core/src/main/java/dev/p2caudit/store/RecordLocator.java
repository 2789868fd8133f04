package dev.p2caudit.store;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stored rows a finding's key names, and names a stored row by its key, following the
 * business keys of docs/checks.md: a header by its number (else its record id, else
 * {@code (line N)}), a line by {@code <parent key>/<line number or product>}. Lookups try exact
 * values first, which the key indexes answer, and fall back to a trimmed, case-insensitive scan.
 */
public final class RecordLocator {

    private static final Pattern BY_LINE = Pattern.compile("\\(line (\\d+)\\)");

    private final Workspace workspace;

    RecordLocator(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The row ids of the record(s) with this key in the snapshot's table, at most {@code limit}. */
    public List<Long> find(Snapshot snapshot, TableKind table, String key, int limit) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        return table.parent().isPresent() ? findLine(snapshot, table, key.strip(), limit)
                : findHeader(snapshot, table, key.strip(), limit);
    }

    /** The business key of a stored row, as findings name it; empty when the row is gone. */
    public Optional<String> keyOf(Snapshot snapshot, TableKind table, long rowId) {
        if (table.parent().isEmpty()) {
            return text("SELECT " + headerKey(snapshot, table) + " FROM " + SqlNames.dataTable(snapshot, table)
                    + " t WHERE t.row_id = ?", List.of(rowId));
        }
        String ref = table.parentRef().orElseThrow();
        String second = table.column("line_number").isPresent()
                ? "COALESCE(CAST(t.line_number AS VARCHAR), " + nz("product") + ", '?')" : "COALESCE(" + nz("product") + ", '?')";
        List<Sql.Row> rows = workspace.sql().query("SELECT " + nz(ref) + " AS ref, " + second + " AS part FROM "
                + SqlNames.dataTable(snapshot, table) + " t WHERE t.row_id = ?", List.of(rowId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String reference = rows.get(0).text("ref");
        String parentKey = reference == null ? "?" : parentKey(snapshot, table.parent().get(), reference).orElse(reference);
        return Optional.of(parentKey + "/" + rows.get(0).text("part"));
    }

    private List<Long> findHeader(Snapshot snapshot, TableKind table, String key, int limit) {
        String data = SqlNames.dataTable(snapshot, table);
        Matcher byLine = BY_LINE.matcher(key);
        if (byLine.matches()) {
            return ids("SELECT row_id FROM " + data + " WHERE " + SqlNames.SOURCE_LINE + " = ? ORDER BY row_id LIMIT ?",
                    List.of(Long.parseLong(byLine.group(1)), limit));
        }
        List<Long> found = lookup(data, lookupColumns(table), c -> "t." + c, key, limit);
        return found.isEmpty()
                ? lookup(data, lookupColumns(table), c -> "UPPER(TRIM(t." + c + "))", key.toUpperCase(Locale.ROOT), limit)
                : found;
    }

    /**
     * The rows where one of the columns (as {@code expr} reads it) holds the value: those of the
     * first such column first, each column's in load order. One scan of the table for all of them.
     */
    private List<Long> lookup(String data, List<String> columns, java.util.function.UnaryOperator<String> expr,
                              String value, int limit) {
        List<String> tests = columns.stream().map(c -> expr.apply(SqlNames.checked(c)) + " = ?").toList();
        StringBuilder rank = new StringBuilder("CASE");
        for (int i = 0; i < tests.size(); i++) {
            rank.append(" WHEN ").append(tests.get(i)).append(" THEN ").append(i);
        }
        List<Object> params = new ArrayList<>();
        tests.forEach(t -> params.add(value));
        tests.forEach(t -> params.add(value));
        params.add(limit);
        return ids("SELECT row_id FROM " + data + " t WHERE " + String.join(" OR ", tests) + " ORDER BY " + rank
                + " END, row_id LIMIT ?", params);
    }

    /** {@code SO-1004/2}: the parent's rows give every reference a line may use for it. */
    private List<Long> findLine(Snapshot snapshot, TableKind table, String key, int limit) {
        int slash = key.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        String parentKey = key.substring(0, slash);
        String second = key.substring(slash + 1);
        TableKind parent = table.parent().orElseThrow();
        Set<String> references = new LinkedHashSet<>(List.of(parentKey));
        for (long parentRow : findHeader(snapshot, parent, parentKey, 20)) {
            references.addAll(references(snapshot, parent, parentRow));
        }
        String ref = table.parentRef().orElseThrow();
        List<Object> params = new ArrayList<>(references);
        String in = String.join(",", references.stream().map(r -> "?").toList());
        String which = table.column("line_number").isPresent() && second.matches("\\d{1,9}")
                ? "(line_number = ? OR TRIM(product) = ?)" : "TRIM(product) = ?";
        if (which.startsWith("(line_number")) {
            params.add(Integer.parseInt(second));
        }
        params.add(second);
        params.add(limit);
        return ids("SELECT row_id FROM " + SqlNames.dataTable(snapshot, table) + " WHERE " + ref + " IN (" + in
                + ") AND " + which + " ORDER BY row_id LIMIT ?", params);
    }

    /** Every non-empty value a line's reference may hold for this header row: number, id, name. */
    private List<String> references(Snapshot snapshot, TableKind parent, long rowId) {
        List<String> refs = new ArrayList<>();
        List<String> columns = new ArrayList<>(lookupColumns(parent));
        if (parent.column("name").isPresent()) {
            columns.add("name");
        }
        List<Sql.Row> rows = workspace.sql().query("SELECT " + String.join(", ", columns) + " FROM "
                + SqlNames.dataTable(snapshot, parent) + " WHERE row_id = ?", List.of(rowId));
        for (Sql.Row row : rows) {
            columns.stream().map(row::text).filter(v -> v != null && !v.isBlank()).forEach(refs::add);
        }
        return refs;
    }

    /** The key of the header a line's reference resolves to; several candidates: the smallest key. */
    private Optional<String> parentKey(Snapshot snapshot, TableKind parent, String reference) {
        String data = SqlNames.dataTable(snapshot, parent);
        List<String> columns = new ArrayList<>(lookupColumns(parent));
        if (parent.column("name").isPresent()) {
            columns.add("name");
        }
        for (String column : columns) {
            Optional<String> key = text("SELECT MIN(" + headerKey(snapshot, parent) + ") FROM " + data + " t WHERE t."
                    + column + " = ?", List.of(reference));
            if (key.isPresent()) {
                return key;
            }
        }
        return Optional.empty();
    }

    /** The columns that hold a header's key on either side (a pre key is looked up in post too). */
    static List<String> lookupColumns(TableKind table) {
        return switch (table) {
            case ACCOUNT -> List.of("account_number", "id");
            case CONTACT -> List.of("contact_number", "p2c_contact_number", "id");
            case PRODUCT -> List.of("product_number", "id");
            case ORDER -> List.of("sales_order_number", "order_id", "id");
            case QUOTE -> List.of("quotation_number", "quote_id", "id");
            case INVOICE -> List.of("invoice_number", "id");
            default -> List.of("id");
        };
    }

    /** docs/checks.md's header key, over a table aliased {@code t}. */
    static String headerKey(Snapshot snapshot, TableKind table) {
        List<String> columns = switch (table) {
            case CONTACT -> List.of(snapshot == Snapshot.POST ? "contact_number" : "p2c_contact_number", "id");
            case ORDER -> snapshot == Snapshot.POST ? List.of("sales_order_number", "order_id", "id") : List.of("order_id", "id");
            case QUOTE -> snapshot == Snapshot.POST ? List.of("quotation_number", "quote_id", "id") : List.of("quote_id", "id");
            default -> lookupColumns(table);
        };
        List<String> parts = new ArrayList<>(columns.stream().map(RecordLocator::nz).toList());
        parts.add("'(line ' || t." + SqlNames.SOURCE_LINE + " || ')'");
        return "COALESCE(" + String.join(", ", parts) + ")";
    }

    private static String nz(String column) {
        return "NULLIF(TRIM(t." + SqlNames.checked(column) + "), '')";
    }

    private List<Long> ids(String sql, List<?> params) {
        List<Long> ids = new ArrayList<>();
        workspace.sql().forEach(sql, params, row -> ids.add(((Number) row.asMap().values().iterator().next()).longValue()));
        return ids;
    }

    private Optional<String> text(String sql, List<?> params) {
        List<Sql.Row> rows = workspace.sql().query(sql, params);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object value = rows.get(0).asMap().values().iterator().next();
        return Optional.ofNullable(value).map(Object::toString);
    }
}
