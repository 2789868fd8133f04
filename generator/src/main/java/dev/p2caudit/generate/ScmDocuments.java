package dev.p2caudit.generate;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Records that exist only after the migration because SCM created them and dual-write synced
 * them to Sales: orders and quotes with SCM's numbers, and their lines.
 */
final class ScmDocuments {

    private ScmDocuments() {
    }

    /**
     * A header created in SCM.
     *
     * @param like   a regular header whose customer, company and country the new one shares
     * @param number SCM's number, used as Sales' ID too
     * @param lines  how many lines it has (see {@link #line})
     */
    static Row header(World w, DocumentRows.Kind kind, Snapshot s, long ordinal, long like, String number, int lines) {
        Row model = w.header(kind, s, like);
        Row r = new Row(kind.header(), s, ordinal);
        BigDecimal total = Money.ZERO;
        for (int n = 1; n <= lines; n++) {
            total = total.add(line(w, kind, s, 0, model, number, n).decimal("extended_amount"));
        }
        LocalDateTime created = World.POST_EXPORT.minusDays(6 + ordinal % 5);
        r.set("id", Rng.guid(w.seed, 110, ordinal)).set(kind.idColumn(), number).set(kind.numberColumn(), number)
                .set("name", kind == DocumentRows.Kind.ORDER ? "Rush order (SCM)" : "Quotation (SCM)")
                .set("company", model.get("company")).set("customer", model.get("customer"))
                .set("invoice_customer", model.get("customer")).set("ship_to_country", model.get("ship_to_country"))
                .set("requested_receipt_date", created.toLocalDate().plusDays(7).atStartOfDay())
                .set("requested_delivery_date", created.toLocalDate().plusDays(7).atStartOfDay())
                .set("language", model.get("language")).set("order_type", OptionSet.ITEM_BASED)
                .set("site", model.get("site")).set("warehouse", model.get("warehouse"))
                .set("currency", model.get("currency")).set("total_amount", total)
                .set("discount_amount", Money.ZERO).set("freight_amount", Money.ZERO)
                .set("delivery_mode", model.get("delivery_mode"));
        if (kind == DocumentRows.Kind.ORDER) {
            r.set("date_submitted", created).set("processing_status", "192350000");
            DocumentRows.orderState(r, 0);
        } else {
            r.set("status", 1).set("status_reason", "Open").set("processing_status", "Created");
        }
        r.extra("owner", "SCM integration");
        r.extra("modified_on", created);
        return r;
    }

    /**
     * Line {@code n} of the SCM header {@code number}; {@code model} gives company, site and
     * warehouse. The product follows from number and line, so header totals and lines agree.
     */
    static Row line(World w, DocumentRows.Kind kind, Snapshot s, long ordinal, Row model, String number, int n) {
        long product = ((number.hashCode() & 0x7FFF) + n * 3L) % (w.sizes.products() - 1);
        BigDecimal quantity = BigDecimal.valueOf(n + 1);
        BigDecimal price = w.products.price(product);
        Row r = new Row(kind.line(), s, ordinal);
        r.set("id", Rng.guid(w.seed, 111, r.ordinal)).set(kind.refColumn(), number).set("line_number", (long) n)
                .set("product", ProductRows.number(product)).set("quantity", quantity).set("price_per_unit", price)
                .set("full_discount", Money.ZERO).set("extended_amount", quantity.multiply(price))
                .set("line_discount", Money.ZERO).set("sales_charge", Money.ZERO)
                .set("site", model.get("site")).set("warehouse", model.get("warehouse"))
                .set("company", model.get("company"));
        r.extra("description", ProductRows.name(product)).extra("unit", w.products.unit(product))
                .extra("currency", model.get("currency")).extra("header_customer", model.get("customer"))
                .extra("header_name", "Rush order (SCM)");
        return r;
    }

    /** Registers the lines of an SCM header as specials of the line table, post only. */
    static List<Seed> addLines(World w, DocumentRows.Kind kind, String seedId, long like, String number, int lines,
                               String why) {
        List<Seed> seeds = new ArrayList<>();
        for (int n = 1; n <= lines; n++) {
            int line = n;
            seeds.add(w.plan.add(seedId + "-line-" + n, kind.line(),
                    ordinal -> s -> line(w, kind, s, ordinal, w.header(kind, s, like), number, line))
                    .in(Snapshot.POST).because(why));
        }
        return seeds;
    }
}
