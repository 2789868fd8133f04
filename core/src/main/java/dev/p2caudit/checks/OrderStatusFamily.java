package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.List;
import java.util.Map;

/**
 * ORD-STATUS: an order an invoice of the snapshot references whose status is not Invoiced, or
 * an order neither Active nor Invoiced. An order without a status is not judged.
 */
final class OrderStatusFamily implements CheckFamily {

    private static final int ACTIVE = 0;
    private static final int INVOICED = 4;

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        String invoiced = invoicedOrders(snapshot, ctx);
        String invoicedTest = invoiced == null ? "FALSE" : "EXISTS(SELECT 1 FROM " + invoiced + " i WHERE i.rid = t.row_id)";
        // Only the orders at fault leave the store: a quarter of a million healthy orders are not read into Java.
        String sql = "SELECT " + Keys.headerKey(snapshot, table) + " AS k, t.status, " + invoicedTest + " AS has_invoice FROM "
                + SqlNames.dataTable(snapshot, table) + " t WHERE t.status IS NOT NULL AND (t.status NOT IN (" + ACTIVE
                + ", " + INVOICED + ") OR t.status <> " + INVOICED + " AND " + invoicedTest + ")";
        ctx.sql.forEach(sql, List.of(), row -> {
            int status = ((Number) row.get("status")).intValue();
            boolean hasInvoice = Boolean.TRUE.equals(row.get("has_invoice"));
            String label = ValueText.of(table, "status", status);
            String message;
            if (hasInvoice && status != INVOICED) {
                message = "Order " + row.text("k") + " has a synced invoice but its status is " + label + ", not Invoiced.";
            } else if (status != ACTIVE && status != INVOICED) {
                message = "Order " + row.text("k") + " is " + label + ": neither Active nor Invoiced, so SCM changes stop flowing to it.";
            } else {
                return;
            }
            ctx.report(rule, table, snapshot, row.text("k"), message, FindingValues.of("status", FindingValue.of(snapshot, label),
                    "invoiced", FindingValue.of(snapshot, hasInvoice ? "Yes" : "No")));
        });
    }

    /** Row ids of orders that an invoice of the snapshot references; {@code null} without invoices. */
    private static String invoicedOrders(Snapshot snapshot, CheckContext ctx) {
        if (!ctx.availability.has(snapshot, TableKind.INVOICE, "order_ref")) {
            return null;
        }
        String name = "invoiced_" + snapshot.id();
        ctx.temp.createOnce(name, "SELECT DISTINCT r.rid FROM " + SqlNames.dataTable(snapshot, TableKind.INVOICE) + " i JOIN "
                + ctx.keys.refMap(snapshot, TableKind.ORDER) + " r ON r.ref = UPPER(TRIM(i.order_ref))", List.of());
        return name;
    }
}
