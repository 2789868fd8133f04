package dev.p2caudit.report;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import dev.p2caudit.store.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures behind the charts, read from the workspace. Every map is category → {pre, post}. */
final class ChartData {

    private final Workspace ws;
    private final long runId;

    ChartData(Workspace ws, long runId) {
        this.ws = ws;
        this.runId = runId;
    }

    Map<String, long[]> rowCounts() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (TableKind table : TableKind.values()) {
            long[] prePost = new long[2];
            boolean any = false;
            for (Snapshot side : Snapshot.values()) {
                if (ws.imports().isLoaded(side, table)) {
                    prePost[side.ordinal()] = ws.rows(side, table).count();
                    any = true;
                }
            }
            if (any) {
                counts.put(table.id(), prePost);
            }
        }
        return counts;
    }

    /** Header total amount, line extended amount; rounded to whole units for the chart. */
    Map<String, long[]> moneyTotals() {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (TableKind table : TableKind.values()) {
            String column = table.parent().isPresent() ? "extended_amount" : "total_amount";
            if (table.column(column).isEmpty()) {
                continue;
            }
            long[] prePost = new long[2];
            boolean any = false;
            for (Snapshot side : Snapshot.values()) {
                if (ws.imports().presentColumns(side, table).contains(column)) {
                    List<dev.p2caudit.store.Sql.Row> sum = ws.sql().query("SELECT SUM(" + column + ") AS s FROM "
                            + SqlNames.dataTable(side, table), List.of());
                    BigDecimal s = sum.get(0).decimal("s");
                    prePost[side.ordinal()] = s == null ? 0 : s.setScale(0, RoundingMode.HALF_UP).longValue();
                    any = true;
                }
            }
            if (any) {
                totals.put(table.id(), prePost);
            }
        }
        return totals;
    }

    /** Accounts per relationship type label; an empty type shows as "(empty)". */
    Map<String, long[]> relationshipTypes() {
        Map<String, long[]> types = new TreeMap<>();
        for (Snapshot side : Snapshot.values()) {
            if (!ws.imports().presentColumns(side, TableKind.ACCOUNT).contains("relationship_type")) {
                continue;
            }
            ws.sql().forEach("SELECT relationship_type AS t, COUNT(*) AS n FROM " + SqlNames.dataTable(side, TableKind.ACCOUNT)
                    + " GROUP BY relationship_type", List.of(), row -> {
                        Object code = row.get("t");
                        String label = code == null ? "(empty)"
                                : OptionSet.RELATIONSHIP_TYPE.labelOf(((Number) code).intValue()).orElse(code.toString());
                        types.computeIfAbsent(label, k -> new long[2])[side.ordinal()] += row.number("n");
                    });
        }
        return types;
    }

    /** Lines per residue amount (OLN- and QLN-ROUNDING-DELTA), smallest first. */
    Map<String, Long> residues() {
        Map<BigDecimal, Long> byAmount = new TreeMap<>();
        for (String rule : List.of("OLN-ROUNDING-DELTA", "QLN-ROUNDING-DELTA")) {
            ws.findings().forEach(runId, FindingFilter.rule(rule), f -> {
                FindingValue charge = f.values().get("sales_charge");
                if (charge != null && charge.post() != null && !charge.post().isEmpty()) {
                    byAmount.merge(new BigDecimal(charge.post()).setScale(2, RoundingMode.HALF_UP), 1L, Long::sum);
                }
            });
        }
        Map<String, Long> residues = new LinkedHashMap<>();
        byAmount.forEach((amount, n) -> residues.put(amount.toPlainString(), n));
        return residues;
    }
}
