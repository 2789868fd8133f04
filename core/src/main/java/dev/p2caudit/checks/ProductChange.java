package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;

/**
 * Whether a paired line's product changed (REC-CHANGED). A line's product is a lookup: one export
 * writes the product's name, another its number or record id. Each side's reference is resolved
 * through that side's product table, and the two are the same product when they are one pair of
 * the product pairing, or resolve to the same business key, or are written alike. Only the pairs
 * whose product is written differently are resolved, into a working table of the post rows whose
 * product changed; {@link #differs} is SQL over the paired rows {@code a} (pre) and {@code b} (post).
 */
final class ProductChange {

    private final String changed;

    private ProductChange(String changed) {
        this.changed = changed;
    }

    /** The comparison for a line table whose files carried the product on both sides, else {@code null}. */
    static ProductChange of(CheckContext ctx, TableKind table) {
        if (table.parent().isEmpty() || table.column("product").isEmpty()
                || !ctx.availability.has(Snapshot.PRE, table, "product")
                || !ctx.availability.has(Snapshot.POST, table, "product")) {
            return null;
        }
        String joins = " LEFT JOIN " + ctx.keys.refMap(Snapshot.PRE, TableKind.PRODUCT)
                + " xa ON xa.ref = UPPER(TRIM(w.pre_product)) LEFT JOIN " + ctx.keys.refMap(Snapshot.POST, TableKind.PRODUCT)
                + " xb ON xb.ref = UPPER(TRIM(w.post_product))";
        String samePair = "FALSE";
        if (ctx.pairings.possible(TableKind.PRODUCT)) {
            joins += " LEFT JOIN " + ctx.pairings.pairsTable(TableKind.PRODUCT) + " xp ON xp.post_rid = xb.rid";
            samePair = "xp.pre_rid = xa.rid";
        }
        String written = "SELECT b.row_id AS rid, a.product AS pre_product, b.product AS post_product FROM "
                + ctx.pairings.pairedRows(table) + " WHERE UPPER(COALESCE(TRIM(a.product), ''))"
                + " <> UPPER(COALESCE(TRIM(b.product), ''))";
        String name = "product_changed_" + table.id();
        ctx.temp.create(name, "SELECT w.rid FROM (" + written + ") w" + joins + " WHERE NOT (COALESCE(" + samePair
                + ", FALSE) OR COALESCE(UPPER(xa.rkey) = UPPER(xb.rkey), FALSE))", List.of());
        return new ProductChange(name);
    }

    String differs() {
        return "b.row_id IN (SELECT rid FROM " + changed + ")";
    }
}
