package dev.p2caudit.generate;

import static dev.p2caudit.generate.OrderLineSeeds.line;
import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.INVOICE;
import static dev.p2caudit.model.TableKind.INVOICE_LINE;

import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Seeds on invoices: free-text invoices, credit notes, orphans, an unreadable date, changes. */
final class InvoiceSeeds {

    private InvoiceSeeds() {
    }

    static void register(World w) {
        SeedPlan p = w.plan;
        long u = w.sizes.firstUninvoicedOrder();
        p.add("invoice-free-text", INVOICE, ordinal -> s -> invoice(w, s, ordinal, "FTI-000001", null, 3,
                        new BigDecimal("480.00"))).in(PRE, POST)
                .because("free-text invoice: no sales order, filtered out by dual-write")
                .expect("INV-FREETEXT", PRE, POST);
        p.add("invoice-free-text-line", INVOICE_LINE, ordinal -> s -> invoiceLine(w, s, ordinal, "FTI-000001", 45, "1",
                "480.00")).in(PRE, POST).because("the free-text invoice's only line");
        p.add("invoice-credit-note", INVOICE, ordinal -> s -> invoice(w, s, ordinal, "CCN-000001",
                        w.orders.key(w.order(s, 5)), w.orders.customerOf(5), new BigDecimal("-150.00"))).in(PRE, POST)
                .because("credit note with a negative total: not synced").expect("INV-CREDIT", PRE, POST);
        p.add("invoice-credit-note-line", INVOICE_LINE, ordinal -> s -> invoiceLine(w, s, ordinal, "CCN-000001", 46, "-1",
                "150.00")).in(PRE, POST).because("the credit note's line: one unit returned");
        p.add("invoice-line-orphan", INVOICE_LINE, ordinal -> s -> invoiceLine(w, s, ordinal, "CIV-009999", 47, "2",
                "35.00")).in(PRE, POST).because("line of an invoice that is in neither invoice export")
                .expect("ILN-ORPHAN", PRE, POST);
        p.on("invoice-bad-date", INVOICE, 50).in(POST)
                .because("Invoice Date '13/25/2020 9:30' cannot be read: the row is rejected, so the invoice is missing "
                        + "after the migration and its lines are orphans")
                .expect("INPUT-REJECTED", POST).expect("REC-MISSING", PRE)
                .change(r -> r.raw("invoice_date", "13/25/2020 9:30"));
        p.on("invoice-no-date", INVOICE, 51).in(PRE, POST)
                .because("pro-forma invoice without a date: empty in Sales, 1/1/1900 in the SCM export, equal")
                .mustNotTrigger("REC-CHANGED", POST).change(r -> r.set("invoice_date", null));
        p.on("invoice-total-changed", INVOICE, 52).in(POST).because("invoice total corrected in SCM")
                .expect("REC-CHANGED", POST)
                .change(r -> r.set("total_amount", r.decimal("total_amount").add(new BigDecimal("1.00"))));
        p.on("invoice-line-quantity-changed", INVOICE_LINE, line(53, 1)).in(POST)
                .because("invoiced quantity changed in SCM").expect("REC-CHANGED", POST)
                .change(r -> r.set("quantity", r.decimal("quantity").add(BigDecimal.ONE)));
        String late = InvoiceRows.number(900_000);
        p.add("invoice-after-migration", INVOICE, ordinal -> s -> invoice(w, s, ordinal, late,
                        w.orders.key(w.order(s, u + 26)), w.orders.customerOf(u + 26),
                        w.order(s, u + 26).decimal("total_amount"))).in(POST)
                .because("invoice created in SCM after the migration for an open order").expect("REC-EXTRA", POST);
        p.add("invoice-after-migration-line", INVOICE_LINE, ordinal -> s -> invoiceLine(w, s, ordinal, late, 48, "1",
                "99.00")).in(POST).because("line of the invoice created after the migration")
                .expect("REC-EXTRA", POST);
    }

    private static Row invoice(World w, Snapshot s, long ordinal, String number, String order, int account,
                               BigDecimal total) {
        Row r = new Row(INVOICE, s, ordinal);
        LocalDateTime date = World.day(2021, 2, 26).plusHours(11);
        r.set("id", Rng.guid(w.seed, 114, ordinal)).set("invoice_number", number).set("order_ref", order)
                .set("customer", w.parties.accountNumber(account)).set("invoice_date", date).set("total_amount", total);
        String country = PartyRows.company(account).country();
        if (s == PRE) {
            r.set("status", 2);
        } else {
            r.set("company", CountryNames.company(country));
        }
        r.extra("currency", CountryNames.currency(country)).extra("payment_terms", "Net 30")
                .extra("due_date", date.toLocalDate().plusDays(30).atStartOfDay()).extra("modified_on", date);
        return r;
    }

    private static Row invoiceLine(World w, Snapshot s, long ordinal, String invoice, long product, String quantity,
                            String price) {
        Row r = new Row(INVOICE_LINE, s, ordinal);
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal p = new BigDecimal(price);
        r.set("id", Rng.guid(w.seed, 115, ordinal)).set("invoice_ref", invoice).set("line_number", 1L)
                .set("product", ProductRows.number(product)).set("quantity", q).set("price_per_unit", p)
                .set("full_discount", Money.ZERO).set("extended_amount", q.multiply(p));
        if (s == POST) {
            r.set("company", "USMF");
        }
        r.extra("unit", "ea").extra("invoice_date", World.day(2021, 2, 26).plusHours(11))
                .extra("modified_on", World.day(2021, 2, 26).plusHours(12));
        return r;
    }
}
