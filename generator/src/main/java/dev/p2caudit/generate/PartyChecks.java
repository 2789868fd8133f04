package dev.p2caudit.generate;

import static dev.p2caudit.model.Snapshot.POST;
import static dev.p2caudit.model.TableKind.ACCOUNT;
import static dev.p2caudit.model.TableKind.CONTACT;

import dev.p2caudit.model.OptionSet;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The ACC- and CON- checks of {@code docs/checks.md}. */
final class PartyChecks {

    private static final Pattern CONTACT_NUMBER = Pattern.compile("CON-\\d{5}-[A-Z]{6}");
    private static final List<TableKind> SALES = List.of(TableKind.QUOTE, TableKind.ORDER, TableKind.INVOICE);

    private final Loaded loaded;
    private final RecordKeys keys;
    private final Pairing pairing;
    private final Scope scope;
    private final Findings findings;

    PartyChecks(Loaded loaded, RecordKeys keys, Pairing pairing, Scope scope, Findings findings) {
        this.loaded = loaded;
        this.keys = keys;
        this.pairing = pairing;
        this.scope = scope;
        this.findings = findings;
    }

    void run(Snapshot s) {
        accounts(s);
        classification(s);
        numberDuplicates(s);
        contacts(s);
    }

    private void accounts(Snapshot s) {
        for (Row r : loaded.rows(s, ACCOUNT)) {
            check("ACC-COMPANY", s, r, RecordKeys.blank(r.text("company")), "Company empty");
            check("ACC-CUSTGROUP", s, r, RecordKeys.blank(r.text("customer_group")), "Customer Group empty");
            check("ACC-PARTY", s, r, RecordKeys.blank(r.text("party_number"))
                            || !RecordKeys.sameText(r.text("party_number"), r.text("account_number")),
                    "Party Number " + Compare.show(r.text("party_number")) + ", Account Number "
                            + Compare.show(r.text("account_number")));
            if (loaded.has(s, ACCOUNT, "financial_dimensions")) {
                check("ACC-FINDIM", s, r, customer(r) && RecordKeys.blank(r.text("financial_dimensions")),
                        "Customer without financial dimensions");
            }
        }
    }

    private void classification(Snapshot s) {
        boolean salesLoaded = SALES.stream().allMatch(t -> loaded.loaded(s, t));
        Set<Row> active = activeAccounts(s);
        for (Row r : loaded.rows(s, ACCOUNT)) {
            boolean sells = active.contains(r);
            String type = "Relationship Type " + OptionSet.RELATIONSHIP_TYPE.labelOf(code(r)).orElse("(empty)");
            check("ACC-PROSPECT-ACTIVE", s, r, !customer(r) && sells,
                    type + ", but the customer of a quote, order or invoice");
            check("ACC-NOT-CUSTOMER", s, r, !customer(r) && !sells, type + " and no sales activity");
            if (salesLoaded) {
                check("ACC-CUSTOMER-IDLE", s, r, customer(r) && !sells, "Customer without quote, order or invoice");
            }
        }
    }

