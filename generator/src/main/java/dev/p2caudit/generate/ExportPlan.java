package dev.p2caudit.generate;

import static dev.p2caudit.generate.ColumnSpec.canonical;
import static dev.p2caudit.generate.ColumnSpec.extra;
import static dev.p2caudit.ingest.CsvFileWriter.Encoding.UTF16LE_BOM;
import static dev.p2caudit.ingest.CsvFileWriter.Encoding.UTF8;
import static dev.p2caudit.ingest.CsvFileWriter.Encoding.UTF8_BOM;
import static dev.p2caudit.ingest.CsvFileWriter.Encoding.WINDOWS_1252;
import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.Snapshot.PRE;

import dev.p2caudit.generate.FileSpec.Quirk;
import dev.p2caudit.ingest.CsvFileWriter.Style;
import dev.p2caudit.model.Dialect;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a data set and their columns. Pre-migration files are Sales exports taken
 * before the P2C uninstall: no dual-write columns, but the P2C ones. Post-migration files mix
 * Sales exports (where the rules need Sales-only columns such as Order Type or Sellable) with
 * F&amp;O data-management exports (products, order lines, invoice headers), so that every
 * dialect, format, encoding and delimiter occurs, and so that reconciliation pairs accounts,
 * contacts, quotes, quote lines, orders and invoice lines by record id but products, order lines
 * and invoices by business key.
 */
final class ExportPlan {

    private ExportPlan() {
    }

    static List<FileSpec> files() {
        return List.of(preAccounts(), preContacts(), preProducts(), preQuotes(), preQuoteLines(), preOrders(),
                preOrderLines(), preInvoices(), preInvoiceLines(), postAccounts(), postContacts(), postProducts(),
                postQuotes(), postQuoteLines(), postOrders(), postOrderLines(), postInvoices(), postInvoiceLines());
    }

    // ---- pre: Sales exports before the P2C uninstall ------------------------------------------

    private static FileSpec preAccounts() {
        return workbook(PRE, TableKind.ACCOUNT, "My Active Accounts 3-1-2021 10-15-02 AM", "My Active Accounts",
                excelColumns(TableKind.ACCOUNT, canonical("Account Name", "name"),
                        canonical("Account Number", "account_number"), canonical("Relationship Type", "relationship_type"),
                        canonical("Email", "email"), canonical("Main Phone", "phone"), canonical("Website", "website"),
                        canonical("Address 1: City", "city"), canonical("Address 1: Country/Region", "country"),
                        canonical("Currency", "currency"), canonical("Status", "status"),
                        extra("Primary Contact", "primary_contact"), extra("Created On", "created_on")));
    }

    private static FileSpec preContacts() {
        // An Excel export re-saved as CSV by a European Excel: ';', windows-1252, day-first dates.
        return csv(PRE, TableKind.CONTACT, "Contacts", "csv", Dialect.DISPLAY, Style.of(WINDOWS_1252, ';'),
                TextStyle.DISPLAY_EUROPEAN, Set.of(),
                excelColumns(TableKind.CONTACT, canonical("First Name", "first_name"), canonical("Last Name", "last_name"),
                        canonical("Full Name", "full_name"), canonical("Email", "email"),
                        canonical("Business Phone", "business_phone"), canonical("Company Name", "parent_account"),
                        canonical("Is Active Customer", "is_active_customer"),
                        canonical("Contact Number", "p2c_contact_number"), canonical("Status", "status"),
                        extra("Job Title", "job_title")));
    }

    private static FileSpec preProducts() {
        return workbook(PRE, TableKind.PRODUCT, "Products", "Active Products",
                excelColumns(TableKind.PRODUCT, canonical("Product ID", "product_number"), canonical("Name", "name"),
                        canonical("Default Unit", "unit"), canonical("List Price", "price"),
                        canonical("Status", "status"), extra("Product Type", "product_type")));
    }

