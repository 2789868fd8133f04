package dev.p2caudit.checks;

import java.util.Map;

/** The family name of each catalogue entry → the class that runs it. */
final class Families {

    private Families() {
    }

    static Map<String, CheckFamily> all() {
        return Map.ofEntries(
                Map.entry("row", new RowFamily()),
                Map.entry("number-dup", new NumberDupFamily()),
                Map.entry("sales-activity", new SalesActivityFamily()),
                Map.entry("contact-sellable", new ContactSellableFamily()),
                Map.entry("contact-number", new ContactNumberFamily()),
                Map.entry("contact-number-format", new ContactNumberFormatFamily()),
                Map.entry("header-number", new HeaderNumberFamily()),
                Map.entry("header-number-dup", new HeaderNumberDupFamily()),
                Map.entry("number-sequence", new NumberSequenceFamily()),
                Map.entry("country", new CountryFamily()),
                Map.entry("receipt-date", new ReceiptDateFamily()),
                Map.entry("language", new LanguageFamily()),
                Map.entry("value-map", new ValueMapFamily()),
                Map.entry("order-status", new OrderStatusFamily()),
                Map.entry("line-default", new LineDefaultFamily()),
                Map.entry("rounding", new RoundingFamily()),
                Map.entry("orphan", new OrphanFamily()),
                Map.entry("product-ref", new ProductRefFamily()),
                Map.entry("reconciliation", new ReconciliationFamily()),
                Map.entry(DuplicateRule.FAMILY, new ExactDuplicateFamily()),
                Map.entry(DuplicateRule.FUZZY_FAMILY, new FuzzyDuplicateFamily()),
                Map.entry("inputs", new InputsFamily()));
    }
}