    /** Accounts some quote, order or invoice of the snapshot names as its customer. */
    private Set<Row> activeAccounts(Snapshot s) {
        Set<Row> active = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableKind table : SALES) {
            for (Row document : loaded.rows(s, table)) {
                active.addAll(keys.resolve(s, ACCOUNT, document.text("customer")));
            }
        }
        return active;
    }

    private void numberDuplicates(Snapshot s) {
        if (!scope.runs("ACC-NUMBER-DUP", s)) {
            return;
        }
        Map<String, List<Row>> byNumber = new LinkedHashMap<>();
        for (Row r : loaded.rows(s, ACCOUNT)) {
            if (!RecordKeys.blank(r.text("account_number"))) {
                byNumber.computeIfAbsent(RecordKeys.norm(r.text("company")) + "|" + RecordKeys.norm(r.text("account_number")),
                        k -> new ArrayList<>()).add(r);
            }
        }
        byNumber.values().forEach(rows -> {
            String number = rows.get(0).text("account_number");
            if (rows.size() > 1) {
                findings.add("ACC-NUMBER-DUP", s, ACCOUNT, number, rows.size() + " accounts of company "
                        + Compare.show(rows.get(0).text("company")) + " share the number", rows.toArray(Row[]::new));
            } else {
                findings.looked("ACC-NUMBER-DUP", s, ACCOUNT, number, rows.get(0));
            }
        });
    }

    private void contacts(Snapshot s) {
        for (Row r : loaded.rows(s, CONTACT)) {
            check("CON-COMPANY", s, r, RecordKeys.blank(r.text("company")), "Company empty");
            sellable(s, r);
            if (scope.runs("CON-NUMBER", s)) {
                contactNumber(r);
            }
            String number = r.text(s == POST ? "contact_number" : "p2c_contact_number");
            check("CON-NUMBER-FORMAT", s, r, RecordKeys.blank(number) || !CONTACT_NUMBER.matcher(number.trim()).matches(),
                    "contact number " + Compare.show(number) + " does not match CON-\\d{5}-[A-Z]{6}");
        }
    }

    private void sellable(Snapshot s, Row r) {
        Boolean active = (Boolean) r.get("is_active_customer");
        Row pre = pairing.partner(r);
        if (active == null && s == POST && pre != null) {
            active = (Boolean) pre.get("is_active_customer");
        }
        if (!scope.runs("CON-SELLABLE", s)) {
            return;
        }
        if (active == null) {
            findings.looked("CON-SELLABLE", s, CONTACT, keys.key(r), r, pre);
            return;
        }
        Boolean sellable = (Boolean) r.get("sellable");
        boolean fails = active ? !Boolean.TRUE.equals(sellable) || RecordKeys.blank(r.text("customer_group"))
                : !Boolean.FALSE.equals(sellable) || !RecordKeys.sameText(r.text("contact_for"), "Customer");
        check("CON-SELLABLE", s, r, fails, "Is Active Customer " + (active ? "Yes" : "No") + ", Sellable "
                + Compare.show(sellable) + ", Customer Group " + Compare.show(r.text("customer_group"))
                + ", Contact For " + Compare.show(r.text("contact_for")));
    }

    private void contactNumber(Row r) {
        String number = r.text("contact_number");
        Row pre = pairing.partner(r);
        String p2c = pre == null ? null : pre.text("p2c_contact_number");
        StringBuilder why = new StringBuilder();
        if (!RecordKeys.blank(p2c) && !RecordKeys.sameText(number, p2c)) {
            why.append("contact number ").append(Compare.show(number)).append(" is not the P2C number ").append(p2c)
                    .append("; ");
        }
        if (!RecordKeys.sameText(r.text("party_number"), number)) {
            why.append("Party Number ").append(Compare.show(r.text("party_number"))).append(" differs; ");
        }
        if (!RecordKeys.sameText(r.text("contact_person_id"), number)) {
            why.append("Contact Person ID ").append(Compare.show(r.text("contact_person_id"))).append(" differs; ");
        }
        check("CON-NUMBER", POST, r, why.length() > 0, why.toString().replaceAll("; $", ""), pre);
    }

    private void check(String rule, Snapshot s, Row r, boolean fails, String reason, Row... more) {
        if (!scope.runs(rule, s)) {
            return;
        }
        Row[] sources = new Row[more.length + 1];
        sources[0] = r;
        System.arraycopy(more, 0, sources, 1, more.length);
        if (fails) {
            findings.add(rule, s, r.table, keys.key(r), reason, sources);
        } else {
            findings.looked(rule, s, r.table, keys.key(r), sources);
        }
    }

    private static boolean customer(Row r) {
        return Integer.valueOf(OptionSet.CUSTOMER).equals(r.get("relationship_type"));
    }

    private static int code(Row r) {
        Integer code = (Integer) r.get("relationship_type");
        return code == null ? -1 : code;
    }
}
