package dev.p2caudit.generate;

import static dev.p2caudit.generate.SeedPlan.LINE_FACTOR;
import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.ORDER;
import static dev.p2caudit.model.TableKind.ORDER_LINE;

import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;

/**
 * Seeds on order lines, on orders without invoices: sites and warehouses, the discount split
 * (the documented 3 × 3.33 + 0.01 = 10.00 example, lost and invented discounts, a suspicious
 * charge, an evenly dividing line), write-ins, returns, unknown products, unreadable cells.
 */
final class OrderLineSeeds {

    private OrderLineSeeds() {
    }

    static void register(World w) {
        long u = w.sizes.firstUninvoicedOrder();
        SeedPlan p = w.plan;
        for (long k = 30; k <= 44; k++) {
            p.lineCount(ORDER, u + k, 3);
        }
        sitesAndCompany(p, u);
        discounts(p, u);
        products(p, u);
        p.on("order-line-quantity-changed", ORDER_LINE, line(u + 40, 1)).in(POST)
                .because("quantity changed in SCM after the migration").expect("REC-CHANGED", POST)
                .change(r -> quantity(r, r.decimal("quantity").add(BigDecimal.ONE)));
        p.on("order-line-deleted", ORDER_LINE, line(u + 41, 2)).in(POST).because("line deleted in SCM")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
        p.on("order-line-bad-quantity", ORDER_LINE, line(u + 42, 1)).in(PRE)
                .because("Quantity '2 pcs' cannot be read: the row is rejected, so the SCM line has no partner")
                .expect("INPUT-REJECTED", PRE).expect("REC-EXTRA", POST).change(r -> r.raw("quantity", "2 pcs"));
        p.on("order-line-bad-discount", ORDER_LINE, line(u + 43, 2)).in(PRE)
                .because("Manual Discount 'n/a' cannot be read: the row is rejected")
                .expect("INPUT-REJECTED", PRE).change(r -> r.raw("full_discount", "n/a"));
        p.add("order-line-orphan", ORDER_LINE, ordinal -> s -> orphan(w, s, ordinal)).in(PRE)
                .because("line of an order that was deleted before the order export was taken")
                .expect("OLN-ORPHAN", PRE).expect("REC-MISSING", PRE);
    }

    static long line(long order, int n) {
        return order * LINE_FACTOR + n;
    }

    private static void sitesAndCompany(SeedPlan p, long u) {
        p.on("order-line-no-company", ORDER_LINE, line(u + 30, 1)).in(POST).because("line without Company")
                .expect("OLN-COMPANY", POST).change(r -> r.set("company", null));
        p.on("order-no-default-site", ORDER, u + 31).in(POST).because("order without a default shipping site")
                .change(r -> r.set("site", null));
        p.on("order-line-no-site", ORDER_LINE, line(u + 31, 1)).in(POST)
                .because("line without Site on an order without a default site").expect("OLN-SITE", POST)
                .change(r -> r.set("site", null));
        p.on("order-line-site-from-order", ORDER_LINE, line(u + 32, 1)).in(POST)
                .because("line without Site, but its order has a default site").mustNotTrigger("OLN-SITE", POST)
                .change(r -> r.set("site", null));
        p.on("order-no-default-warehouse", ORDER, u + 33).in(POST).because("order without a default warehouse")
                .change(r -> r.set("warehouse", null));
        p.on("order-line-no-warehouse", ORDER_LINE, line(u + 33, 1)).in(POST)
                .because("line without Warehouse on an order without a default warehouse")
                .expect("OLN-WAREHOUSE", POST).change(r -> r.set("warehouse", null));
        p.on("order-line-warehouse-from-order", ORDER_LINE, line(u + 34, 1)).in(POST)
                .because("line without Warehouse, but its order has a default warehouse")
                .mustNotTrigger("OLN-WAREHOUSE", POST).change(r -> r.set("warehouse", null));
    }

