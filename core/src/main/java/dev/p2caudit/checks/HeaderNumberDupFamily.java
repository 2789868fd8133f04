package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ORD-NUMBER-DUP, QUO-NUMBER-DUP: a number on two records of one company within a snapshot; and,
 * on post, a post record whose number is the Sales number of a pre record it is not paired with
 * (an SCM-created order that took a migrated order's number). One finding per number.
 */
final class HeaderNumberDupFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        String column = snapshot == Snapshot.POST ? rule.param("number") : rule.param("salesNumber");
        if (!ctx.availability.has(snapshot, table, column)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        String label = HeaderNumberFamily.label(column);
        NumberDupFamily.duplicates(ctx, ctx.from(rule, snapshot), column, (number, company, count) -> {
            reported.add(number.toUpperCase(Locale.ROOT));
            ctx.report(rule, table, snapshot, number, label + " " + number + " is on " + count + " " + plural(table)
                    + (company.isEmpty() ? "" : " of company " + company) + "; F&O allows it once per company.",
                    NumberDupFamily.values(snapshot, column, number, company, count));
        });
        if (snapshot == Snapshot.POST && ctx.pairings.possible(table)
                && ctx.availability.has(Snapshot.PRE, table, rule.param("salesNumber"))) {
            acrossSnapshots(rule, ctx, table, column, reported);
        }
    }

    private static void acrossSnapshots(RuleDef rule, CheckContext ctx, TableKind table, String column, Set<String> reported) {
        String sales = rule.param("salesNumber");
        // Normalised numbers in working tables, shared by ORD- and QUO-NUMBER-DUP's post runs.
        String pre = numbers(ctx, Snapshot.PRE, table, sales);
        String post = numbers(ctx, Snapshot.POST, table, column);
        String sql = "SELECT DISTINCT b.raw AS num FROM " + post + " b JOIN " + pre + " a ON a.n = b.n"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + ctx.pairings.pairsTable(table) + " x WHERE x.pre_rid = a.rid AND x.post_rid = b.rid)";
        ctx.sql.forEach(sql, List.of(), row -> {
            String number = row.text("num");
            if (reported.add(number.toUpperCase(Locale.ROOT))) {
                ctx.report(rule, table, Snapshot.POST, number, HeaderNumberFamily.label(column) + " " + number
                        + " of a post-migration " + singular(table) + " is the " + HeaderNumberFamily.label(sales)
                        + " of a different pre-migration " + singular(table) + ": the two number sequences collided.",
                        FindingValues.of(column, FindingValue.post(number), sales, FindingValue.pre(number)));
            }
        });
    }

    /** (rid, n, raw): each row's number, normalised. */
    private static String numbers(CheckContext ctx, Snapshot side, TableKind table, String column) {
        String name = "num_" + SqlNames.dataTable(side, table);
        ctx.temp.createOnce(name, "SELECT t.row_id AS rid, UPPER(TRIM(t." + column + ")) AS n, TRIM(t." + column
                + ") AS raw FROM " + SqlNames.dataTable(side, table) + " t WHERE " + Keys.nz(column) + " IS NOT NULL",
                List.of());
        return name;
    }

    private static String plural(TableKind table) {
        return table == TableKind.ORDER ? "orders" : "quotes";
    }

    private static String singular(TableKind table) {
        return table == TableKind.ORDER ? "order" : "quote";
    }
}
