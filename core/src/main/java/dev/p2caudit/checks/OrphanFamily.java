package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.List;
import java.util.Map;

/** OLN-ORPHAN, QLN-ORPHAN, ILN-ORPHAN: a line whose header reference matches no header of the snapshot. */
final class OrphanFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind line = rule.table();
        String ref = line.parentRef().orElseThrow();
        String header = line.parent().orElseThrow().displayName().toLowerCase(java.util.Locale.ROOT);
        String sql = "SELECT " + ctx.keys.key(snapshot, line) + " AS k, TRIM(t." + ref + ") AS ref FROM "
                + ctx.from(rule, snapshot) + " WHERE r.ref IS NULL";
        ctx.sql.forEach(sql, List.of(), row -> {
            String value = row.text("ref") == null ? "" : row.text("ref");
            ctx.report(rule, line, snapshot, row.text("k"), value.isEmpty()
                    ? "Line " + row.text("k") + " names no " + header + "."
                    : "Line " + row.text("k") + " belongs to " + header + " " + value + ", which is not in the export.",
                    Map.of(ref, FindingValue.of(snapshot, value)));
        });
    }
}
