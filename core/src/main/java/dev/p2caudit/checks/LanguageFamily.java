package dev.p2caudit.checks;

import dev.p2caudit.model.FindingValue;
import dev.p2caudit.model.Languages;
import dev.p2caudit.model.Snapshot;
import dev.p2caudit.model.TableKind;
import dev.p2caudit.store.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ORD-LANGUAGE, QUO-LANGUAGE: Language empty or not a known language tag. */
final class LanguageFamily implements CheckFamily {

    @Override
    public void run(RuleDef rule, Snapshot snapshot, CheckContext ctx) {
        TableKind table = rule.table();
        List<String> unknown = new ArrayList<>();
        ctx.sql.forEach("SELECT DISTINCT TRIM(language) AS v FROM " + SqlNames.dataTable(snapshot, table)
                + " WHERE NULLIF(TRIM(language), '') IS NOT NULL", List.of(), row -> {
                    if (!Languages.isKnownTag(row.text("v"))) {
                        unknown.add(row.text("v"));
                    }
                });
        String sql = "SELECT " + ctx.keys.key(snapshot, table) + " AS k, TRIM(t.language) AS v FROM "
                + ctx.from(rule, snapshot) + " WHERE " + Keys.nz("language") + " IS NULL OR TRIM(t.language) = ANY(?)";
        String what = table == TableKind.ORDER ? "Order " : "Quote ";
        ctx.sql.forEach(sql, List.of((Object) unknown.toArray(String[]::new)), row -> {
            String value = row.text("v") == null ? "" : row.text("v");
            String message = value.isEmpty()
                    ? what + row.text("k") + " has no Language; set one such as " + ctx.profile.text("defaultLanguage") + "."
                    : what + row.text("k") + " has Language '" + value + "', which is not a known language tag.";
            ctx.report(rule, table, snapshot, row.text("k"), message, Map.of("language", FindingValue.of(snapshot, value)));
        });
    }
}
