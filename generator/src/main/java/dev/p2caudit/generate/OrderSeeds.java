package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.ORDER;

import dev.p2caudit.generate.DocumentRows.Kind;
import java.math.BigDecimal;

/**
 * Seeds on order headers. They sit on orders without invoices ({@code u(k)}), so invoices stay
 * consistent, except the status seed that needs an invoiced order.
 */
final class OrderSeeds {

    private OrderSeeds() {
    }

    static void register(World w) {
        int u = w.sizes.firstUninvoicedOrder();
        SeedPlan p = w.plan;
        numbers(w, p, u);
        bootstrap(w, p, u);
        status(p, u);
        p.on("order-deleted", ORDER, u + 23).in(POST).because("order deleted in Sales between the two exports, lines too")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
        p.on("order-total-recalculated", ORDER, u + 24).in(POST).because("SCM recalculated the header total")
                .expect("REC-CHANGED", POST).expect("REC-TOTALS", POST)
                .change(r -> r.set("total_amount", r.decimal("total_amount").add(new BigDecimal("0.50"))));
        p.on("order-freight-rounding", ORDER, u + 25).in(POST)
                .because("freight and total 0.004 off: within the 0.005 tolerance")
                .mustNotTrigger("REC-CHANGED", POST)
                .change(r -> r.set("freight_amount", r.decimal("freight_amount").add(new BigDecimal("0.004")))
                        .set("total_amount", r.decimal("total_amount").add(new BigDecimal("0.004"))));
        p.on("order-shipping-airborne", ORDER, u + 27).in(PRE).because("Shipping Method 'Airborne' before the migration")
                .expect("ORD-VALUEMAP", PRE).change(r -> r.set("shipping_method", "Airborne"));
        p.on("order-shipping-cleared", ORDER, u + 27).in(POST).because("Shipping Method cleared during the bootstrap")
                .expect("REC-CHANGED", POST).change(r -> r.set("shipping_method", null));
    }

    private static void numbers(World w, SeedPlan p, int u) {
        p.on("order-number-empty", ORDER, u + 6).in(POST)
                .because("Sales Order Number left empty: the order never reached SCM, so the SCM export has none "
                        + "of its lines")
                .expect("ORD-NUMBER", POST)
                .change(r -> {
                    r.set("sales_order_number", null);
                    r.dropLines = true;
                });
        // With its lines: they pair through the order's pairing, so the typo is one finding, not a
        // cascade of missing and extra lines.
        p.on("order-number-typo", ORDER, u + 7).in(POST).because("Sales Order Number typed without the leading zero")
                .expect("ORD-NUMBER", POST).mustNotTrigger("REC-MISSING", PRE).mustNotTrigger("REC-EXTRA", POST)
                .change(r -> r.set("sales_order_number", r.text("order_id").replace("-0", "-")));
        p.lineCount(ORDER, u + 8, 0);
        p.on("order-number-taken-by-scm", ORDER, u + 8).in(PRE, POST)
                .because("a Sales order (without lines) whose number SCM's number sequence handed out again");
        String taken = w.orders.number(u + 8);
        p.add("order-scm-same-number", ORDER,
                        ordinal -> s -> ScmDocuments.header(w, Kind.ORDER, s, ordinal, u + 8, taken, 2)).in(POST)
                .because("SCM created an order with a number Sales had already used: overlapping number sequences")
                .expect("ORD-NUMBER-DUP", POST).expect("ORD-NUMSEQ", POST).expect("REC-EXTRA", POST);
        ScmDocuments.addLines(w, Kind.ORDER, "order-scm-same-number", u + 8, taken, 2,
                "line of the SCM order that reused a Sales number").forEach(seed -> seed.expect("REC-EXTRA", POST));
        p.add("order-scm-own-prefix", ORDER,
                        ordinal -> s -> ScmDocuments.header(w, Kind.ORDER, s, ordinal, 50, "DE-SO-000123", 2)).in(POST)
                .because("SCM order with SCM's own prefix: no clash with Sales numbers").expect("REC-EXTRA", POST);
        ScmDocuments.addLines(w, Kind.ORDER, "order-scm-own-prefix", 50, "DE-SO-000123", 2,
                "line of an SCM order").forEach(seed -> seed.expect("REC-EXTRA", POST));
        ScmDocuments.addLines(w, Kind.ORDER, "order-line-without-order", 50, "DE-SO-000124", 2,
                        "line of an SCM order that is not in the Sales order export (created after it)")
                .forEach(seed -> seed.expect("OLN-ORPHAN", POST).expect("REC-EXTRA", POST));
    }

