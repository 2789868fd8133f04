package dev.p2caudit.checks;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys a pairing by business key tries, in order (docs/checks.md, Reconciliation): the primary
 * business key through the renames, then fallback keys both sides carry (the Sales number on both
 * sides, the F&amp;O number on both sides, the record id; for lines their parent's pairing with the
 * line number or product), and last, for records without any key, their compared columns. Each is
 * SQL over a data table aliased {@code t}; a line table also has its parent's map as {@code r} and,
 * on post, its parent's pairing as {@code pp}.
 */
final class PairingKeys {

    /** One fallback: the pre side's and the post side's expression, normalized. */
    record Fallback(String pre, String post) {

        String of(Snapshot side) {
            return side == Snapshot.PRE ? pre : post;
        }
    }

    private final CheckContext ctx;
    private final TableKind table;

    PairingKeys(CheckContext ctx, TableKind table) {
        this.ctx = ctx;
        this.table = table;
    }

    /** Whether a line table's keys can go through its parent's pairing. */
    boolean throughParent() {
        return table.parent().isPresent() && ctx.pairings.possible(table.parent().get());
    }

    /** The FROM clause of a side's key table. */
    String from(Snapshot side) {
        String from = ctx.keys.from(side, table);
        if (side == Snapshot.POST && throughParent()) {
            from += " LEFT JOIN " + ctx.pairings.pairsTable(table.parent().get()) + " pp ON pp.post_rid = r.rid";
        }
        return from;
    }

    /** The primary key, upper-cased; NULL when the record has none. */
    String primary(Snapshot side) {
        String column = switch (table) {
            case ACCOUNT -> "account_number";
            case CONTACT -> side == Snapshot.PRE ? "p2c_contact_number" : "contact_number";
            case PRODUCT -> "product_number";
            case ORDER -> side == Snapshot.PRE ? "order_id" : "sales_order_number";
            case QUOTE -> side == Snapshot.PRE ? "quote_id" : "quotation_number";
            case INVOICE -> "invoice_number";
            default -> null;
        };
        if (column != null) {
            return "UPPER(" + Keys.nz(column) + ")";
        }
        // A line without a parent reference, or without line number and product, has no key.
        String key = "UPPER(" + ctx.keys.key(side, table) + ")";
        if (!ctx.availability.has(side, table, "line_number")) {
            // An export without line numbers: <parent>/<product>, the n-th line of one product of
            // a parent taking #n, so that two lines of one product are two keys, not a duplicate.
            key += " || '#' || CAST(ROW_NUMBER() OVER (PARTITION BY " + key + " ORDER BY t.row_id) AS VARCHAR)";
        }
        return "CASE WHEN " + Keys.nz(table.parentRef().get()) + " IS NULL OR COALESCE(" + lineSuffix() + ") IS NULL"
                + " THEN NULL ELSE " + key + " END";
    }

    private String lineSuffix() {
        return table.column("line_number").isPresent() ? "CAST(t.line_number AS VARCHAR), " + Keys.nz("product")
                : Keys.nz("product");
    }

    /** The company, upper-cased; NULL when the row has none or the side's files carried no Company. */
    String company(Snapshot side) {
        return table.column("company").isPresent() && ctx.availability.has(side, table, "company")
                ? "UPPER(" + Keys.nz("company") + ")" : "CAST(NULL AS VARCHAR)";
    }

    /** The fallbacks both sides can take, in the order they are tried. */
    List<Fallback> fallbacks() {
        List<Fallback> fallbacks = new ArrayList<>();
        if (table.parent().isPresent()) {
            if (throughParent()) {
                String number = table.column("line_number").isPresent() ? "CAST(t.line_number AS VARCHAR)" : null;
                if (number != null && both("line_number")) {
                    fallbacks.add(new Fallback(parented("r.rid", number), parented("pp.pre_rid", number)));
                }
                if (both("product")) {
                    // The n-th line of a product in the parent, by line number where the side has one.
                    fallbacks.add(new Fallback(parented("r.rid", nthOfProduct("r.rid")),
                            parented("pp.pre_rid", nthOfProduct("pp.pre_rid"))));
                }
            }
        } else {
            for (String column : sameOnBothSides()) {
                if (both(column)) {
                    fallbacks.add(new Fallback("UPPER(" + Keys.nz(column) + ")", "UPPER(" + Keys.nz(column) + ")"));
                }
            }
        }
        if (both("id")) {
            fallbacks.add(new Fallback("UPPER(" + Keys.nz("id") + ")", "UPPER(" + Keys.nz("id") + ")"));
        }
        return fallbacks;
    }

    private static String nthOfProduct(String parentRid) {
        String product = "UPPER(" + Keys.nz("product") + ")";
        return product + " || '#' || CAST(ROW_NUMBER() OVER (PARTITION BY " + parentRid + ", " + product
                + " ORDER BY t.line_number, t.row_id) AS VARCHAR)";
    }

    private static String parented(String parentRid, String suffix) {
        return "CASE WHEN " + parentRid + " IS NULL OR " + suffix + " IS NULL THEN NULL ELSE CAST(" + parentRid
                + " AS VARCHAR) || '/' || " + suffix + " END";
    }

    /** Header columns that mean the same on both sides, besides the primary key's renames. */
    private List<String> sameOnBothSides() {
        return switch (table) {
            case CONTACT -> List.of("p2c_contact_number", "contact_number");
            case ORDER -> List.of("order_id", "sales_order_number");
            case QUOTE -> List.of("quote_id", "quotation_number");
            default -> List.of();
        };
    }

    private boolean both(String column) {
        return ctx.availability.has(Snapshot.PRE, table, column) && ctx.availability.has(Snapshot.POST, table, column);
    }

    /**
     * The compared columns of a row, normalized and joined, for records without a key: NULL when
     * no column is compared. A line's parent pairing takes part, so that equal lines of two orders
     * stay apart.
     */
    String fingerprint(Snapshot side) {
        List<ColumnDef> columns = Compared.columns(table, ctx.availability.columns(Snapshot.PRE, table),
                ctx.availability.columns(Snapshot.POST, table));
        List<String> parts = new ArrayList<>();
        if (throughParent()) {
            parts.add("COALESCE(CAST(" + (side == Snapshot.PRE ? "r.rid" : "pp.pre_rid") + " AS VARCHAR), '')");
        }
        for (ColumnDef c : columns) {
            parts.add("COALESCE(" + normalized(c, "t") + ", '')");
        }
        return parts.isEmpty() ? "CAST(NULL AS VARCHAR)" : "CONCAT_WS(CHR(31), " + String.join(", ", parts) + ")";
    }

    /** A column's value as compared: text trimmed and upper-cased, amounts to the cent. */
    private static String normalized(ColumnDef column, String alias) {
        String x = alias + "." + column.name();
        if (column.type() == ColumnType.DECIMAL) {
            return "CAST(ROUND(" + x + ", 2) AS VARCHAR)";
        }
        if (column.type() == ColumnType.TEXT) {
            return ValueForms.sql(column.name(), x);
        }
        return "CAST(" + x + " AS VARCHAR)";
    }
}
