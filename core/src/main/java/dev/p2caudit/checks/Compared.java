package dev.p2caudit.checks;

import dev.p2caudit.model.ColumnDef;
import dev.p2caudit.model.ColumnType;
import dev.p2caudit.model.TableKind;
import java.util.List;
import java.util.Set;

/**
 * Which columns REC-CHANGED compares, and how (docs/checks.md): every canonical column both
 * exports carry, except keys, lookups (their rendering differs between export dialects; a line's
 * product is compared through the product table, {@link ProductChange}), and what the migration
 * sets on purpose. Currencies, countries and phone numbers compare in one form ({@link ValueForms}).
 */
final class Compared {

    private static final Set<String> NOT_COMPARED = Set.of(
            "id", "company", "customer_group", "party_number", "relationship_type", "contact_number",
            "p2c_contact_number", "contact_person_id", "sellable", "contact_for", "is_active_customer", "order_type",
            "item_based", "language", "invoice_customer", "requested_receipt_date", "site", "warehouse",
            "line_discount", "sales_charge", "status", "status_reason", "processing_status",
            "customer", "parent_account", "product", "order_ref", "quote_ref", "invoice_ref", "account_number", "order_id", "sales_order_number", "quote_id", "quotation_number",
            "invoice_number", "product_number", "line_number");

    private Compared() {
    }

    static List<ColumnDef> columns(TableKind table, Set<String> pre, Set<String> post) {
        return table.columns().stream().filter(c -> !NOT_COMPARED.contains(c.name()))
                .filter(c -> pre.contains(c.name()) && post.contains(c.name())).toList();
    }

    /** SQL that is true when pre ({@code a}) and post ({@code b}) differ; {@code ?}s take abs and rel. */
    static String differs(ColumnDef column) {
        String a = "a." + column.name();
        String b = "b." + column.name();
        if (column.type() == ColumnType.DECIMAL) {
            return "(" + a + " IS NULL) <> (" + b + " IS NULL) OR ABS(" + a + " - " + b + ") > ? + ? * ABS(" + b + ")";
        }
        if (column.type() == ColumnType.TEXT || column.type() == ColumnType.LANGUAGE) {
            // Written differently. Whether that is one value in two forms (a currency's name and its
            // code, a country's, a phone number however punctuated) is asked of the few pairs found,
            // in Java (sameValue): a lookup per row costs.
            return "UPPER(COALESCE(TRIM(" + a + "), '')) <> UPPER(COALESCE(TRIM(" + b + "), ''))";
        }
        return a + " IS DISTINCT FROM " + b;
    }

    /** Whether two differently written values of a text column are one value in two forms ({@link ValueForms}). */
    static boolean sameValue(ColumnDef column, String a, String b) {
        return column.type() == ColumnType.TEXT && ValueForms.of(column.name()) != ValueForms.Form.TEXT
                && ValueForms.of(column.name(), a).equals(ValueForms.of(column.name(), b));
    }

    static boolean usesTolerance(ColumnDef column) {
        return column.type() == ColumnType.DECIMAL;
    }
}
