package dev.p2caudit.checks;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * REC-TOTALS of one table: row counts and the sum of each money column both exports carry,
 * overall (key: the table) and, when both carry company and currency, per company and currency
 * (key: {@code table/company/currency}).
 */
final class Totals {

    /** Counts and sums of one side, for one group. */
    private record Figures(long rows, Map<String, BigDecimal> sums) {
    }

    private final RuleDef rule;
    private final CheckContext ctx;
    private final TableKind table;
    private final List<String> money;
    private final BigDecimal tolerance;

    Totals(RuleDef rule, CheckContext ctx, TableKind table) {
        this.rule = rule;
        this.ctx = ctx;
        this.table = table;
        this.money = table.columns().stream().filter(ColumnDef::money).map(ColumnDef::name)
                .filter(c -> ctx.availability.has(Snapshot.PRE, table, c) && ctx.availability.has(Snapshot.POST, table, c))
                .toList();
        this.tolerance = ctx.profile.decimal("recAbsTolerance");
    }

    void run() {
        compare(table.id(), figures(Snapshot.PRE, false).get(""), figures(Snapshot.POST, false).get(""));
        if (grouped()) {
            Map<String, Figures> pre = figures(Snapshot.PRE, true);
            Map<String, Figures> post = figures(Snapshot.POST, true);
            TreeSet<String> groups = new TreeSet<>(pre.keySet());
            groups.addAll(post.keySet());
            Figures none = new Figures(0, Map.of());
            groups.forEach(g -> compare(table.id() + "/" + g, pre.getOrDefault(g, none), post.getOrDefault(g, none)));
        }
    }

    private boolean grouped() {
        // Every file of both sides: a row of a file without them belongs to no known group.
        for (Snapshot side : Snapshot.values()) {
            if (!ctx.availability.has(side, table, "company") || !ctx.availability.has(side, table, "currency")
                    || !ctx.availability.lacking(side, table, "company").isEmpty()
                    || !ctx.availability.lacking(side, table, "currency").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Figures> figures(Snapshot side, boolean byGroup) {
        StringBuilder select = new StringBuilder("SELECT COUNT(*) AS n");
        money.forEach(c -> select.append(", SUM(").append(c).append(") AS s_").append(c));
        String group = "UPPER(COALESCE(TRIM(company), '')) || '/' || UPPER(COALESCE(TRIM(currency), ''))";
        if (byGroup) {
            select.append(", ").append(group).append(" AS g");
        }
        select.append(" FROM ").append(ReconciliationFamily.dataTable(side, table));
        if (byGroup) {
            select.append(" GROUP BY ").append(group);
        }
        Map<String, Figures> result = new TreeMap<>();
        ctx.sql.forEach(select.toString(), List.of(), row -> {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            money.forEach(c -> sums.put(c, row.decimal("s_" + c) == null ? BigDecimal.ZERO : row.decimal("s_" + c)));
            // US Dollar on one side and USD on the other are one currency: groups merge by its code.
            result.merge(byGroup ? inOneForm(row.text("g")) : "", new Figures(row.number("n"), sums), Totals::plus);
        });
        return result;
    }

    /** {@code COMPANY/currency as written} → {@code COMPANY/ISO code}. */
    private static String inOneForm(String group) {
        int slash = group.indexOf('/');
        return group.substring(0, slash + 1) + ValueForms.of("currency", group.substring(slash + 1));
    }

    private static Figures plus(Figures a, Figures b) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>(a.sums());
        b.sums().forEach((c, v) -> sums.merge(c, v, BigDecimal::add));
        return new Figures(a.rows() + b.rows(), sums);
    }

    private void compare(String key, Figures pre, Figures post) {
        Map<String, FindingValue> values = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        if (pre.rows() != post.rows()) {
            differences.add("rows " + pre.rows() + " → " + post.rows());
        }
        values.put("rows", FindingValue.both(pre.rows(), post.rows()));
        for (String c : money) {
            BigDecimal a = pre.sums().getOrDefault(c, BigDecimal.ZERO);
            BigDecimal b = post.sums().getOrDefault(c, BigDecimal.ZERO);
            values.put(c, FindingValue.both(a, b));
            if (a.subtract(b).abs().compareTo(tolerance) > 0) {
                differences.add(c.replace('_', ' ') + " " + ValueText.of(table, c, a) + " → " + ValueText.of(table, c, b));
            }
        }
        if (!differences.isEmpty()) {
            ctx.report(rule, table, Snapshot.POST, key, "Totals of " + key + " differ between the exports: "
                    + String.join("; ", differences) + ".", values);
        }
    }
}
