package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A number used by two or more records of one company within a snapshot (ACC-NUMBER-DUP). */
final class NumberDupFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        String column = rule.param("column");
        duplicates(ctx, ctx.from(rule, snapshot), column, (number, company, count) -> ctx.report(rule, rule.table(), snapshot,
                number, rule.table().displayName() + " number " + number + " is used by " + count + " records"
                        + (company.isEmpty() ? "" : " of company " + company) + "; F&O keys them by number per company.",
                values(snapshot, column, number, company, count)));
    }

    /** Receives one duplicated number. */
    interface Duplicate {
        void found(String number, String company, long count);
    }

    /** Numbers on two or more rows of one company (an empty company counts as one company). */
    static void duplicates(CheckContext ctx, String from, String column, Duplicate each) {
        String sql = "SELECT MIN(TRIM(t." + column + ")) AS num, COALESCE(MIN(TRIM(t.company)), '') AS company,"
                + " COUNT(*) AS n FROM " + from + " WHERE " + Keys.nz(column)
                + " IS NOT NULL GROUP BY UPPER(TRIM(t." + column + ")), UPPER(COALESCE(TRIM(t.company), ''))"
                + " HAVING COUNT(*) > 1";
        Consumer<dev.p2caudit.store.Sql.Row> report = row -> each.found(row.text("num"), row.text("company"), row.number("n"));
        ctx.sql.forEach(sql, List.of(), report);
    }

    static Map<String, FindingValue> values(Snapshot snapshot, String column, String number, String company, long count) {
        Map<String, FindingValue> values = new LinkedHashMap<>();
        values.put(column, FindingValue.of(snapshot, number));
        values.put("company", FindingValue.of(snapshot, company));
        values.put("records", FindingValue.of(snapshot, count));
        return values;
    }
}
