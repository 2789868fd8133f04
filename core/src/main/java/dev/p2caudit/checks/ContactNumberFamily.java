package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CON-NUMBER (post): the contact number was carried from the P2C number of the paired pre
 * contact, and Party Number and Contact Person ID equal it.
 */
final class ContactNumberFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = TableKind.CONTACT;
        boolean paired = ctx.pairings.possible(table) && ctx.availability.has(Snapshot.PRE, table, "p2c_contact_number");
        String p2c = paired ? "NULLIF(TRIM(a.p2c_contact_number), '')" : "CAST(NULL AS VARCHAR)";
        String from = SqlNames.dataTable(Snapshot.POST, table) + " t";
        if (paired) {
            from += ctx.pairings.preJoin(table);
        }
        String number = "UPPER(COALESCE(" + Keys.nz("contact_number") + ", ''))";
        String sql = "SELECT " + Keys.headerKey(Snapshot.POST, table) + " AS k, t.contact_number, t.party_number,"
                + " t.contact_person_id, " + p2c + " AS p2c FROM " + from + " WHERE (" + p2c + " IS NOT NULL AND "
                + number + " <> UPPER(" + p2c + ")) OR UPPER(COALESCE(" + Keys.nz("party_number") + ", '')) <> " + number
                + " OR UPPER(COALESCE(" + Keys.nz("contact_person_id") + ", '')) <> " + number;
        ctx.sql.forEach(sql, List.of(), row -> {
            String contactNumber = text(row.text("contact_number"));
            String party = text(row.text("party_number"));
            String person = text(row.text("contact_person_id"));
            String original = text(row.text("p2c"));
            List<String> wrong = new ArrayList<>();
            if (!original.isEmpty() && !same(original, contactNumber)) {
                wrong.add(contactNumber.isEmpty() ? "Contact Number is empty, the P2C number was " + original
                        : "Contact Number " + contactNumber + " is not the P2C number " + original);
            }
            if (!same(party, contactNumber)) {
                wrong.add("Party Number is " + shown(party));
            }
            if (!same(person, contactNumber)) {
                wrong.add("Account Number/Contact Person ID is " + shown(person));
            }
            Map<String, FindingValue> values = new LinkedHashMap<>();
            values.put("contact_number", new FindingValue(paired ? original : null, contactNumber));
            values.put("party_number", FindingValue.post(party));
            values.put("contact_person_id", FindingValue.post(person));
            ctx.report(rule, table, Snapshot.POST, row.text("k"), "Contact " + row.text("k") + ": "
                    + String.join("; ", wrong) + ".", values);
        });
    }

    private static boolean same(String a, String b) {
        return a.toUpperCase(Locale.ROOT).equals(b.toUpperCase(Locale.ROOT));
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    private static String shown(String value) {
        return value.isEmpty() ? "empty" : "'" + value + "'";
    }
}
