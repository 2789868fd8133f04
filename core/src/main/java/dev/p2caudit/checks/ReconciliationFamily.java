package dev.p2caudit.checks;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** REC-KEY-DUP, REC-MISSING, REC-EXTRA, REC-CHANGED, REC-TOTALS over every table loaded on both sides. */
final class ReconciliationFamily implements CheckFamily {

    /** Which of the five rules ({@code check} in rules.json). */
    enum Check {
        /** REC-KEY-DUP. */
        KEY_DUP,
        /** REC-MISSING. */
        MISSING,
        /** REC-EXTRA. */
        EXTRA,
        /** REC-CHANGED. */
        CHANGED,
        /** REC-TOTALS. */
        TOTALS
    }

    @Override
    public void run(RuleDef rule, Snapshot ignored, CheckContext ctx) {
        Check check = rule.check(Check.class);
        for (TableKind table : TableKind.values()) {
            if (!ctx.pairings.possible(table)) {
                continue;
            }
            switch (check) {
                case KEY_DUP -> duplicates(rule, ctx, table);
                case MISSING -> unpaired(rule, ctx, table, Snapshot.PRE);
                case EXTRA -> unpaired(rule, ctx, table, Snapshot.POST);
                case CHANGED -> changed(rule, ctx, table);
                case TOTALS -> new Totals(rule, ctx, table).run();
            }
        }
    }

    private static void duplicates(RuleDef rule, CheckContext ctx, TableKind table) {
        Pairings.Pairing p = ctx.pairings.of(table);
        for (Snapshot side : Snapshot.values()) {
            boolean companies = ctx.pairings.spansCompanies(side, table);
            ctx.sql.forEach("SELECT kd, c, n FROM " + p.dups(side), List.of(), row -> ctx.report(rule, table, side,
                    row.text("kd"), "Key " + row.text("kd") + ofCompany(companies, row.text("c")) + " occurs "
                            + row.number("n") + " times in the " + side.id() + "-migration " + table.id()
                            + " export; these records could not be paired.",
                    FindingValues.of(p.byId() ? "id" : "key", FindingValue.of(side, row.text("kd")),
                            "records", FindingValue.of(side, row.number("n")))));
        }
    }

    /** " of company X" when the table spans several companies, else nothing. */
    static String ofCompany(boolean companies, String company) {
        if (!companies) {
            return "";
        }
        return company == null || company.isBlank() ? " (no company)" : " of company " + company;
    }

    private static void unpaired(RuleDef rule, CheckContext ctx, TableKind table, Snapshot side) {
        boolean companies = ctx.pairings.spansCompanies(side, table);
        String sql = "SELECT " + ctx.pairings.displayKey(side, table, "u.rid") + " AS kd"
                + (companies ? ", " + Pairings.companyOf(side, table, "u.rid") + " AS co" : "") + " FROM ("
                + ctx.pairings.unpaired(table, side) + ") u";
        String what = table.displayName() + " ";
        ctx.sql.forEach(sql, List.of(), row -> {
            String named = row.text("kd") + ofCompany(companies, companies ? row.text("co") : null);
            ctx.report(rule, table, side, row.text("kd"), side == Snapshot.PRE
                    ? what + named + " of the pre-migration export has no counterpart after the migration."
                    : what + named + " is in the post-migration export but not in the pre-migration one.",
                    Map.of("key", FindingValue.of(side, row.text("kd"))));
        });
    }

