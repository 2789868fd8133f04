package dev.p2caudit.generate;

import static dev.p2caudit.model.TableKind.INVOICE;
import static dev.p2caudit.model.TableKind.INVOICE_LINE;

import dev.p2caudit.model.Snapshot;
import java.time.LocalDateTime;

/**
 * Invoices flow from SCM to Sales only: one per invoiced order, with a line per order line.
 * They reference the order by its number and the customer by account number, as SCM does.
 */
final class InvoiceRows {

    private final World world;

    InvoiceRows(World world) {
        this.world = world;
    }

    static String number(long v) {
        return "CIV-" + CountryNames.pad(1000 + v, 6);
    }

    LocalDateTime invoiceDate(long v) {
        return world.orders.fulfilled(v).plusDays(1).plusHours(10).plusMinutes(30);
    }

    Row invoice(Snapshot s, long v) {
        Row order = world.order(s, v);
        int account = world.orders.customerOf(v);
        String country = PartyRows.company(account).country();
        Row r = new Row(INVOICE, s, v);
        r.set("id", Rng.guid(world.seed, 8, v)).set("invoice_number", number(v))
                .set("order_ref", world.orders.key(order)).set("customer", world.parties.accountNumber(account))
                .set("invoice_date", invoiceDate(v)).set("total_amount", order.decimal("total_amount"));
        if (s == Snapshot.PRE) {
            r.set("status", v % 3 == 0 ? 0 : 2);
        } else {
            r.set("company", CountryNames.company(country));
        }
        r.extra("currency", CountryNames.currency(country));
        r.extra("payment_terms", v % 2 == 0 ? "Net 30" : "Net 10 days");
        r.extra("due_date", invoiceDate(v).toLocalDate().plusDays(30).atStartOfDay());
        r.extra("modified_on", world.modifiedOn(s, Rng.of(world.seed, 48, v)));
        return r;
    }

    int lineCount(long v) {
        return world.orders.lineCount(v);
    }

    Row line(Snapshot s, Row invoice, int n) {
        long v = invoice.ordinal;
        DocumentRows.BaseLine base = world.orders.baseLine(v, n);
        Row r = new Row(INVOICE_LINE, s, v * SeedPlan.LINE_FACTOR + n);
        r.set("id", Rng.guid(world.seed, 9, r.ordinal)).set("invoice_ref", invoice.text("invoice_number"))
                .set("line_number", (long) n)
                .set("product", ProductRows.number(base.product())).set("quantity", base.quantity())
                .set("price_per_unit", base.price()).set("full_discount", base.fullDiscount())
                .set("extended_amount", base.extended());
        if (s == Snapshot.POST) {
            r.set("company", invoice.text("company"));
        }
        r.extra("unit", world.products.unit(base.product()));
        r.extra("invoice_date", invoice.get("invoice_date"));
        r.extra("modified_on", world.modifiedOn(s, Rng.of(world.seed, 49, r.ordinal)));
        return r;
    }
}
