package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.List;
import java.util.Map;

/**
 * Relationship type against sales activity: whether an account is the customer of a quote,
 * order or invoice of the snapshot (ACC-PROSPECT-ACTIVE, ACC-NOT-CUSTOMER, ACC-CUSTOMER-IDLE).
 */
final class SalesActivityFamily implements CheckFamily {

    /** Which of the three rules ({@code check} in rules.json). */
    enum Check {
        /** Not a Customer, with quotes, orders or invoices (ACC-PROSPECT-ACTIVE). */
        WITH,
        /** Not a Customer, without any (ACC-NOT-CUSTOMER). */
        WITHOUT,
        /** A Customer without any (ACC-CUSTOMER-IDLE). */
        IDLE
    }

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        String activity = activityTable(snapshot, ctx);
        if (activity == null) {
            return;
        }
        Check mode = rule.check(Check.class);
        String condition = switch (mode) {
            case WITH -> "COALESCE(t.relationship_type, -1) <> 3 AND x.rid IS NOT NULL";
            case WITHOUT -> "COALESCE(t.relationship_type, -1) <> 3 AND x.rid IS NULL";
            case IDLE -> "t.relationship_type = 3 AND x.rid IS NULL";
        };
        String sql = "SELECT " + Keys.headerKey(snapshot, TableKind.ACCOUNT) + " AS k, t.relationship_type,"
                + " COALESCE(x.uses, 0) AS uses FROM " + ctx.from(rule, snapshot) + " LEFT JOIN "
                + activity + " x ON x.rid = t.row_id WHERE " + condition;
        ctx.sql.forEach(sql, List.of(), row -> {
            String type = ValueText.of(TableKind.ACCOUNT, "relationship_type", row.get("relationship_type"));
            String shown = type.isEmpty() ? "empty" : "'" + type + "'";
            String message = switch (mode) {
                case WITH -> "Account " + row.text("k") + " has Relationship Type " + shown + " but is the customer of "
                        + row.number("uses") + " quote(s), order(s) or invoice(s), which will fail to sync.";
                case WITHOUT -> "Account " + row.text("k") + " has Relationship Type " + shown
                        + " and no sales activity; it will not sync to F&O without a custom map.";
                case IDLE -> "Account " + row.text("k") + " is a Customer with no quote, order or invoice; check the classification.";
            };
            ctx.report(rule, TableKind.ACCOUNT, snapshot, row.text("k"), message, FindingValues.of(
                    "relationship_type", FindingValue.of(snapshot, type),
                    "sales_records", FindingValue.of(snapshot, row.number("uses"))));
        });
    }

    /**
     * The accounts named as customer by quotes, orders or invoices of the snapshot — by number,
     * GUID or name — with how often: (rid, uses). {@code null} when the snapshot has none of
     * those tables, so activity cannot be judged.
     */
    private static String activityTable(Snapshot snapshot, CheckContext ctx) {
        String name = "activity_" + snapshot.id();
        return ctx.temp.once(name, () -> {
            String counted = CustomerReferences.table(ctx, snapshot);
            if (counted == null) {
                return null;
            }
            // A reference two accounts could mean (a shared name or number) counts for both: never
            // call an account idle, or a prospect inactive, when an order may well be its.
            ctx.temp.create(name, "SELECT a.rid, SUM(u.n) AS uses FROM " + counted + " u JOIN (SELECT DISTINCT ref, rid FROM "
                    + "(" + ctx.keys.references(snapshot, TableKind.ACCOUNT) + ")) a ON a.ref = u.ref GROUP BY a.rid", List.of());
            return name;
        });
    }
}
