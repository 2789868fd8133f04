package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;

/**
 * Whether a paired line's product changed (REC-CHANGED). A line's product is a lookup: one export
 * writes the product's name, another its number or record id. Each side's reference is resolved
 * through that side's product table, and the two are the same product when they are one pair of
 * the product pairing, or resolve to the same business key, or are written alike. Over the paired
 * rows {@code a} (pre) and {@code b} (post), with the joins of {@link #joins}.
 */
final class ProductChange {

    private final String joins;
    private final String differs;

    private ProductChange(String joins, String differs) {
        this.joins = joins;
        this.differs = differs;
    }

    /** The comparison for a line table whose files carried the product on both sides, else {@code null}. */
    static ProductChange of(CheckContext ctx, TableKind table) {
        if (table.parent().isEmpty() || table.column("product").isEmpty()
                || !ctx.availability.has(Snapshot.PRE, table, "product")
                || !ctx.availability.has(Snapshot.POST, table, "product")) {
            return null;
        }
        String joins = " LEFT JOIN " + ctx.keys.refMap(Snapshot.PRE, TableKind.PRODUCT)
                + " xa ON xa.ref = UPPER(TRIM(a.product)) LEFT JOIN " + ctx.keys.refMap(Snapshot.POST, TableKind.PRODUCT)
                + " xb ON xb.ref = UPPER(TRIM(b.product))";
        String samePair = "FALSE";
        if (ctx.pairings.possible(TableKind.PRODUCT)) {
            joins += " LEFT JOIN " + ctx.pairings.pairsTable(TableKind.PRODUCT) + " xp ON xp.post_rid = xb.rid";
            samePair = "xp.pre_rid = xa.rid";
        }
        String text = "UPPER(COALESCE(TRIM(a.product), '')) = UPPER(COALESCE(TRIM(b.product), ''))";
        String sameKey = "UPPER(xa.rkey) = UPPER(xb.rkey)";
        return new ProductChange(joins, "NOT (" + text + " OR COALESCE(" + samePair + ", FALSE) OR COALESCE(" + sameKey
                + ", FALSE))");
    }

    String joins() {
        return joins;
    }

    String differs() {
        return differs;
    }
}
