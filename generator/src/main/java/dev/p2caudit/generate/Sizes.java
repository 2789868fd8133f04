package dev.p2caudit.generate;

/**
 * How many records each table gets at a scale. Scale 1 is a few hundred rows per table; the
 * line tables average four lines per header. Accounts split into customers with sales activity,
 * idle customers and non-customers (prospects, partners, competitors…), in fixed proportions.
 */
record Sizes(int scale, int accounts, int activeCustomers, int idleCustomers, int contacts, int products,
             int quotes, int orders, int invoices) {

    static Sizes of(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1");
        }
        return new Sizes(scale, 100 * scale, 85 * scale, 5 * scale, 150 * scale, 50 * scale,
                150 * scale, 250 * scale, 200 * scale);
    }

    /** The first non-customer account; everything from here on has no sales activity. */
    int firstNonCustomer() {
        return activeCustomers + idleCustomers;
    }

    /** Orders from here on have no invoice: the seeds that must not touch invoices live there. */
    int firstUninvoicedOrder() {
        return invoices;
    }
}
