package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discount rule (DOMAIN.md): SCM keeps a per-unit line discount d and puts the rounding
 * remainder in the sales charge c, so that q·d + c = F, the full line discount, to the cent, with
 * |c| &lt; |q|·0.005 + 0.005. F is the line's own, else its paired pre line's (P2C's uninstall
 * does not touch it, but an F&amp;O export has none).
 */
final class RoundingFamily implements CheckFamily {

    /** Which of the three rules ({@code check} in rules.json). */
    enum Check {
        /** q·d + c ≠ F beyond the tolerance: discount lost or invented (OLN-ROUNDING). */
        INCONSISTENT,
        /** A consistent line whose charge is a rounding residue (OLN-ROUNDING-DELTA). */
        RESIDUE,
        /** A discounted line whose charge is too big to be rounding (OLN-CHARGE-SUSPECT). */
        SUSPECT
    }

    /** Largest residue rounding can leave: |q|·0.005 + 0.005. */
    private static final String LIMIT = "(ABS(t.quantity) * 0.005 + 0.005)";

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        boolean own = ctx.availability.has(Snapshot.POST, table, "full_discount");
        boolean paired = ctx.pairings.possible(table) && ctx.availability.has(Snapshot.PRE, table, "full_discount");
        String full = own && paired ? "COALESCE(t.full_discount, a.full_discount)" : own ? "t.full_discount"
                : paired ? "a.full_discount" : "CAST(NULL AS NUMERIC(31,10))";
        String charge = "COALESCE(t.sales_charge, 0)";
        String gap = "ABS(t.quantity * t.line_discount + " + charge + " - " + full + ")";
        String discounted = "(COALESCE(" + full + ", 0) <> 0 OR COALESCE(t.line_discount, 0) <> 0)";
        Check check = rule.check(Check.class);
        String where = switch (check) {
            case INCONSISTENT -> full + " IS NOT NULL AND t.line_discount IS NOT NULL AND " + discounted + " AND " + gap + " > ?";
            case RESIDUE -> full + " IS NOT NULL AND t.line_discount IS NOT NULL AND " + gap + " <= ? AND " + charge
                    + " <> 0 AND ABS(" + charge + ") < " + LIMIT;
            case SUSPECT -> discounted + " AND ABS(" + charge + ") >= " + LIMIT;
        };
        String sql = "SELECT " + ctx.keys.key(snapshot, table) + " AS k, t.quantity, t.line_discount, t.sales_charge, "
                + full + " AS full_discount, " + (own ? "t.full_discount IS NOT NULL" : "FALSE") + " AS own_full FROM "
                + ctx.from(rule, snapshot) + (paired ? ctx.pairings.preJoin(table) : "") + " WHERE " + where;
        List<Object> params = where.contains("?") ? List.of(ctx.profile.decimal("moneyTolerance")) : List.of();
        ctx.sql.forEach(sql, params, row -> report(rule, check, ctx, table, row));
    }

    private static void report(RuleDef rule, Check check, CheckContext ctx, TableKind table, dev.p2caudit.store.Sql.Row row) {
        BigDecimal q = row.decimal("quantity");
        BigDecimal d = row.decimal("line_discount");
        BigDecimal c = row.decimal("sales_charge") == null ? BigDecimal.ZERO : row.decimal("sales_charge");
        BigDecimal f = row.decimal("full_discount");
        String k = row.text("k");
        Map<String, FindingValue> values = new LinkedHashMap<>();
        values.put("quantity", FindingValue.post(q));
        values.put("line_discount", FindingValue.post(d));
        values.put("sales_charge", FindingValue.post(row.decimal("sales_charge")));
        values.put("full_discount", Boolean.TRUE.equals(row.get("own_full")) ? FindingValue.post(f) : FindingValue.pre(f));
        String message = switch (check) {
            case INCONSISTENT -> {
                BigDecimal rebuilt = q.multiply(d).add(c);
                BigDecimal difference = f.subtract(rebuilt);
                values.put("difference", FindingValue.post(difference));
                boolean lost = rebuilt.abs().compareTo(f.abs()) < 0;
                yield "Line " + k + ": " + quantity(q) + " × " + plain(d) + " + " + plain(c) + " = " + plain(rebuilt)
                        + ", but the full discount is " + plain(f) + ": " + plain(difference.abs())
                        + (lost ? " of discount lost." : " of discount invented.");
            }
            case RESIDUE -> "Line " + k + " carries a rounding residue of " + plain(c) + " in sales charges ("
                    + quantity(q) + " × " + plain(d) + " + " + plain(c) + " = " + plain(f) + ").";
            case SUSPECT -> "Line " + k + " has a sales charge of " + plain(c) + " on a discounted line; rounding leaves at most "
                    + plain(q.abs().multiply(new BigDecimal("0.005")).add(new BigDecimal("0.005"))) + " for quantity "
                    + quantity(q) + ".";
        };
        ctx.report(rule, table, Snapshot.POST, k, message, values);
    }

    /** Quantities as written: 3, 2.5. */
    static String quantity(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** Money with at least two decimals: 10.00, 0.01, 3.333. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 2) {
            v = v.setScale(2);
        }
        return v.toPlainString();
    }
}
