package dev.p2caudit.generate;

import static dev.p2caudit.model.TableKind.ACCOUNT;
import static dev.p2caudit.model.TableKind.CONTACT;
import static dev.p2caudit.model.TableKind.INVOICE;
import static dev.p2caudit.model.TableKind.INVOICE_LINE;
import static dev.p2caudit.model.TableKind.ORDER;
import static dev.p2caudit.model.TableKind.ORDER_LINE;
import static dev.p2caudit.model.TableKind.QUOTE;
import static dev.p2caudit.model.TableKind.QUOTE_LINE;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule IDs of RULES.md, and for each bootstrap check the table it reads, whether it only
 * runs on post, and the columns it needs: a check runs on pre only when the pre export has all
 * of them, and on post a missing one is reported as SCHEMA-MISSING. Columns a check can take
 * from the other snapshot (Is Active Customer, full discount, Order ID) are not listed.
 */
final class Rules {

    /** A bootstrap check's needs. */
    record Rule(String id, TableKind table, boolean postOnly, List<String> columns) {
    }

    /** Every rule ID, in the order of RULES.md. */
    static final List<String> IDS = List.of(
            "ACC-COMPANY", "ACC-CUSTGROUP", "ACC-PARTY", "ACC-NUMBER-DUP", "ACC-PROSPECT-ACTIVE", "ACC-NOT-CUSTOMER",
            "ACC-CUSTOMER-IDLE", "ACC-FINDIM", "CON-COMPANY", "CON-SELLABLE", "CON-NUMBER", "CON-NUMBER-FORMAT",
            "ORD-COMPANY", "ORD-NUMBER", "ORD-NUMBER-DUP", "ORD-NUMSEQ", "ORD-INVCUST", "ORD-COUNTRY",
            "ORD-RECEIPT-DATE", "ORD-LANGUAGE", "ORD-TYPE", "ORD-VALUEMAP", "ORD-STATUS", "OLN-COMPANY", "OLN-SITE",
            "OLN-WAREHOUSE", "OLN-ROUNDING", "OLN-ROUNDING-DELTA", "OLN-CHARGE-SUSPECT", "OLN-ORPHAN", "OLN-WRITEIN",
            "OLN-RETURN", "OLN-PRODUCT", "QUO-COMPANY", "QUO-NUMBER", "QUO-NUMBER-DUP", "QUO-INVCUST",
            "QUO-RECEIPT-DATE", "QUO-LANGUAGE", "QUO-TYPE", "QLN-COMPANY", "QLN-SITE", "QLN-WAREHOUSE", "QLN-ROUNDING",
            "QLN-ROUNDING-DELTA", "QLN-ORPHAN", "QLN-WRITEIN", "INV-FREETEXT", "INV-CREDIT", "ILN-ORPHAN",
            "REC-KEY-DUP", "REC-MISSING", "REC-EXTRA", "REC-CHANGED", "REC-TOTALS", "DUP-ACC-NAME", "DUP-ACC-EMAIL",
            "DUP-ACC-PHONE", "DUP-ACC-WEBSITE", "DUP-CON-EMAIL", "DUP-CON-NAME", "DUP-CON-PHONE", "DUP-ACC-FUZZY",
            "DUP-CON-FUZZY", "SCHEMA-MISSING", "INPUT-REJECTED");

    /** The columns ORD-VALUEMAP looks at, each on its own. */
    static final List<String> VALUE_MAP_COLUMNS = List.of("freight_terms", "shipping_method", "delivery_terms",
            "delivery_mode");

    private static final Map<String, Rule> BOOTSTRAP = new LinkedHashMap<>();

