package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;
import java.util.Map;

/** OLN-PRODUCT: a line's product matches no product of the snapshot (only when products were loaded). */
final class ProductRefFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        if (!ctx.availability.loaded(snapshot, TableKind.PRODUCT)) {
            return;
        }
        TableKind line = rule.table();
        String sql = "SELECT " + ctx.keys.key(snapshot, line) + " AS k, TRIM(t.product) AS product FROM "
                + ctx.from(rule, snapshot) + " LEFT JOIN " + ctx.keys.refMap(snapshot, TableKind.PRODUCT)
                + " pr ON pr.ref = UPPER(TRIM(t.product)) WHERE " + Keys.nz("product") + " IS NOT NULL AND pr.ref IS NULL";
        ctx.sql.forEach(sql, List.of(), row -> ctx.report(rule, line, snapshot, row.text("k"), "Line " + row.text("k")
                + " has product " + row.text("product") + ", which is not in the product export.",
                Map.of("product", FindingValue.of(snapshot, row.text("product")))));
    }
}
