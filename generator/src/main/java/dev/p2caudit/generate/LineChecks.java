package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.util.List;

/** The OLN- checks on order lines, their QLN- namesakes, and the INV- and ILN- checks. */
final class LineChecks {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Pairing pairing;
    private final Scope scope;
    private final Findings findings;

    LineChecks(Loaded loaded, RecordKeys keys, Pairing pairing, Scope scope, Findings findings) {
        this.loaded = loaded;
        this.keys = keys;
        this.pairing = pairing;
        this.scope = scope;
        this.findings = findings;
    }

    void run(DocumentRows.Kind kind, Snapshot s) {
        boolean orders = kind == DocumentRows.Kind.ORDER;
        String p = orders ? "OLN" : "QLN";
        TableKind parent = kind.header();
        for (Row r : loaded.rows(s, kind.line())) {
            List<Row> headers = keys.resolve(s, parent, r.text(kind.refColumn()));
            check(p + "-COMPANY", s, r, RecordKeys.blank(r.text("company")), "Company empty");
            check(p + "-SITE", s, r, RecordKeys.blank(r.text("site"))
                            && headers.stream().allMatch(h -> RecordKeys.blank(h.text("site"))),
                    "no Site on the line" + (headers.isEmpty() ? " and its header is not in the snapshot"
                            : " nor a default site on its header"));
            check(p + "-WAREHOUSE", s, r, RecordKeys.blank(r.text("warehouse"))
                            && headers.stream().allMatch(h -> RecordKeys.blank(h.text("warehouse"))),
                    "no Warehouse on the line" + (headers.isEmpty() ? " and its header is not in the snapshot"
                            : " nor a default warehouse on its header"));
            check(p + "-ORPHAN", s, r, headers.isEmpty(), parent.displayName() + " "
                    + Compare.show(r.text(kind.refColumn())) + " is not in the " + s.id() + " " + parent.id() + " export");
            check(p + "-WRITEIN", s, r, !RecordKeys.blank(r.text("write_in_product")),
                    "write-in product " + Compare.show(r.text("write_in_product"))
                            + ": becomes a product category in SCM");
            if (orders) {
                BigDecimal quantity = r.decimal("quantity");
                check("OLN-RETURN", s, r, quantity != null && quantity.signum() < 0,
                        "quantity " + Compare.show(quantity));
                if (loaded.loaded(s, TableKind.PRODUCT)) {
                    String product = r.text("product");
                    check("OLN-PRODUCT", s, r, !RecordKeys.blank(product)
                            && keys.resolve(s, TableKind.PRODUCT, product).isEmpty(), "product " + product
                            + " is not in the " + s.id() + " product export");
                }
            }
            if (s == POST) {
                rounding(p, r, orders);
            }
        }
    }

    /** q × d + c = F to the cent; a residue below a half cent per unit; anything bigger is suspicious. */
    private void rounding(String p, Row r, boolean orders) {
        BigDecimal q = Compare.orZero(r.decimal("quantity"));
        BigDecimal d = r.decimal("line_discount");
        BigDecimal c = Compare.orZero(r.decimal("sales_charge"));
        BigDecimal f = r.decimal("full_discount");
        Row pre = pairing.partner(r);
        if (f == null && pre != null) {
            f = pre.decimal("full_discount");
        }
        BigDecimal bound = q.abs().multiply(HALF_CENT).add(HALF_CENT);
        String values = "quantity " + q.toPlainString() + " × line discount " + Compare.show(d) + " + sales charge "
                + c.toPlainString() + " vs full discount " + Compare.show(f);
        boolean known = f != null && d != null;
        boolean consistent = known && q.multiply(d).add(c).subtract(f).abs().compareTo(Compare.TOLERANCE) <= 0;
        if (known && scope.runs(p + "-ROUNDING", POST)) {
            record(p + "-ROUNDING", r, !consistent, values + ": discount lost or invented", pre);
        }
        if (known && consistent && scope.runs(p + "-ROUNDING-DELTA", POST)) {
            record(p + "-ROUNDING-DELTA", r, c.signum() != 0 && c.abs().compareTo(bound) < 0,
                    values + ": rounding residue " + c.toPlainString() + " carried in sales charges", pre);
        }
        boolean discounted = (f != null && f.signum() != 0) || (d != null && d.signum() != 0);
        if (orders && scope.runs("OLN-CHARGE-SUSPECT", POST)) {
            record("OLN-CHARGE-SUSPECT", r, discounted && c.abs().compareTo(bound) >= 0,
                    values + ": a charge of " + c.toPlainString() + " is more than rounding (limit "
                            + bound.toPlainString() + ")", pre);
        }
    }

    void invoices(Snapshot s) {
        for (Row r : loaded.rows(s, TableKind.INVOICE)) {
            check("INV-FREETEXT", s, r, RecordKeys.blank(r.text("order_ref")), "no sales order: filtered out by dual-write");
            BigDecimal total = r.decimal("total_amount");
            check("INV-CREDIT", s, r, total != null && total.signum() < 0, "total " + Compare.show(total)
                    + ": a credit note, not synced");
        }
        for (Row r : loaded.rows(s, TableKind.INVOICE_LINE)) {
            check("ILN-ORPHAN", s, r, keys.resolve(s, TableKind.INVOICE, r.text("invoice_ref")).isEmpty(),
                    "invoice " + Compare.show(r.text("invoice_ref")) + " is not in the " + s.id() + " invoice export");
        }
    }

    private void check(String rule, Snapshot s, Row r, boolean fails, String reason) {
        if (scope.runs(rule, s)) {
            record(rule, r, fails, reason);
        }
    }

    private void record(String rule, Row r, boolean fails, String reason, Row... more) {
        Row[] sources = new Row[more.length + 1];
        sources[0] = r;
        System.arraycopy(more, 0, sources, 1, more.length);
        if (fails) {
            findings.add(rule, r.snapshot, r.table, keys.key(r), reason, sources);
        } else {
            findings.looked(rule, r.snapshot, r.table, keys.key(r), sources);
        }
    }
}
