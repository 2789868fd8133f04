package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Business keys and lookups as {@code docs/checks.md} defines them: how a finding names its
 * record, and which records a reference (an order's Customer, a line's Order) points at. A
 * reference matches a record when it equals, trimmed and case-insensitively, the record's
 * business key, record id or name.
 */
final class RecordKeys {

    private static final List<TableKind> TARGETS = List.of(TableKind.ACCOUNT, TableKind.PRODUCT, TableKind.ORDER,
            TableKind.QUOTE, TableKind.INVOICE);

    private final Map<Snapshot, Map<TableKind, Map<String, List<Row>>>> lookups = new EnumMap<>(Snapshot.class);

    RecordKeys(Loaded loaded) {
        for (Snapshot s : Snapshot.values()) {
            Map<TableKind, Map<String, List<Row>>> tables = new EnumMap<>(TableKind.class);
            for (TableKind table : TARGETS) {
                Map<String, List<Row>> index = new HashMap<>();
                for (Row row : loaded.rows(s, table)) {
                    for (String value : new String[] {key(row), row.text("id"), name(row)}) {
                        if (!blank(value)) {
                            List<Row> rows = index.computeIfAbsent(norm(value), v -> new ArrayList<>(1));
                            if (!rows.contains(row)) {
                                rows.add(row);
                            }
                        }
                    }
                }
                tables.put(table, index);
            }
            lookups.put(s, tables);
        }
    }

    /** The records of {@code table} in snapshot {@code s} that {@code reference} points at. */
    List<Row> resolve(Snapshot s, TableKind table, String reference) {
        if (blank(reference)) {
            return List.of();
        }
        return lookups.get(s).get(table).getOrDefault(norm(reference), List.of());
    }

    /** How a finding names a record. */
    String key(Row r) {
        return switch (r.table) {
            case ACCOUNT -> first(r.text("account_number"), r.text("id"));
            case CONTACT -> first(r.text(r.snapshot == Snapshot.POST ? "contact_number" : "p2c_contact_number"),
                    r.text("id"));
            case PRODUCT -> first(r.text("product_number"), r.text("id"));
            case ORDER -> header(r, "order_id", "sales_order_number");
            case QUOTE -> header(r, "quote_id", "quotation_number");
            case INVOICE -> first(r.text("invoice_number"), r.text("id"));
            case ORDER_LINE, QUOTE_LINE, INVOICE_LINE -> parentKey(r) + "/" + lineSuffix(r);
        };
    }

    /** The parent's business key when the line's reference resolves, else the reference as written. */
    String parentKey(Row line) {
        TableKind parent = line.table.parent().orElseThrow();
        String reference = line.text(line.table.parentRef().orElseThrow());
        List<Row> parents = resolve(line.snapshot, parent, reference);
        return parents.isEmpty() ? (reference == null ? "" : reference) : key(parents.get(0));
    }

    private static String lineSuffix(Row line) {
        Object number = line.get("line_number");
        if (number != null) {
            return number.toString();
        }
        String product = line.text("product");
        return product == null ? "" : product;
    }

    private static String header(Row r, String salesId, String scmNumber) {
        String number = r.snapshot == Snapshot.POST ? r.text(scmNumber) : null;
        return first(number, r.text(salesId), r.text("id"));
    }

    private static String name(Row r) {
        return r.table.column("name").isPresent() ? r.text("name") : null;
    }

    static String first(String... candidates) {
        for (String candidate : candidates) {
            if (!blank(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Trimmed and case-folded: how text is compared. */
    static String norm(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    static boolean sameText(String a, String b) {
        return norm(a).equals(norm(b));
    }
}
