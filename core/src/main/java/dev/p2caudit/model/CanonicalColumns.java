package dev.p2caudit.model;

import static dev.p2caudit.model.ColumnDef.bool;
import static dev.p2caudit.model.ColumnDef.decimal;
import static dev.p2caudit.model.ColumnDef.integer;
import static dev.p2caudit.model.ColumnDef.language;
import static dev.p2caudit.model.ColumnDef.money;
import static dev.p2caudit.model.ColumnDef.option;
import static dev.p2caudit.model.ColumnDef.text;
import static dev.p2caudit.model.ColumnDef.timestamp;

import java.util.ArrayList;
import java.util.List;

/** The canonical columns of each table, as SCHEMA.md lists them. Header aliases live in {@code ingest}. */
final class CanonicalColumns {

    private CanonicalColumns() {
    }

    static List<ColumnDef> of(TableKind table) {
        return switch (table) {
            case ACCOUNT -> List.of(text("id"), text("name"), text("account_number"), text("company"),
                    option("relationship_type", OptionSet.RELATIONSHIP_TYPE), text("customer_group"),
                    text("party_number"), text("email"), text("phone"), text("website"), text("city"),
                    text("country"), text("currency"), text("financial_dimensions"),
                    option("status", OptionSet.RECORD_STATE), text("party_type"));
            case CONTACT -> List.of(text("id"), text("first_name"), text("last_name"), text("full_name"),
                    text("email"), text("business_phone"), text("parent_account"), text("company"),
                    bool("is_active_customer"), bool("sellable"), text("contact_for"), text("customer_group"),
                    text("p2c_contact_number"), text("contact_number"), text("party_number"),
                    text("contact_person_id"), option("status", OptionSet.RECORD_STATE), text("status_reason"),
                    text("city"), text("country"), text("party_type"));
            case PRODUCT -> List.of(text("id"), text("product_number"), text("name"), text("unit"),
                    money("price"), text("default_site"), text("default_warehouse"),
                    option("status", OptionSet.PRODUCT_STATE));
            case ORDER -> header("order_id", "sales_order_number", OptionSet.ORDER_STATE);
            case QUOTE -> header("quote_id", "quotation_number", OptionSet.QUOTE_STATE);
            case ORDER_LINE -> line("order_ref");
            case QUOTE_LINE -> line("quote_ref");
            case INVOICE -> List.of(text("id"), text("invoice_number"), text("order_ref"), text("customer"),
                    timestamp("invoice_date"), money("total_amount"), text("company"),
                    option("status", OptionSet.INVOICE_STATE));
            case INVOICE_LINE -> List.of(text("id"), text("invoice_ref"), integer("line_number"), text("product"),
                    decimal("quantity"), money("price_per_unit"), money("full_discount"), money("extended_amount"),
                    text("company"));
        };
    }

    /** Order and quote headers share their shape; only the two number columns and states differ. */
    private static List<ColumnDef> header(String salesNumber, String fnoNumber, OptionSet states) {
        List<ColumnDef> columns = new ArrayList<>(List.of(text("id"), text(salesNumber), text(fnoNumber),
                text("name"), text("company"), text("customer"), text("invoice_customer"), text("ship_to_country"),
                timestamp("requested_receipt_date"), timestamp("requested_delivery_date"),
                timestamp("date_fulfilled"), timestamp("date_submitted"), language("language"),
                option("order_type", OptionSet.ORDER_TYPE), bool("item_based"), text("site"), text("warehouse"),
                text("currency"), money("total_amount"), money("discount_amount"), money("freight_amount"),
                option("status", states), text("status_reason"), text("processing_status"),
                text("freight_terms"), text("shipping_method"), text("delivery_terms"), text("delivery_mode")));
        return List.copyOf(columns);
    }

    /** Order and quote lines share their shape; only the parent reference differs. */
    private static List<ColumnDef> line(String parentRef) {
        return List.of(text("id"), text(parentRef), integer("line_number"), text("product"),
                text("write_in_product"), decimal("quantity"), money("price_per_unit"), money("full_discount"),
                money("line_discount"), money("sales_charge"), money("extended_amount"), text("site"),
                text("warehouse"), text("company"));
    }
}
