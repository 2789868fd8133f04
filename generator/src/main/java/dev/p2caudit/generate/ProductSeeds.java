package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;
import static dev.p2caudit.model.TableKind.PRODUCT;

import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;

/** Seeds on products: price changes, products missing or doubled on one side. */
final class ProductSeeds {

    private ProductSeeds() {
    }

    static void register(World w) {
        SeedPlan p = w.plan;
        p.on("product-price-raised", PRODUCT, 5).in(POST).because("list price raised by 10 % in SCM")
                .expect("REC-CHANGED", POST).expect("REC-TOTALS", POST)
                .change(r -> r.set("price", Money.round(r.decimal("price").multiply(new BigDecimal("1.10")))));
        p.on("product-price-within-tolerance", PRODUCT, 6).in(POST)
                .because("price carried with a third decimal: 0.004 off, within the 0.005 tolerance")
                .mustNotTrigger("REC-CHANGED", POST)
                .change(r -> r.set("price", r.decimal("price").add(new BigDecimal("0.004"))));
        p.on("product-not-released", PRODUCT, w.sizes.products() - 1).in(POST)
                .because("product not released in SCM, so not in the released products export")
                .expect("REC-MISSING", PRE).change(r -> r.absent = true);
        p.add("product-released-twice", PRODUCT, ordinal -> s -> copy(w, s, ordinal, 8, "DEMF")).in(PRE, POST)
                .because("released in USMF and DEMF: P2C made one Sales product per legal entity, and the SCM "
                        + "export has a row per company, so the Product ID occurs twice on both sides")
                .expect("REC-KEY-DUP", PRE, POST);
        p.add("product-new-usmf", PRODUCT, ordinal -> s -> newItem(w, s, ordinal, "D9001", "USMF")).in(POST)
                .because("new item released in two companies after the migration: its number occurs twice")
                .expect("REC-KEY-DUP", POST);
        p.add("product-new-demf", PRODUCT, ordinal -> s -> newItem(w, s, ordinal, "D9001", "DEMF")).in(POST)
                .because("the same new item in the second company");
        p.add("product-new", PRODUCT, ordinal -> s -> newItem(w, s, ordinal, "D9002", "USMF")).in(POST)
                .because("new item created in SCM after the migration").expect("REC-EXTRA", POST);
    }

    private static Row copy(World w, Snapshot s, long ordinal, long original, String company) {
        Row source = w.product(s, original);
        Row r = new Row(PRODUCT, s, ordinal);
        for (String column : new String[] {"product_number", "name", "unit", "price", "status", "default_site",
            "default_warehouse"}) {
            r.set(column, source.get(column));
        }
        r.set("id", Rng.guid(w.seed, 104, ordinal));
        r.extra("data_area", company).extra("product_type", "Item").extra("modified_on", source.extra("modified_on"));
        return r;
    }

    private static Row newItem(World w, Snapshot s, long ordinal, String number, String company) {
        Row r = new Row(PRODUCT, s, ordinal);
        r.set("id", Rng.guid(w.seed, 105, ordinal)).set("product_number", number).set("name", "Smart Speaker Gen 2")
                .set("unit", "ea").set("price", Money.cents(19_900)).set("default_site", "1")
                .set("default_warehouse", "11");
        r.extra("data_area", company).extra("product_type", "Item")
                .extra("modified_on", World.POST_EXPORT.minusDays(3));
        return r;
    }
}
