package dev.p2caudit.generate;

/**
 * Registers every seeded defect of the data set. Seeds are aimed at records by index, chosen
 * from the ranges {@link Sizes} defines (customers with activity, idle customers, non-customers,
 * orders with and without invoices), so that each seed does what it says at any scale and the
 * records around it stay clean.
 */
final class SeedCatalog {

    private SeedCatalog() {
    }

    static void register(World world) {
        AccountSeeds.register(world);
        ContactSeeds.register(world);
        ProductSeeds.register(world);
        OrderSeeds.register(world);
        OrderLineSeeds.register(world);
        QuoteSeeds.register(world);
        InvoiceSeeds.register(world);
    }
}
