package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ORD-RECEIPT-DATE, QUO-RECEIPT-DATE: Requested Receipt Date empty; the message proposes the
 * guidance's fallback: Requested Delivery Date, Date Fulfilled, Date Submitted — the record's
 * own, else its paired pre record's.
 */
final class ReceiptDateFamily implements CheckFamily {

    private static final List<String> FALLBACK = List.of("requested_delivery_date", "date_fulfilled", "date_submitted");

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        boolean paired = snapshot == Snapshot.POST && ctx.pairings.possible(table);
        StringBuilder select = new StringBuilder("SELECT " + ctx.keys.key(snapshot, table) + " AS k");
        for (String column : FALLBACK) {
            select.append(", ").append(ctx.availability.has(snapshot, table, column) ? "t." + column : "NULL")
                    .append(" AS own_").append(column);
            select.append(", ").append(paired && ctx.availability.has(Snapshot.PRE, table, column) ? "a." + column : "NULL")
                    .append(" AS pre_").append(column);
        }
        select.append(" FROM ").append(ctx.from(rule, snapshot)).append(paired ? ctx.pairings.preJoin(table) : "")
                .append(" WHERE t.requested_receipt_date IS NULL");
        ctx.sql.forEach(select.toString(), List.of(), row -> {
            Map<String, FindingValue> values = new LinkedHashMap<>();
            values.put("requested_receipt_date", FindingValue.of(snapshot, ""));
            String proposal = null;
            for (String side : List.of("own_", "pre_")) {
                for (String column : FALLBACK) {
                    Object value = row.get(side + column);
                    if (value != null && proposal == null) {
                        proposal = ValueText.of(table, column, value) + " (" + column.replace('_', ' ')
                                + (side.equals("pre_") ? ", from the pre-migration export" : "") + ")";
                        values.put(column, side.equals("pre_") ? FindingValue.pre(ValueText.of(table, column, value))
                                : FindingValue.of(snapshot, ValueText.of(table, column, value)));
                    }
                }
            }
            String what = (table == TableKind.ORDER ? "Order " : "Quote ") + row.text("k");
            ctx.report(rule, table, snapshot, row.text("k"), what + " has no Requested Receipt Date; "
                    + (proposal == null ? "no fallback date either, set one by hand." : "use " + proposal + "."), values);
        });
    }
}
