package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.List;
import java.util.Map;

/**
 * OLN-SITE, OLN-WAREHOUSE, QLN-…: a line without site (warehouse) whose header has no default
 * one either — or whose header is not in the snapshot.
 */
final class LineDefaultFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind line = rule.table();
        TableKind header = line.parent().orElseThrow();
        String column = rule.param("column");
        String headerColumn = ctx.availability.has(snapshot, header, column) ? "h." + column : "CAST(NULL AS VARCHAR)";
        String sql = "SELECT " + ctx.keys.key(snapshot, line) + " AS k, r.rid IS NOT NULL AS has_header FROM "
                + ctx.from(rule, snapshot) + " LEFT JOIN " + Keys.byRowId(SqlNames.dataTable(snapshot, header), "h", "r.rid")
                + " WHERE " + Keys.nz(column) + " IS NULL AND NULLIF(TRIM(" + headerColumn + "), '') IS NULL";
        String what = line == TableKind.ORDER_LINE ? "order" : "quote";
        ctx.sql.forEach(sql, List.of(), row -> ctx.report(rule, line, snapshot, row.text("k"),
                "Line " + row.text("k") + " has no " + column + (Boolean.TRUE.equals(row.get("has_header"))
                        ? " and its " + what + " has no default " + column : " and its " + what + " is not in the export")
                        + "; SCM cannot create it.",
                Map.of(column, FindingValue.of(snapshot, ""))));
    }
}
