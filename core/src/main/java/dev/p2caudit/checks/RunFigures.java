package dev.p2caudit.checks;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.RunStat;
import dev.p2caudit.store.SqlNames;
import dev.p2caudit.store.Workspace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a run records about its inputs for its charts: rows and money per table and
 * snapshot, accounts per relationship type. One aggregate per table, taken while the audit has
 * the data at hand, so the dashboard and the report need no pass over the data.
 */
final class RunFigures {

    private RunFigures() {
    }

    static void record(Workspace ws, Availability availability, long runId) {
        List<RunStat> stats = new ArrayList<>();
        for (Snapshot side : Snapshot.values()) {
            for (TableKind table : TableKind.values()) {
                if (availability.loaded(side, table)) {
                    tableFigures(ws, availability, side, table, stats);
                }
            }
            if (availability.has(side, TableKind.ACCOUNT, "relationship_type")) {
                relationshipTypes(ws, side, stats);
            }
        }
        ws.findings().recordStats(runId, stats);
    }

    /** Rows, and the headline money column: a header's total amount, a line's extended amount. */
    private static void tableFigures(Workspace ws, Availability availability, Snapshot side, TableKind table,
                                     List<RunStat> stats) {
        String money = table.parent().isPresent() ? "extended_amount" : "total_amount";
        boolean hasMoney = table.column(money).isPresent() && availability.has(side, table, money);
        var row = ws.sql().query("SELECT COUNT(*) AS n" + (hasMoney ? ", SUM(" + money + ") AS s" : "") + " FROM "
                + SqlNames.dataTable(side, table), List.of()).get(0);
        stats.add(new RunStat("rows", side, table.id(), BigDecimal.valueOf(row.number("n"))));
        if (hasMoney) {
            stats.add(new RunStat("money", side, table.id(), row.decimal("s") == null ? BigDecimal.ZERO : row.decimal("s")));
        }
    }

    private static void relationshipTypes(Workspace ws, Snapshot side, List<RunStat> stats) {
        ws.sql().forEach("SELECT relationship_type AS t, COUNT(*) AS n FROM " + SqlNames.dataTable(side, TableKind.ACCOUNT)
                + " GROUP BY relationship_type", List.of(), row -> {
                    Object code = row.get("t");
                    String label = code == null ? "(empty)"
                            : OptionSet.RELATIONSHIP_TYPE.labelOf(((Number) code).intValue()).orElse(code.toString());
                    stats.add(new RunStat("relationship_type", side, label, BigDecimal.valueOf(row.number("n"))));
                });
    }
}