    private static FileSpec preQuotes() {
        return csv(PRE, TableKind.QUOTE, "Quotes", "csv", Dialect.LOGICAL, Style.of(UTF8_BOM, ','), TextStyle.LOGICAL,
                Set.of(), List.of(canonical("quoteid", "id"), canonical("quotenumber", "quote_id"),
                        canonical("name", "name"), canonical("customerid", "customer"),
                        canonical("shipto_country", "ship_to_country"),
                        canonical("requestdeliveryby", "requested_delivery_date"),
                        canonical("transactioncurrencyid", "currency"), canonical("totalamount", "total_amount"),
                        canonical("discountamount", "discount_amount"), canonical("freightamount", "freight_amount"),
                        canonical("statecode", "status"), canonical("statuscode", "status_reason"),
                        canonical("freighttermscode", "freight_terms"), canonical("shippingmethodcode", "shipping_method"),
                        extra("ownerid", "owner"), extra("modifiedon", "modified_on")));
    }

    private static FileSpec preQuoteLines() {
        // Copied out of Excel into a text file: tab-separated, LF, with the record id but no checksum.
        return csv(PRE, TableKind.QUOTE_LINE, "Quote Products", "tsv", Dialect.DISPLAY,
                Style.of(UTF8, '\t').withLineSeparator("\n"), TextStyle.DISPLAY, Set.of(),
                List.of(canonical("(Do Not Modify) Quote Product", "id"), canonical("Quote ID (Quote)", "quote_ref"),
                        canonical("Line Number", "line_number"), canonical("Existing Product", "product"),
                        canonical("Write-In Product", "write_in_product"), canonical("Quantity", "quantity"),
                        canonical("Price Per Unit", "price_per_unit"), canonical("Manual Discount", "full_discount"),
                        canonical("Extended Amount", "extended_amount"), extra("Name (Quote)", "header_name"),
                        extra("Unit", "unit")));
    }

    private static FileSpec preOrders() {
        return workbook(PRE, TableKind.ORDER, "Orders", "All Orders",
                excelColumns(TableKind.ORDER, canonical("Order ID", "order_id"), canonical("Name", "name"),
                        canonical("Customer", "customer"), canonical("Ship To Country/Region", "ship_to_country"),
                        canonical("Requested Delivery Date", "requested_delivery_date"),
                        canonical("Date Fulfilled", "date_fulfilled"), canonical("Date Submitted", "date_submitted"),
                        canonical("Item-based", "item_based"), canonical("Currency", "currency"),
                        canonical("Total Amount", "total_amount"), canonical("Order Discount Amount", "discount_amount"),
                        canonical("Freight Amount", "freight_amount"), canonical("Status", "status"),
                        canonical("Status Reason", "status_reason"), canonical("Freight Terms", "freight_terms"),
                        canonical("Shipping Method", "shipping_method"), extra("Owner", "owner")));
    }

    private static FileSpec preOrderLines() {
        // A view exported as CSV: no record id, a related-table column, a trailing delimiter, blank lines.
        return csv(PRE, TableKind.ORDER_LINE, "Order Products", "csv", Dialect.DISPLAY, Style.of(UTF8_BOM, ','),
                TextStyle.DISPLAY, Set.of(Quirk.BLANK_LINES),
                List.of(canonical("Order ID (Order)", "order_ref"), canonical("Line Number", "line_number"),
                        canonical("Existing Product", "product"), canonical("Write-In Product", "write_in_product"),
                        canonical("Quantity", "quantity"), canonical("Price Per Unit", "price_per_unit"),
                        canonical("Manual Discount", "full_discount"), canonical("Extended Amount", "extended_amount"),
                        extra("Customer (Order)", "header_customer"), new ColumnSpec("", ColumnSpec.Source.EMPTY, null)));
    }

