package dev.p2caudit.generate;

import static dev.p2caudit.model.TableKind.PRODUCT;

import dev.p2caudit.model.Snapshot;
import java.math.BigDecimal;
import java.util.SplittableRandom;

/** Released products: Sales' product list before, the F&amp;O released products after. */
final class ProductRows {

    private static final String[] UNITS = {"ea", "ea", "pcs", "set", "m"};

    private final World world;

    ProductRows(World world) {
        this.world = world;
    }

    static String number(long k) {
        return "D" + CountryNames.pad(k + 1, 4);
    }

    static String name(long k) {
        String base = Names.PRODUCTS.get((int) (k % Names.PRODUCTS.size()));
        long series = k / Names.PRODUCTS.size();
        return series == 0 ? base : base + " Mk" + (series + 1);
    }

    BigDecimal price(long k) {
        SplittableRandom rng = Rng.of(world.seed, 3, k);
        return Money.cents(500 + rng.nextInt(250_000));
    }

    String unit(long k) {
        return UNITS[(int) (k % UNITS.length)];
    }

    Row product(Snapshot s, long k) {
        Row r = new Row(PRODUCT, s, k);
        r.set("id", Rng.guid(world.seed, 3, k)).set("product_number", number(k)).set("name", name(k))
                .set("unit", unit(k)).set("price", price(k));
        if (s == Snapshot.PRE) {
            r.set("status", 0);
        } else {
            r.set("default_site", "1").set("default_warehouse", "11");
        }
        r.extra("data_area", "USMF");
        r.extra("product_type", k % 10 >= 8 ? "Service" : "Item");
        r.extra("modified_on", world.modifiedOn(s, Rng.of(world.seed, 30, k)));
        return r;
    }
}
