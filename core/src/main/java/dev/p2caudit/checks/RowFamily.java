package dev.p2caudit.checks;

import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rules that are one condition over the rows of one table: the catalogue holds the SQL. */
final class RowFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        Conditions.Expanded condition = Conditions.expand(rule.param("condition"));
        List<String> columns = rule.listParam("values");
        // Where the table spans several companies, one key can be two records: the message says whose
        // (unless the rule is about the company itself, whose message already shows it).
        boolean companies = ctx.pairings.spansCompanies(snapshot, table) && !columns.contains("company");
        StringBuilder select = new StringBuilder("SELECT " + ctx.keys.key(snapshot, table) + " AS finding_key"
                + (companies ? ", t.company AS finding_company" : ""));
        columns.forEach(c -> select.append(", t.").append(c));
        select.append(" FROM ").append(ctx.from(rule, snapshot)).append(" WHERE ").append(condition.sql());
        ctx.sql.forEach(select.toString(), parameters(condition, ctx.profile), row -> {
            Map<String, String> texts = new LinkedHashMap<>();
            columns.forEach(c -> texts.put(c, ValueText.of(table, c, row.get(c))));
            String company = companies ? row.text("finding_company") : null;
            ctx.reportTemplated(rule, table, snapshot, row.text("finding_key"), texts, companies
                    ? " (Company: " + (company == null || company.isBlank() ? "none" : company.trim()) + ")" : "");
        });
    }

    private static List<Object> parameters(Conditions.Expanded condition, AuditProfile profile) {
        List<Object> values = new ArrayList<>();
        for (String name : condition.parameters()) {
            values.add(profile.upperList(name));
        }
        return values;
    }
}