    private static FileSpec preInvoices() {
        return workbook(PRE, TableKind.INVOICE, "Invoices", "All Invoices",
                excelColumns(TableKind.INVOICE, canonical("Invoice ID", "invoice_number"), canonical("Order", "order_ref"),
                        canonical("Customer", "customer"), canonical("Invoice Date", "invoice_date"),
                        canonical("Total Amount", "total_amount"), canonical("Status", "status"),
                        extra("Payment Terms", "payment_terms")));
    }

    private static FileSpec preInvoiceLines() {
        return csv(PRE, TableKind.INVOICE_LINE, "Invoice Products", "csv", Dialect.LOGICAL,
                Style.of(UTF8, ',').withLineSeparator("\n"), TextStyle.LOGICAL, Set.of(),
                List.of(canonical("invoicedetailid", "id"), canonical("invoiceid", "invoice_ref"),
                        canonical("sequencenumber", "line_number"), canonical("productid", "product"), canonical("quantity", "quantity"),
                        canonical("priceperunit", "price_per_unit"), canonical("manualdiscountamount", "full_discount"),
                        canonical("extendedamount", "extended_amount"), extra("uomid", "unit")));
    }

    // ---- post: after bootstrap and initial sync -------------------------------------------------

    private static FileSpec postAccounts() {
        return workbook(POST, TableKind.ACCOUNT, "Accounts", "Active Accounts",
                excelColumns(TableKind.ACCOUNT, canonical("Account Name", "name"),
                        canonical("Account Number", "account_number"), canonical("Company", "company"),
                        canonical("Relationship Type", "relationship_type"),
                        canonical("Customer Group Id", "customer_group"), canonical("Party Number", "party_number"),
                        canonical("Email", "email"), canonical("Main Phone", "phone"), canonical("Website", "website"),
                        canonical("Address 1: City", "city"), canonical("Address 1: Country/Region", "country"),
                        canonical("Currency", "currency"), canonical("Default Dimension", "financial_dimensions"),
                        canonical("Status", "status")));
    }

    private static FileSpec postContacts() {
        return csv(POST, TableKind.CONTACT, "Contacts", "csv", Dialect.LOGICAL, Style.of(UTF8, '|').withLineSeparator("\n"),
                TextStyle.LOGICAL, Set.of(),
                List.of(canonical("contactid", "id"), canonical("firstname", "first_name"),
                        canonical("lastname", "last_name"), canonical("fullname", "full_name"),
                        canonical("emailaddress1", "email"), canonical("telephone1", "business_phone"),
                        canonical("parentcustomerid", "parent_account"), canonical("msdyn_company", "company"),
                        canonical("msdyn_sellable", "sellable"), canonical("msdyn_contactfor", "contact_for"),
                        canonical("msdyn_customergroupid", "customer_group"),
                        canonical("msdyn_contactnumber", "contact_number"), canonical("msdyn_partynumber", "party_number"),
                        canonical("msdyn_contactpersonid", "contact_person_id"), canonical("statecode", "status"),
                        extra("jobtitle", "job_title")));
    }

    private static FileSpec postProducts() {
        return csv(POST, TableKind.PRODUCT, "Released products V2", "csv", Dialect.FNO,
                Style.of(UTF16LE_BOM, ',').withQuoteAll(true), TextStyle.FNO, Set.of(),
                List.of(canonical("ITEMNUMBER", "product_number"), canonical("PRODUCTNAME", "name"),
                        canonical("SALESUNITSYMBOL", "unit"), canonical("SALESPRICE", "price"),
                        canonical("SALESSITEID", "default_site"), canonical("SALESWAREHOUSEID", "default_warehouse"),
                        extra("DATAAREAID", "data_area"), extra("PRODUCTTYPE", "product_type")));
    }