    static {
        rule("ACC-COMPANY", ACCOUNT, false, "company");
        rule("ACC-CUSTGROUP", ACCOUNT, false, "customer_group");
        rule("ACC-PARTY", ACCOUNT, false, "party_number", "account_number");
        rule("ACC-NUMBER-DUP", ACCOUNT, false, "account_number", "company");
        rule("ACC-PROSPECT-ACTIVE", ACCOUNT, false, "relationship_type");
        rule("ACC-NOT-CUSTOMER", ACCOUNT, false, "relationship_type");
        rule("ACC-CUSTOMER-IDLE", ACCOUNT, false, "relationship_type");
        rule("ACC-FINDIM", ACCOUNT, false, "relationship_type");
        rule("CON-COMPANY", CONTACT, false, "company");
        rule("CON-SELLABLE", CONTACT, false, "sellable", "customer_group", "contact_for");
        rule("CON-NUMBER", CONTACT, true, "contact_number", "party_number", "contact_person_id");
        rule("CON-NUMBER-FORMAT", CONTACT, false);
        documents("ORD", ORDER, "sales_order_number");
        rule("ORD-NUMSEQ", ORDER, true, "sales_order_number");
        rule("ORD-COUNTRY", ORDER, false, "ship_to_country");
        rule("ORD-STATUS", ORDER, false, "status");
        lines("OLN", ORDER_LINE, "order_ref");
        rule("OLN-CHARGE-SUSPECT", ORDER_LINE, true, "quantity", "line_discount", "sales_charge");
        rule("OLN-RETURN", ORDER_LINE, false, "quantity");
        rule("OLN-PRODUCT", ORDER_LINE, false, "product");
        documents("QUO", QUOTE, "quotation_number");
        lines("QLN", QUOTE_LINE, "quote_ref");
        rule("INV-FREETEXT", INVOICE, false, "order_ref");
        rule("INV-CREDIT", INVOICE, false, "total_amount");
        rule("ILN-ORPHAN", INVOICE_LINE, false, "invoice_ref");
    }

    private Rules() {
    }

    private static void documents(String prefix, TableKind table, String scmNumber) {
        rule(prefix + "-COMPANY", table, false, "company");
        rule(prefix + "-NUMBER", table, true, scmNumber);
        rule(prefix + "-NUMBER-DUP", table, false, "company");
        rule(prefix + "-INVCUST", table, false, "invoice_customer", "customer");
        rule(prefix + "-RECEIPT-DATE", table, false, "requested_receipt_date");
        rule(prefix + "-LANGUAGE", table, false, "language");
        rule(prefix + "-TYPE", table, false, "order_type");
    }

    private static void lines(String prefix, TableKind table, String parentRef) {
        rule(prefix + "-COMPANY", table, false, "company");
        rule(prefix + "-SITE", table, false, "site");
        rule(prefix + "-WAREHOUSE", table, false, "warehouse");
        rule(prefix + "-ROUNDING", table, true, "quantity", "line_discount", "sales_charge");
        rule(prefix + "-ROUNDING-DELTA", table, true, "quantity", "line_discount", "sales_charge");
        rule(prefix + "-ORPHAN", table, false, parentRef);
        rule(prefix + "-WRITEIN", table, false, "write_in_product");
    }

    private static void rule(String id, TableKind table, boolean postOnly, String... columns) {
        BOOTSTRAP.put(id, new Rule(id, table, postOnly, List.of(columns)));
    }

    static Rule bootstrap(String id) {
        Rule rule = BOOTSTRAP.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("not a bootstrap check: " + id);
        }
        return rule;
    }

    static List<Rule> bootstrapRules() {
        return List.copyOf(BOOTSTRAP.values());
    }

    /** The columns a check needs in a snapshot; the number checks read a different column on each side. */
    static List<String> columns(Rule rule, Snapshot s) {
        List<String> columns = new ArrayList<>(rule.columns());
        switch (rule.id()) {
            case "CON-NUMBER-FORMAT" -> columns.add(s == Snapshot.POST ? "contact_number" : "p2c_contact_number");
            case "ORD-NUMBER-DUP" -> columns.add(s == Snapshot.POST ? "sales_order_number" : "order_id");
            case "QUO-NUMBER-DUP" -> columns.add(s == Snapshot.POST ? "quotation_number" : "quote_id");
            default -> { }
        }
        return columns;
    }
}
