package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ORD-NUMBER, QUO-NUMBER (post): the F&O number (Sales Order Number, Quotation Number) empty or
 * not the Sales number (Order ID, Quote ID) — post's own column, else the paired pre record's.
 */
final class HeaderNumberFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        String number = rule.param("number");
        String sales = rule.param("salesNumber");
        boolean own = ctx.availability.has(Snapshot.POST, table, sales);
        boolean paired = ctx.pairings.possible(table) && ctx.availability.has(Snapshot.PRE, table, sales);
        String expected = own && paired ? "COALESCE(" + Keys.nz(sales) + ", NULLIF(TRIM(a." + sales + "), ''))"
                : own ? Keys.nz(sales) : paired ? "NULLIF(TRIM(a." + sales + "), '')" : "CAST(NULL AS VARCHAR)";
        String from = ctx.from(rule, Snapshot.POST);
        if (paired) {
            from += ctx.pairings.preJoin(table);
        }
        String sides = (own ? ", t." + sales + " AS own" : "") + (paired ? ", a." + sales + " AS pre" : "");
        String sql = "SELECT " + ctx.keys.key(Snapshot.POST, table) + " AS k, t." + number + " AS num, " + expected
                + " AS expected" + sides + " FROM " + from + " WHERE " + Keys.nz(number) + " IS NULL OR (" + expected
                + " IS NOT NULL AND UPPER(TRIM(t." + number + ")) <> UPPER(" + expected + "))";
        ctx.sql.forEach(sql, List.of(), row -> {
            String num = row.text("num") == null ? "" : row.text("num").trim();
            String exp = row.text("expected") == null ? "" : row.text("expected");
            String what = table == TableKind.ORDER ? "Order" : "Quote";
            String message = num.isEmpty()
                    ? what + " " + row.text("k") + " has no " + label(number) + (exp.isEmpty() ? "." : "; it should be " + exp + ".")
                    : what + " " + row.text("k") + " has " + label(number) + " " + num + ", not its " + label(sales) + " " + exp + ".";
            Map<String, FindingValue> values = new LinkedHashMap<>();
            values.put(number, FindingValue.post(num));
            values.put(sales, new FindingValue(paired ? text(row.text("pre")) : null, own ? text(row.text("own")) : null));
            ctx.report(rule, table, snapshot, row.text("k"), message, values);
        });
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    static String label(String column) {
        return switch (column) {
            case "sales_order_number" -> "Sales Order Number";
            case "order_id" -> "Order ID";
            case "quotation_number" -> "Quotation Number";
            case "quote_id" -> "Quote ID";
            default -> column;
        };
    }
}
