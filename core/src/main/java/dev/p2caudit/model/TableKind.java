package dev.p2caudit.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The nine Sales tables of a prospect-to-cash export. */
public enum TableKind {
    ACCOUNT("Account", null, null, List.of("id", "account_number", "name")),
    CONTACT("Contact", null, null, List.of("id", "contact_number", "p2c_contact_number", "parent_account")),
    PRODUCT("Product", null, null, List.of("id", "product_number")),
    QUOTE("Quote", null, null, List.of("id", "quote_id", "quotation_number", "customer")),
    QUOTE_LINE("Quote Product", QUOTE, "quote_ref", List.of("id", "quote_ref")),
    ORDER("Order", null, null, List.of("id", "order_id", "sales_order_number", "customer")),
    ORDER_LINE("Order Product", ORDER, "order_ref", List.of("id", "order_ref")),
    INVOICE("Invoice", null, null, List.of("id", "invoice_number", "order_ref", "customer")),
    INVOICE_LINE("Invoice Product", INVOICE, "invoice_ref", List.of("id", "invoice_ref"));

    private final String displayName;
    private final TableKind parent;
    private final String parentRef;
    private final List<String> indexedColumns;
    private List<ColumnDef> columns;

    TableKind(String displayName, TableKind parent, String parentRef, List<String> indexedColumns) {
        this.displayName = displayName;
        this.parent = parent;
        this.parentRef = parentRef;
        this.indexedColumns = indexedColumns;
    }

    /** SCHEMA.md's canonical name: {@code account}, {@code order_line}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The singular display name Sales uses, as in {@code (Do Not Modify) Order Product}. */
    public String displayName() {
        return displayName;
    }

    /** The header table of a line table. */
    public Optional<TableKind> parent() {
        return Optional.ofNullable(parent);
    }

    /** The column of a line table that references its header, e.g. {@code order_ref}. */
    public Optional<String> parentRef() {
        return Optional.ofNullable(parentRef);
    }

    /** Business keys and parent references: the columns that get an index. */
    public List<String> indexedColumns() {
        return indexedColumns;
    }

    public synchronized List<ColumnDef> columns() {
        if (columns == null) {
            columns = CanonicalColumns.of(this);
        }
        return columns;
    }

    public Optional<ColumnDef> column(String name) {
        return columns().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Parses a canonical id ({@code order_line}) in any case. */
    public static Optional<TableKind> fromId(String id) {
        for (TableKind t : values()) {
            if (t.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
