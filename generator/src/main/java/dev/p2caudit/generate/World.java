package dev.p2caudit.generate;

import dev.p2caudit.model.Snapshot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * The generated world of one seed and scale: every record of every table in either snapshot,
 * as a pure function of its index, with the seeded defects applied. Nothing is cached; asking
 * twice builds the same record twice.
 */
final class World {

    /** When the pre-migration exports were taken (step 2) and the post-migration ones (after step 9). */
    static final LocalDateTime PRE_EXPORT = LocalDateTime.of(2021, 3, 1, 10, 15);
    static final LocalDateTime POST_EXPORT = LocalDateTime.of(2021, 3, 22, 16, 40);

    final long seed;
    final Sizes sizes;
    final SeedPlan plan = new SeedPlan();
    final PartyRows parties = new PartyRows(this);
    final ProductRows products = new ProductRows(this);
    final DocumentRows orders = new DocumentRows(this, DocumentRows.Kind.ORDER);
    final DocumentRows quotes = new DocumentRows(this, DocumentRows.Kind.QUOTE);
    final InvoiceRows invoices = new InvoiceRows(this);

    World(long seed, int scale) {
        this.seed = seed;
        this.sizes = Sizes.of(scale);
        SeedCatalog.register(this);
    }

    Row account(Snapshot s, long i) {
        return plan.apply(parties.account(s, i));
    }

    Row contact(Snapshot s, long j) {
        return plan.apply(parties.contact(s, j));
    }

    Row product(Snapshot s, long k) {
        return plan.apply(products.product(s, k));
    }

    Row order(Snapshot s, long o) {
        return plan.apply(orders.header(s, o));
    }

    Row quote(Snapshot s, long q) {
        return plan.apply(quotes.header(s, q));
    }

    Row invoice(Snapshot s, long v) {
        return plan.apply(invoices.invoice(s, v));
    }

    DocumentRows documents(DocumentRows.Kind kind) {
        return kind == DocumentRows.Kind.ORDER ? orders : quotes;
    }

    Row header(DocumentRows.Kind kind, Snapshot s, long index) {
        return kind == DocumentRows.Kind.ORDER ? order(s, index) : quote(s, index);
    }

    static LocalDateTime day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay();
    }

    /** Excel's hidden "Modified On": some time in the weeks before the export. */
    LocalDateTime modifiedOn(Snapshot s, SplittableRandom rng) {
        LocalDateTime export = s == Snapshot.PRE ? PRE_EXPORT : POST_EXPORT;
        return export.minusMinutes(60 + rng.nextInt(60 * 24 * 40));
    }
}