    private static void changed(RuleDef rule, CheckContext ctx, TableKind table) {
        List<ColumnDef> columns = Compared.columns(table, ctx.availability.columns(Snapshot.PRE, table),
                ctx.availability.columns(Snapshot.POST, table));
        ProductChange product = ProductChange.of(ctx, table);
        if (columns.isEmpty() && product == null) {
            return;
        }
        boolean companies = ctx.pairings.spansCompanies(Snapshot.POST, table);
        StringBuilder select = new StringBuilder("SELECT " + ctx.pairings.displayKey(Snapshot.POST, table, "b.row_id")
                + " AS kd" + (companies ? ", b.company AS co" : ""));
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        Object abs = ctx.profile.decimal("recAbsTolerance");
        Object rel = ctx.profile.decimal("recRelTolerance");
        for (ColumnDef c : columns) {
            String differs = inFilesWith(ctx, table, c.name(), Compared.differs(c));
            select.append(", a.").append(c.name()).append(" AS a_").append(c.name()).append(", b.").append(c.name())
                    .append(" AS b_").append(c.name()).append(", CASE WHEN ").append(differs)
                    .append(" THEN TRUE ELSE FALSE END AS d_").append(c.name());
            conditions.add("(" + differs + ")");
        }
        Map<String, ColumnDef> defs = new LinkedHashMap<>();
        columns.forEach(c -> defs.put(c.name(), c));
        for (ColumnDef c : columns) {
            if (Compared.usesTolerance(c)) {
                params.add(abs);
                params.add(rel);
            }
        }
        if (product != null) {
            select.append(", a.product AS a_product, b.product AS b_product, CASE WHEN ").append(product.differs())
                    .append(" THEN TRUE ELSE FALSE END AS d_product");
            conditions.add("(" + product.differs() + ")");
        }
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        select.append(" FROM ").append(ctx.pairings.pairedRows(table))
                .append(" WHERE ").append(String.join(" OR ", conditions));
        List<String> names = new ArrayList<>(columns.stream().map(ColumnDef::name).toList());
        if (product != null) {
            names.add("product");
        }
        ctx.sql.forEach(select.toString(), all, row -> {
            Map<String, FindingValue> values = new LinkedHashMap<>();
            List<String> changes = new ArrayList<>();
            for (String c : names) {
                if (Boolean.TRUE.equals(row.get("d_" + c))) {
                    String before = ValueText.of(table, c, row.get("a_" + c));
                    String after = ValueText.of(table, c, row.get("b_" + c));
                    if (defs.containsKey(c) && Compared.sameValue(defs.get(c), before, after)) {
                        continue;
                    }
                    values.put(c, FindingValue.both(before, after));
                    changes.add(c.replace('_', ' ') + " '" + before + "' → '" + after + "'");
                }
            }
            if (changes.isEmpty()) {
                return;
            }
            String became = becameReturn(row) ? " The line became a return." : "";
            ctx.report(rule, table, Snapshot.POST, row.text("kd"), table.displayName() + " " + row.text("kd")
                    + ofCompany(companies, companies ? row.text("co") : null) + " changed in the migration: "
                    + String.join("; ", changes) + "." + became, values);
        });
    }

    /**
     * A column compared only where both rows' files carried it: a row of a file without the
     * column has no value there, not an empty one.
     */
    private static String inFilesWith(CheckContext ctx, TableKind table, String column, String differs) {
        List<String> without = new ArrayList<>();
        for (Snapshot side : Snapshot.values()) {
            List<Availability.File> lacking = ctx.availability.lacking(side, table, column);
            if (!lacking.isEmpty()) {
                without.add((side == Snapshot.PRE ? "a." : "b.") + SqlNames.IMPORT_ID + " NOT IN (" + String.join(", ",
                        lacking.stream().map(f -> String.valueOf(f.importId())).toList()) + ")");
            }
        }
        return without.isEmpty() ? differs : "(" + differs + ") AND " + String.join(" AND ", without);
    }

    /** A line whose quantity was not negative before and is after: a sale turned into a return. */
    private static boolean becameReturn(dev.p2caudit.store.Sql.Row row) {
        if (!Boolean.TRUE.equals(row.get("d_quantity"))) {
            return false;
        }
        java.math.BigDecimal before = row.decimal("a_quantity");
        java.math.BigDecimal after = row.decimal("b_quantity");
        return after != null && after.signum() < 0 && (before == null || before.signum() >= 0);
    }

    static String dataTable(Snapshot side, TableKind table) {
        return SqlNames.dataTable(side, table);
    }
}
