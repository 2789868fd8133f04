package dev.p2caudit.generate;

import static dev.p2caudit.generate.OrderLineSeeds.line;
import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.QUOTE;
import static dev.p2caudit.model.TableKind.QUOTE_LINE;

import dev.p2caudit.generate.DocumentRows.Kind;
import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;

/** Seeds on quotes and quote lines: the QUO- and QLN- namesakes of the order checks. */
final class QuoteSeeds {

    private QuoteSeeds() {
    }

    static void register(World w) {
        SeedPlan p = w.plan;
        headers(w, p);
        lines(w, p);
        p.on("quote-deleted", QUOTE, w.sizes.quotes() - 1).in(POST).because("quote deleted with its lines")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
    }

    private static void headers(World w, SeedPlan p) {
        p.on("quote-no-company", QUOTE, 11).in(POST).because("the bootstrap left Company empty")
                .expect("QUO-COMPANY", POST).change(r -> r.set("company", null));
        p.lineCount(QUOTE, 12, 0);
        p.on("quote-number-typo", QUOTE, 12).in(POST).because("Quotation Number typed without the leading zero")
                .expect("QUO-NUMBER", POST)
                .change(r -> r.set("quotation_number", r.text("quote_id").replace("-0", "-")));
        p.lineCount(QUOTE, 13, 0);
        p.on("quote-number-empty", QUOTE, 13).in(POST).because("Quotation Number left empty")
                .expect("QUO-NUMBER", POST).change(r -> r.set("quotation_number", null));
        String taken = w.quotes.number(14);
        p.add("quote-scm-same-number", QUOTE,
                        ordinal -> s -> ScmDocuments.header(w, Kind.QUOTE, s, ordinal, 14, taken, 0)).in(POST).because("SCM created a quotation with a number a Sales quote already has")
                .expect("QUO-NUMBER-DUP", POST).expect("REC-EXTRA", POST);
        p.on("quote-no-invoice-customer", QUOTE, 15).in(POST).because("Invoice Customer left empty")
                .expect("QUO-INVCUST", POST).change(r -> r.set("invoice_customer", null));
        p.on("quote-no-receipt-date", QUOTE, 16).in(POST).because("Requested Receipt Date not set")
                .expect("QUO-RECEIPT-DATE", POST).change(r -> r.set("requested_receipt_date", null));
        p.on("quote-language-word", QUOTE, 17).in(POST).because("Language 'English': a word, not a language tag")
                .expect("QUO-LANGUAGE", POST).change(r -> r.set("language", "english"));
        p.on("quote-work-based", QUOTE, 18).in(POST).because("Order Type 'Work based'")
                .expect("QUO-TYPE", POST).change(r -> r.set("order_type", 192_350_001));
    }

    private static void lines(World w, SeedPlan p) {
        for (long q = 20; q <= 26; q++) {
            p.lineCount(QUOTE, q, 2);
        }
        p.on("quote-line-no-company", QUOTE_LINE, line(20, 1)).in(POST).because("line without Company")
                .expect("QLN-COMPANY", POST).change(r -> r.set("company", null));
        p.on("quote-no-default-site", QUOTE, 21).in(POST).because("quote without a default shipping site")
                .change(r -> r.set("site", null));
        p.on("quote-line-no-site", QUOTE_LINE, line(21, 1)).in(POST)
                .because("line without Site on a quote without a default site").expect("QLN-SITE", POST)
                .change(r -> r.set("site", null));
        p.on("quote-no-default-warehouse", QUOTE, 22).in(POST).because("quote without a default warehouse")
                .change(r -> r.set("warehouse", null));
        p.on("quote-line-no-warehouse", QUOTE_LINE, line(22, 1)).in(POST)
                .because("line without Warehouse on a quote without a default warehouse")
                .expect("QLN-WAREHOUSE", POST).change(r -> r.set("warehouse", null));
        p.on("quote-line-charge-missing", QUOTE_LINE, line(23, 1)).in(PRE, POST)
                .because("quantity 3, full discount 10.00, line discount 3.33, no sales charge: 0.01 lost")
                .expect("QLN-ROUNDING", POST).change(r -> OrderLineSeeds.discount(r, 3, "10.00", "3.33", null));
        p.on("quote-line-documented-split", QUOTE_LINE, line(24, 1)).in(PRE, POST)
                .because("the documented example: 3 × 3.33 + 0.01 = 10.00")
                .expect("QLN-ROUNDING-DELTA", POST).mustNotTrigger("QLN-ROUNDING", POST)
                .change(r -> OrderLineSeeds.discount(r, 3, "10.00", "3.33", "0.01"));
        p.on("quote-line-write-in", QUOTE_LINE, line(25, 2)).in(PRE, POST)
                .because("write-in product; the text holds the delimiter of the post file")
                .expect("QLN-WRITEIN", PRE, POST)
                .change(r -> r.set("product", null)
                        .set("write_in_product", "Installation service; 2 technicians, 3 days"));
        p.on("quote-line-price-changed", QUOTE_LINE, line(26, 1)).in(POST).because("price per unit changed in SCM")
                .expect("REC-CHANGED", POST)
                .change(r -> r.set("price_per_unit", r.decimal("price_per_unit").add(new BigDecimal("5.00")))
                        .set("extended_amount", r.decimal("quantity").multiply(r.decimal("price_per_unit"))
                                .subtract(r.decimal("full_discount"))));
        p.add("quote-line-orphan", QUOTE_LINE, ordinal -> s -> orphan(w, s, ordinal)).in(PRE, POST)
                .because("line of a quote that is in neither quote export").expect("QLN-ORPHAN", PRE, POST);
    }

    private static Row orphan(World w, Snapshot s, long ordinal) {
        Row r = new Row(QUOTE_LINE, s, ordinal);
        BigDecimal price = w.products.price(4);
        r.set("id", Rng.guid(w.seed, 113, ordinal)).set("quote_ref", "QUO-00999").set("line_number", 1L)
                .set("product", ProductRows.number(4)).set("quantity", BigDecimal.ONE).set("price_per_unit", price)
                .set("full_discount", Money.ZERO).set("extended_amount", price);
        if (s == POST) {
            r.set("line_discount", Money.ZERO).set("sales_charge", Money.ZERO).set("site", "1").set("warehouse", "11")
                    .set("company", "USMF");
        }
        r.extra("header_name", "Old quote").extra("unit", "ea");
        return r;
    }
}
