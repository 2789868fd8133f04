package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Business keys, as SQL over a table aliased {@code t} (docs/checks.md, "Business keys"), and the
 * reference maps that resolve what a lookup column holds — key, GUID or name — to a record's key.
 */
final class Keys {

    private final TempTables temp;
    private final Availability availability;

    Keys(TempTables temp, Availability availability) {
        this.temp = temp;
        this.availability = availability;
    }

    /** The FROM clause for a table aliased {@code t}; line tables bring their parent's map as {@code r}. */
    String from(Snapshot snapshot, TableKind table) {
        return from(snapshot, table, java.util.Set.of());
    }

    /** {@link #from(Snapshot, TableKind)} without the rows of the given imports. */
    String from(Snapshot snapshot, TableKind table, java.util.Set<Long> skippedImports) {
        String data = SqlNames.dataTable(snapshot, table);
        List<String> customers = availability.files(snapshot, table).stream().filter(Availability.File::impliesCustomer)
                .map(f -> String.valueOf(f.importId())).toList();
        String rows = customers.isEmpty() ? data : "(SELECT * REPLACE (CASE WHEN " + SqlNames.IMPORT_ID + " IN ("
                + String.join(", ", customers) + ") THEN COALESCE(relationship_type, " + dev.p2caudit.model.OptionSet.CUSTOMER
                + ") ELSE relationship_type END AS relationship_type) FROM " + data + ")";
        String from = skippedImports.isEmpty() ? rows + " t" : "(SELECT * FROM " + rows + " x WHERE x." + SqlNames.IMPORT_ID
                + " NOT IN (" + String.join(", ", skippedImports.stream().map(String::valueOf).toList()) + ")) t";
        if (table.parent().isEmpty()) {
            return from;
        }
        return from + " LEFT JOIN " + refMap(snapshot, table.parent().get()) + " r ON r.ref = UPPER(TRIM(t."
                + table.parentRef().get() + "))";
    }

    /** The key of a row of {@link #from}. */
    String key(Snapshot snapshot, TableKind table) {
        return table.parent().isEmpty() ? headerKey(snapshot, table) : lineKey(table, "r.rkey");
    }

    /**
     * The key of a row of a data table aliased {@code t} alone: a line's parent key is looked up in
     * the parent's map by a subquery instead of a join. For a scalar subquery per row, which DuckDB
     * cannot decorrelate when it holds an outer join.
     */
    String keyWithoutJoin(Snapshot snapshot, TableKind table) {
        if (table.parent().isEmpty()) {
            return headerKey(snapshot, table);
        }
        return lineKey(table, "(SELECT r.rkey FROM " + refMap(snapshot, table.parent().get()) + " r WHERE r.ref = UPPER(TRIM(t."
                + table.parentRef().get() + ")))");
    }

    private static String lineKey(TableKind table, String parentKey) {
        String second = table.column("line_number").isPresent()
                ? "CAST(t.line_number AS VARCHAR), " + nz("product") : nz("product");
        return "COALESCE(" + parentKey + ", " + nz(table.parentRef().get()) + ", '?') || '/' || COALESCE(" + second + ", '?')";
    }

    /** The key of a header row (account, contact, product, quote, order, invoice). */
    static String headerKey(Snapshot snapshot, TableKind table) {
        List<String> columns = switch (table) {
            case ACCOUNT -> List.of("account_number", "id");
            case CONTACT -> List.of(snapshot == Snapshot.POST ? "contact_number" : "p2c_contact_number", "id");
            case PRODUCT -> List.of("product_number", "id");
            case ORDER -> snapshot == Snapshot.POST ? List.of("sales_order_number", "order_id", "id") : List.of("order_id", "id");
            case QUOTE -> snapshot == Snapshot.POST ? List.of("quotation_number", "quote_id", "id") : List.of("quote_id", "id");
            case INVOICE -> List.of("invoice_number", "id");
            default -> throw new IllegalArgumentException(table + " is a line table");
        };
        List<String> parts = new ArrayList<>();
        columns.forEach(c -> parts.add(nz(c)));
        parts.add("'(line ' || t.source_line || ')'");
        return "COALESCE(" + String.join(", ", parts) + ")";
    }

    /**
     * One record per reference, to resolve a lookup to a key: (ref, rkey, rid). Where a reference
     * is ambiguous (two records share a name) the smallest key stands for it. Built once per run,
     * grouped straight from the data table.
     */
    String refMap(Snapshot snapshot, TableKind table) {
        String name = "ref_" + SqlNames.dataTable(snapshot, table);
        temp.createOnce(name, "SELECT ref, MIN(rkey) AS rkey, MIN(rid) AS rid FROM (" + references(snapshot, table)
                + ") u GROUP BY ref", List.of());
        return name;
    }

    /**
     * Every way a record can be referenced (its key, its GUID, its name), upper-cased, with its
     * key and row id, as a query of (ref, rkey, rid). A name two records share appears twice. Only
     * columns the snapshot's files carried take part.
     */
    String references(Snapshot snapshot, TableKind table) {
        List<String> selects = new ArrayList<>();
        for (String column : refColumns(table)) {
            if (availability.has(snapshot, table, column)) {
                selects.add("SELECT UPPER(TRIM(t." + column + ")) AS ref, " + headerKey(snapshot, table)
                        + " AS rkey, t.row_id AS rid FROM " + SqlNames.dataTable(snapshot, table) + " t WHERE "
                        + nz(column) + " IS NOT NULL");
            }
        }
        return selects.isEmpty()
                ? "SELECT CAST(NULL AS VARCHAR) AS ref, CAST(NULL AS VARCHAR) AS rkey, CAST(NULL AS BIGINT) AS rid WHERE FALSE"
                : String.join(" UNION ALL ", selects);
    }

    static List<String> refColumns(TableKind table) {
        return switch (table) {
            case ACCOUNT -> List.of("account_number", "id", "name");
            case CONTACT -> List.of("contact_number", "p2c_contact_number", "id", "full_name");
            case PRODUCT -> List.of("product_number", "id", "name");
            case ORDER -> List.of("sales_order_number", "order_id", "id", "name");
            case QUOTE -> List.of("quotation_number", "quote_id", "id", "name");
            case INVOICE -> List.of("invoice_number", "id");
            default -> List.of("id");
        };
    }

    /** Joins a data table by row id: {@code <table> <alias> ON <alias>.row_id = <rid>}. */
    static String byRowId(String table, String alias, String rid) {
        return table + " " + alias + " ON " + alias + ".row_id = " + rid;
    }

    /** {@code t.column} trimmed, or NULL when blank. */
    static String nz(String column) {
        return "NULLIF(TRIM(t." + column + "), '')";
    }
}