    private static FileSpec postQuotes() {
        return workbook(POST, TableKind.QUOTE, "Quotes", "Active Quotes",
                excelColumns(TableKind.QUOTE, canonical("Quote ID", "quote_id"),
                        canonical("Quotation Number", "quotation_number"), canonical("Name", "name"),
                        canonical("Company", "company"), canonical("Potential Customer", "customer"),
                        canonical("Invoice Customer", "invoice_customer"),
                        canonical("Ship To Country/Region", "ship_to_country"),
                        canonical("Requested Receipt Date", "requested_receipt_date"),
                        canonical("Requested Delivery Date", "requested_delivery_date"), canonical("Language", "language"),
                        canonical("Order Type", "order_type"), canonical("Default Shipping Site", "site"),
                        canonical("Default Shipping Warehouse", "warehouse"), canonical("Currency", "currency"),
                        canonical("Total Amount", "total_amount"), canonical("Quote Discount Amount", "discount_amount"),
                        canonical("Freight Amount", "freight_amount"), canonical("Status", "status"),
                        canonical("Status Reason", "status_reason"), canonical("Processing Status", "processing_status"),
                        canonical("Freight Terms", "freight_terms"), canonical("Shipping Method", "shipping_method"),
                        canonical("Delivery Terms", "delivery_terms"), canonical("Delivery Mode", "delivery_mode")));
    }

    private static FileSpec postQuoteLines() {
        return csv(POST, TableKind.QUOTE_LINE, "Quote Products", "csv", Dialect.DISPLAY, Style.of(UTF8, ';'),
                TextStyle.DISPLAY_EUROPEAN, Set.of(),
                List.of(canonical("(Do Not Modify) Quote Product", "id"),
                        canonical("Quotation Number (Quote)", "quote_ref"), canonical("Line Number", "line_number"),
                        canonical("Existing Product", "product"), canonical("Write-In Product", "write_in_product"),
                        canonical("Quantity", "quantity"), canonical("Price Per Unit", "price_per_unit"),
                        canonical("Manual Discount", "full_discount"), canonical("Line Discount Amount", "line_discount"),
                        canonical("Sales Charges", "sales_charge"), canonical("Extended Amount", "extended_amount"),
                        canonical("Shipping Site", "site"), canonical("Shipping Warehouse", "warehouse"),
                        canonical("Company", "company")));
    }

    private static FileSpec postOrders() {
        // No Delivery Mode: the view the user exported did not have it (SCHEMA-MISSING order.delivery_mode).
        return csv(POST, TableKind.ORDER, "Orders", "csv", Dialect.LOGICAL, Style.of(UTF8_BOM, ','), TextStyle.LOGICAL,
                Set.of(), List.of(canonical("salesorderid", "id"), canonical("ordernumber", "order_id"),
                        canonical("msdyn_salesordernumber", "sales_order_number"), canonical("name", "name"),
                        canonical("msdyn_company", "company"), canonical("customerid", "customer"),
                        canonical("msdyn_invoicecustomerid", "invoice_customer"),
                        canonical("shipto_country", "ship_to_country"),
                        canonical("msdyn_requestedreceiptdate", "requested_receipt_date"),
                        canonical("requestdeliveryby", "requested_delivery_date"),
                        canonical("datefulfilled", "date_fulfilled"), canonical("submitdate", "date_submitted"),
                        canonical("msdyn_language", "language"), canonical("msdyn_ordertype", "order_type"),
                        canonical("msdyn_defaultshippingsite", "site"),
                        canonical("msdyn_defaultshippingwarehouse", "warehouse"),
                        canonical("transactioncurrencyid", "currency"), canonical("totalamount", "total_amount"),
                        canonical("discountamount", "discount_amount"), canonical("freightamount", "freight_amount"),
                        canonical("statecode", "status"), canonical("statuscode", "status_reason"),
                        canonical("msdyn_processingstatus", "processing_status"),
                        canonical("freighttermscode", "freight_terms"), canonical("shippingmethodcode", "shipping_method"),
                        canonical("msdyn_deliveryterms", "delivery_terms")));
    }

