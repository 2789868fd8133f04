package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CON-SELLABLE (post): Is Active Customer — post's own column, else the paired pre contact's,
 * because uninstalling P2C deletes it — decides Sellable, Customer Group and Contact For.
 */
final class ContactSellableFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = TableKind.CONTACT;
        boolean own = ctx.availability.has(Snapshot.POST, table, "is_active_customer");
        boolean paired = ctx.pairings.possible(table) && ctx.availability.has(Snapshot.PRE, table, "is_active_customer");
        if (!own && !paired) {
            return;
        }
        String active = own && paired ? "COALESCE(t.is_active_customer, a.is_active_customer)"
                : own ? "t.is_active_customer" : "a.is_active_customer";
        String from = SqlNames.dataTable(Snapshot.POST, table) + " t";
        if (paired) {
            from += ctx.pairings.preJoin(table);
        }
        String sql = "SELECT " + Keys.headerKey(Snapshot.POST, table) + " AS k, " + active + " AS active, t.sellable,"
                + " t.customer_group, t.contact_for, " + (own ? "t.is_active_customer IS NOT NULL" : "FALSE") + " AS own_value"
                + " FROM " + from + " WHERE (" + active + " AND (t.sellable IS NOT TRUE OR " + Keys.nz("customer_group")
                + " IS NULL)) OR (NOT " + active + " AND (t.sellable IS NOT FALSE OR UPPER(COALESCE(TRIM(t.contact_for), ''))"
                + " <> 'CUSTOMER'))";
        ctx.sql.forEach(sql, List.of(), row -> report(rule, ctx, row));
    }

    private static void report(RuleDef rule, CheckContext ctx, dev.p2caudit.store.Sql.Row row) {
        boolean active = Boolean.TRUE.equals(row.get("active"));
        String sellable = ValueText.of(TableKind.CONTACT, "sellable", row.get("sellable"));
        String group = row.text("customer_group") == null ? "" : row.text("customer_group").trim();
        String contactFor = row.text("contact_for") == null ? "" : row.text("contact_for").trim();
        List<String> wrong = new ArrayList<>();
        if (active && !"Yes".equals(sellable)) {
            wrong.add("Sellable is " + shown(sellable) + ", not Yes");
        }
        if (active && group.isEmpty()) {
            wrong.add("Customer Group is empty");
        }
        if (!active && !"No".equals(sellable)) {
            wrong.add("Sellable is " + shown(sellable) + ", not No");
        }
        if (!active && !contactFor.equalsIgnoreCase("Customer")) {
            wrong.add("Contact For is " + shown(contactFor) + ", not Customer");
        }
        Map<String, FindingValue> values = new LinkedHashMap<>();
        boolean ownValue = Boolean.TRUE.equals(row.get("own_value"));
        values.put("is_active_customer", ownValue ? FindingValue.post(active ? "Yes" : "No") : FindingValue.pre(active ? "Yes" : "No"));
        values.put("sellable", FindingValue.post(sellable));
        values.put("customer_group", FindingValue.post(group));
        values.put("contact_for", FindingValue.post(contactFor));
        ctx.report(rule, TableKind.CONTACT, Snapshot.POST, row.text("k"), "Contact " + row.text("k")
                + " had Is Active Customer = " + (active ? "Yes" : "No") + ", but " + String.join(" and ", wrong) + ".", values);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "empty" : "'" + value + "'";
    }
}
