package dev.p2caudit.report;

import dev.p2caudit.model.FindingFilter;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.RunStat;
import dev.p2caudit.store.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures behind the charts: the ones the run recorded about its inputs, and the residues of
 * its findings. Every map is category → {pre, post}.
 */
final class ChartData {

    private final Workspace ws;
    private final long runId;
    private final List<RunStat> stats;

    ChartData(Workspace ws, long runId) {
        this.ws = ws;
        this.runId = runId;
        this.stats = ws.findings().stats(runId);
    }

    /** Rows per table, in table order. */
    Map<String, long[]> rowCounts() {
        return byTable("rows");
    }

    /** Header total amount, line extended amount, per table; rounded to whole units for the chart. */
    Map<String, long[]> moneyTotals() {
        return byTable("money");
    }

    /** Accounts per relationship type label; an empty type shows as "(empty)". */
    Map<String, long[]> relationshipTypes() {
        Map<String, long[]> types = new TreeMap<>();
        stats.stream().filter(s -> s.kind().equals("relationship_type")).forEach(s ->
                types.computeIfAbsent(s.label(), k -> new long[2])[s.snapshot().ordinal()] += whole(s.value()));
        return types;
    }

    private Map<String, long[]> byTable(String kind) {
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (TableKind table : TableKind.values()) {
            stats.stream().filter(s -> s.kind().equals(kind) && s.label().equals(table.id())).forEach(s ->
                    figures.computeIfAbsent(table.id(), k -> new long[2])[s.snapshot().ordinal()] = whole(s.value()));
        }
        return figures;
    }

    private static long whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).longValue();
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
