package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.List;
import java.util.Map;

/**
 * ORD-VALUEMAP: each distinct freight terms, shipping method, delivery terms and delivery mode
 * value needs a value map; one finding per column and value. Each column stands alone: one that
 * was not exported is a gap on post and skipped on pre.
 */
final class ValueMapFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        for (String column : rule.listParam("columns")) {
            if (!ctx.availability.has(snapshot, table, column)) {
                if (snapshot == Snapshot.POST) {
                    ctx.gaps.missing(table, column, rule.id());
                }
                continue;
            }
            String sql = "SELECT MIN(TRIM(" + column + ")) AS v, COUNT(*) AS n FROM " + SqlNames.dataTable(snapshot, table)
                    + " WHERE NULLIF(TRIM(" + column + "), '') IS NOT NULL GROUP BY UPPER(TRIM(" + column + "))";
            ctx.sql.forEach(sql, List.of(), row -> ctx.report(rule, table, snapshot, column + "=" + row.text("v"),
                    row.number("n") + " order(s) have " + column.replace('_', ' ') + " '" + row.text("v")
                            + "'; it syncs only through a value map of your own.",
                    FindingValues.of(column, FindingValue.of(snapshot, row.text("v")), "orders", FindingValue.of(snapshot, row.number("n")))));
        }
    }
}