    private static void bootstrap(World w, SeedPlan p, int u) {
        p.on("order-no-company", ORDER, u + 5).in(POST).because("the bootstrap left Company empty")
                .expect("ORD-COMPANY", POST).change(r -> r.set("company", null));
        p.on("order-no-invoice-customer", ORDER, u + 9).in(POST).because("Invoice Customer left empty")
                .expect("ORD-INVCUST", POST).change(r -> r.set("invoice_customer", null));
        p.on("order-other-invoice-customer", ORDER, u + 10).in(POST)
                .because("Invoice Customer is another account than the Customer").expect("ORD-INVCUST", POST)
                .change(r -> r.set("invoice_customer", w.account(r.snapshot,
                        (w.orders.customerOf(u + 10) + 1) % w.sizes.activeCustomers()).text("name")));
        p.on("order-country-code", ORDER, u + 11).in(PRE, POST)
                .because("Ship To Country/Region written as an ISO code where the other orders use names")
                .expect("ORD-COUNTRY", PRE, POST)
                .change(r -> r.set("ship_to_country", PartyRows.company(w.orders.customerOf(u + 11)).country()));
        p.on("order-country-empty", ORDER, u + 12).in(PRE, POST).because("Ship To Country/Region empty")
                .expect("ORD-COUNTRY", PRE, POST).change(r -> r.set("ship_to_country", null));
        p.on("order-country-german", ORDER, u + 13).in(PRE, POST)
                .because("Ship To Country/Region 'Deutschland': not an English country name")
                .expect("ORD-COUNTRY", PRE, POST).change(r -> r.set("ship_to_country", "Deutschland"));
        p.on("order-no-receipt-date", ORDER, u + 14).in(POST)
                .because("Requested Receipt Date not set; Requested Delivery Date is there as the fallback")
                .expect("ORD-RECEIPT-DATE", POST).change(r -> r.set("requested_receipt_date", null));
        p.on("order-no-dates", ORDER, u + 15).in(PRE, POST)
                .because("neither Requested Receipt Date nor Requested Delivery Date: the fallback is Date Submitted")
                .expect("ORD-RECEIPT-DATE", POST)
                .change(r -> r.set("requested_delivery_date", null).set("requested_receipt_date", null));
        p.on("order-no-language", ORDER, u + 16).in(POST).because("Language left empty")
                .expect("ORD-LANGUAGE", POST).change(r -> r.set("language", null));
        p.on("order-unknown-language", ORDER, u + 17).in(POST)
                .because("Language holds an option code that is no known language")
                .expect("ORD-LANGUAGE", POST).change(r -> r.set("language", "192350099"));
        p.on("order-work-based", ORDER, u + 18).in(POST).because("Order Type 'Work based': dual-write will not sync it")
                .expect("ORD-TYPE", POST).change(r -> r.set("order_type", 192_350_001));
        p.on("order-no-type", ORDER, u + 19).in(POST).because("Order Type left empty")
                .expect("ORD-TYPE", POST).change(r -> r.set("order_type", null));
    }

    private static void status(SeedPlan p, int u) {
        p.on("order-invoiced-but-active", ORDER, 20).in(PRE, POST)
                .because("the order has an invoice, but its status is still Active")
                .expect("ORD-STATUS", PRE, POST).change(r -> DocumentRows.orderState(r, 0));
        p.on("order-fulfilled", ORDER, u + 21).in(PRE, POST)
                .because("status Fulfilled: neither Active nor Invoiced, SCM changes stop flowing")
                .expect("ORD-STATUS", PRE, POST).change(r -> DocumentRows.orderState(r, 3));
        p.on("order-canceled-before", ORDER, u + 22).in(PRE).because("status Canceled before the migration")
                .expect("ORD-STATUS", PRE).change(r -> DocumentRows.orderState(r, 2));
        p.on("order-reactivated", ORDER, u + 22).in(POST).because("reactivated during the migration: Active again")
                .mustNotTrigger("ORD-STATUS", POST);
        p.on("order-invoiced-in-scm", ORDER, u + 26).in(POST)
                .because("SCM invoiced the order after the migration; its status has not come back as Invoiced")
                .expect("ORD-STATUS", POST);
    }
}