    private static FileSpec postOrderLines() {
        // F&O "CDS sales order lines", CSV-Unicode: no record id, no write-in column.
        return csv(POST, TableKind.ORDER_LINE, "CDS sales order lines", "csv", Dialect.FNO,
                Style.of(UTF16LE_BOM, ',').withQuoteAll(true), TextStyle.FNO, Set.of(),
                List.of(canonical("SALESORDERNUMBER", "order_ref"), canonical("LINECREATIONSEQUENCENUMBER", "line_number"),
                        canonical("ITEMNUMBER", "product"), extra("LINEDESCRIPTION", "description"),
                        canonical("ORDEREDSALESQUANTITY", "quantity"), extra("SALESUNITSYMBOL", "unit"),
                        canonical("SALESPRICE", "price_per_unit"), canonical("TOTALDISCOUNTAMOUNT", "full_discount"),
                        canonical("LINEDISCOUNTAMOUNT", "line_discount"), canonical("FIXEDPRICECHARGES", "sales_charge"),
                        canonical("LINEAMOUNT", "extended_amount"), canonical("SHIPPINGSITEID", "site"),
                        canonical("SHIPPINGWAREHOUSEID", "warehouse"), canonical("DATAAREAID", "company"),
                        extra("CURRENCYCODE", "currency")));
    }

    private static FileSpec postInvoices() {
        // F&O "Sales invoice headers V2" from a European environment: ';' and decimal commas.
        return csv(POST, TableKind.INVOICE, "Sales invoice headers V2", "csv", Dialect.FNO,
                Style.of(UTF8_BOM, ';').withQuoteAll(true), TextStyle.FNO_EUROPEAN, Set.of(),
                List.of(canonical("INVOICENUMBER", "invoice_number"), canonical("SALESORDERNUMBER", "order_ref"),
                        canonical("INVOICECUSTOMERACCOUNTNUMBER", "customer"), canonical("INVOICEDATE", "invoice_date"),
                        canonical("TOTALINVOICEAMOUNT", "total_amount"), canonical("DATAAREAID", "company"),
                        extra("CURRENCYCODE", "currency"), extra("PAYMENTTERMSNAME", "payment_terms"),
                        extra("DUEDATE", "due_date")));
    }

    private static FileSpec postInvoiceLines() {
        return workbook(POST, TableKind.INVOICE_LINE, "Invoice Products", "Invoice Products",
                excelColumns(TableKind.INVOICE_LINE, canonical("Invoice ID (Invoice)", "invoice_ref"),
                        canonical("Sequence Number", "line_number"), canonical("Existing Product", "product"), canonical("Quantity", "quantity"),
                        canonical("Price Per Unit", "price_per_unit"), canonical("Manual Discount", "full_discount"),
                        canonical("Extended Amount", "extended_amount"), canonical("Company", "company"),
                        extra("Invoice Date (Invoice)", "invoice_date")));
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** Excel's three hidden leading columns, then the view's columns. */
    private static List<ColumnSpec> excelColumns(TableKind table, ColumnSpec... view) {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(canonical("(Do Not Modify) " + table.displayName(), "id"));
        columns.add(new ColumnSpec("(Do Not Modify) Row Checksum", ColumnSpec.Source.CHECKSUM, null));
        columns.add(new ColumnSpec("(Do Not Modify) Modified On", ColumnSpec.Source.MODIFIED_ON, null));
        columns.addAll(List.of(view));
        return columns;
    }

    private static FileSpec workbook(Snapshot s, TableKind table, String name, String sheet, List<ColumnSpec> columns) {
        return new FileSpec(s, table, name, "xlsx", Dialect.DISPLAY, null, TextStyle.DISPLAY, sheet, columns, Set.of());
    }

    private static FileSpec csv(Snapshot s, TableKind table, String name, String extension, Dialect dialect, Style style,
                                TextStyle text, Set<Quirk> quirks, List<ColumnSpec> columns) {
        return new FileSpec(s, table, name, extension, dialect, style, text, null, columns, quirks);
    }
}