    private static void discounts(SeedPlan p, long u) {
        p.on("order-line-charge-missing", ORDER_LINE, line(u + 35, 1)).in(PRE, POST)
                .because("quantity 3, full discount 10.00, line discount 3.33, but no sales charge: 0.01 lost")
                .expect("OLN-ROUNDING", POST).change(r -> discount(r, 3, "10.00", "3.33", null));
        p.on("order-line-discount-wrong", ORDER_LINE, line(u + 35, 2)).in(PRE, POST)
                .because("quantity 3, full discount 10.00, but line discount 3.00 and charge 0.01: 0.99 lost")
                .expect("OLN-ROUNDING", POST).change(r -> discount(r, 3, "10.00", "3.00", "0.01"));
        p.on("order-line-documented-split", ORDER_LINE, line(u + 36, 1)).in(PRE, POST)
                .because("the documented example: quantity 3, full discount 10.00 -> 3.33 per unit and a 0.01 charge")
                .expect("OLN-ROUNDING-DELTA", POST).mustNotTrigger("OLN-ROUNDING", POST)
                .mustNotTrigger("OLN-CHARGE-SUSPECT", POST).change(r -> discount(r, 3, "10.00", "3.33", "0.01"));
        p.on("order-line-suspicious-charge", ORDER_LINE, line(u + 36, 2)).in(PRE, POST)
                .because("quantity 2, full discount 10.00, line discount 4.00 and a 2.00 charge: it adds up, but "
                        + "2.00 is no rounding residue")
                .expect("OLN-CHARGE-SUSPECT", POST).mustNotTrigger("OLN-ROUNDING", POST)
                .change(r -> discount(r, 2, "10.00", "4.00", "2.00"));
        p.on("order-line-even-split", ORDER_LINE, line(u + 36, 3)).in(PRE, POST)
                .because("quantity 4, full discount 10.00 -> 2.50 per unit, nothing left over")
                .mustNotTrigger("OLN-ROUNDING", POST).mustNotTrigger("OLN-ROUNDING-DELTA", POST)
                .mustNotTrigger("OLN-CHARGE-SUSPECT", POST).change(r -> discount(r, 4, "10.00", "2.50", "0.00"));
    }

    private static void products(SeedPlan p, long u) {
        p.on("order-line-write-in", ORDER_LINE, line(u + 44, 2)).in(PRE, POST)
                .because("write-in product instead of a catalogue product").expect("OLN-WRITEIN", PRE)
                .change(r -> {
                    r.set("product", null);
                    r.set("write_in_product", r.snapshot == PRE ? "Custom bracket, 12\" steel\nfitted on site" : null);
                    r.extra("description", "Custom bracket, 12\" steel\nfitted on site");
                });
        p.on("order-line-return", ORDER_LINE, line(u + 38, 1)).in(PRE, POST)
                .because("negative quantity: a return, which dual-write does not support")
                .expect("OLN-RETURN", PRE, POST).change(r -> quantity(r, new BigDecimal("-2")));
        p.on("order-line-unknown-product", ORDER_LINE, line(u + 39, 1)).in(PRE, POST)
                .because("product D9999 is in neither product export").expect("OLN-PRODUCT", PRE, POST)
                .change(r -> r.set("product", "D9999"));
    }

    private static Row orphan(World w, Snapshot s, long ordinal) {
        Row r = new Row(ORDER_LINE, s, ordinal);
        BigDecimal price = w.products.price(2);
        r.set("id", Rng.guid(w.seed, 112, ordinal)).set("order_ref", "ORD-00999").set("line_number", 1L)
                .set("product", ProductRows.number(2)).set("quantity", BigDecimal.ONE).set("price_per_unit", price)
                .set("full_discount", Money.ZERO).set("extended_amount", price);
        r.extra("header_customer", "Contoso Ltd");
        return r;
    }

    /** A discounted line: full discount on both sides; SCM's split (line discount, charge) after. */
    static void discount(Row r, int quantity, String full, String perUnit, String charge) {
        BigDecimal q = BigDecimal.valueOf(quantity);
        BigDecimal f = new BigDecimal(full);
        r.set("quantity", q).set("full_discount", f)
                .set("extended_amount", q.multiply(r.decimal("price_per_unit")).subtract(f));
        if (r.snapshot == POST) {
            r.set("line_discount", new BigDecimal(perUnit))
                    .set("sales_charge", charge == null ? null : new BigDecimal(charge));
        }
    }

    /** A new quantity, no discount. */
    static void quantity(Row r, BigDecimal quantity) {
        r.set("quantity", quantity).set("full_discount", Money.ZERO)
                .set("extended_amount", quantity.multiply(r.decimal("price_per_unit")));
        if (r.snapshot == POST) {
            r.set("line_discount", Money.ZERO).set("sales_charge", Money.ZERO);
        }
    }
}
