package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.List;
import java.util.Map;

/** CON-NUMBER-FORMAT: the snapshot's contact number empty or not matching contactNumberPattern. */
final class ContactNumberFormatFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        String column = snapshot == Snapshot.POST ? "contact_number" : "p2c_contact_number";
        String pattern = "^(?:" + ctx.profile.text(rule.param("parameter")) + ")$";
        String sql = "SELECT " + Keys.headerKey(snapshot, TableKind.CONTACT) + " AS k, TRIM(t." + column + ") AS num FROM "
                + SqlNames.dataTable(snapshot, TableKind.CONTACT) + " t WHERE " + Keys.nz(column)
                + " IS NULL OR NOT REGEXP_MATCHES(TRIM(t." + column + "), ?)";
        ctx.sql.forEach(sql, List.of(pattern), row -> {
            String number = row.text("num") == null ? "" : row.text("num");
            String message = number.isEmpty() ? "Contact " + row.text("k") + " has no contact number."
                    : "Contact " + row.text("k") + " has contact number '" + number + "', which does not match "
                    + ctx.profile.text(rule.param("parameter")) + ".";
            ctx.report(rule, TableKind.CONTACT, snapshot, row.text("k"), message, Map.of(column, FindingValue.of(snapshot, number)));
        });
    }
}
